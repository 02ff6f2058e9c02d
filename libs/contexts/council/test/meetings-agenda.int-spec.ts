import type { TestApp } from '@wspolnie/platform-testing';
import { type Council, council, ISTEBNA, must, project, RAJCZA, refusal, startCouncilApp, UJSOLY } from './council.factory';
import { ADD_ITEM, CLOSE, createMeeting, READ, REMOVE_ITEM, REORDER, startedMeeting, UPDATE_ITEM } from './meetings.fixture';

const PLAN = `mutation ($i: CreatePlanInput!) { createPlan(input: $i) { id title status } }`;

describe("a meeting's agenda", () => {
  let api: TestApp;
  let rada: Council;
  let other: Council;

  beforeAll(async () => {
    api = await startCouncilApp();
    rada = await council(api, [RAJCZA, UJSOLY]);
    other = await council(api, [ISTEBNA]);
  });
  afterAll(() => api?.close());

  const add = (meetingId: string, extra: Record<string, unknown>) => must(rada.coordinator, ADD_ITEM, { i: { meetingId, title: 'Sprawy różne', ...extra } });
  const itemCount = async (meetingId: string) => (await api.dataSource.query(`SELECT count(*)::int AS n FROM council_agenda_item WHERE meeting_id = $1`, [meetingId]))[0].n;

  it('adds items at the end, reorders them at the meeting version, and moves the rest up when one is removed', async () => {
    const meeting = await createMeeting(rada.coordinator, rada.partnershipId);
    const first = await add(meeting.id, { title: 'Otwarcie posiedzenia' });
    const second = await add(meeting.id, { title: 'Przyjęcie porządku obrad' });
    const third = await add(meeting.id, { title: 'Wolne wnioski', description: 'Głos mają goście.' });
    expect([first.position, second.position, third.position]).toEqual([1, 2, 3]);

    const reordered = await must(rada.coordinator, REORDER, { i: { meetingId: meeting.id, expectedVersion: meeting.version, itemIds: [third.id, first.id, second.id] } });
    expect(reordered.agenda.map((item: any) => [item.title, item.position])).toEqual([
      ['Wolne wnioski', 1],
      ['Otwarcie posiedzenia', 2],
      ['Przyjęcie porządku obrad', 3],
    ]);
    expect(reordered.version).toBe(meeting.version + 1);
    const stale = await refusal(rada.coordinator, REORDER, { i: { meetingId: meeting.id, expectedVersion: meeting.version, itemIds: [first.id, second.id, third.id] } });
    expect(stale.code).toBe('CONFLICT');
    for (const itemIds of [
      [first.id, second.id],
      [first.id, first.id, second.id],
      [first.id, second.id, meeting.id],
    ]) {
      expect(await refusal(rada.coordinator, REORDER, { i: { meetingId: meeting.id, expectedVersion: reordered.version, itemIds } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'itemIds' });
    }
    expect((await must(rada.coordinator, READ, { id: meeting.id })).agenda.map((item: any) => item.title)).toEqual(['Wolne wnioski', 'Otwarcie posiedzenia', 'Przyjęcie porządku obrad']);

    expect(await refusal(rada.coordinator, REMOVE_ITEM, { i: { id: third.id, expectedVersion: third.version + 1 } })).toMatchObject({ code: 'CONFLICT' });
    const removed = await must(rada.coordinator, REMOVE_ITEM, { i: { id: third.id, expectedVersion: third.version } });
    expect(removed.agenda.map((item: any) => [item.title, item.position])).toEqual([
      ['Otwarcie posiedzenia', 1],
      ['Przyjęcie porządku obrad', 2],
    ]);
    const renamed = await must(rada.coordinator, UPDATE_ITEM, { i: { id: first.id, expectedVersion: first.version, title: 'Otwarcie i stwierdzenie kworum' } });
    expect(renamed).toMatchObject({ title: 'Otwarcie i stwierdzenie kworum', version: first.version + 1, position: 1 });
  });

  it("refuses another partnership's project or plan naming the field, and a decision without its target or motion, writing nothing", async () => {
    const meeting = await createMeeting(rada.coordinator, rada.partnershipId);
    const foreign = await project(other.coordinator, other.partnershipId, [[ISTEBNA, '1000.00']], 'Cudzy projekt (przykład)');
    const foreignPlan = await must(other.coordinator, PLAN, {
      i: { partnershipId: other.partnershipId, title: 'Cudza strategia', kind: 'DEVELOPMENT_STRATEGY', markdown: '# Strategia\n\nTreść.', summary: 'Pierwsza wersja' },
    });
    const own = await project(rada.coordinator, rada.partnershipId, [
      [RAJCZA, '600000.00'],
      [UJSOLY, '400000.50'],
    ]);
    const refused = async (extra: Record<string, unknown>) => refusal(rada.coordinator, ADD_ITEM, { i: { meetingId: meeting.id, title: 'Uchwała', ...extra } });

    expect(await refused({ projectId: foreign.id })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'projectId' });
    expect(await refused({ projectId: foreign.id, decisionKind: 'MOVE_PROJECT', decisionStage: 'CONCEPT', motionText: 'Rada postanawia…' })).toMatchObject({ field: 'projectId' });
    expect(await refused({ planId: foreignPlan.id, decisionKind: 'ADOPT_PLAN', motionText: 'Rada przyjmuje…' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'planId' });
    expect(await refused({ decisionKind: 'MOVE_PROJECT', decisionStage: 'CONCEPT', motionText: 'Rada postanawia…' })).toMatchObject({ field: 'projectId' });
    expect(await refused({ projectId: own.id, decisionKind: 'MOVE_PROJECT', motionText: 'Rada postanawia…' })).toMatchObject({ field: 'decisionStage' });
    expect(await refused({ projectId: own.id, decisionKind: 'MOVE_PROJECT', decisionStage: 'CONCEPT' })).toMatchObject({ field: 'motionText' });
    expect(await refused({ decisionKind: 'ADOPT_PLAN', motionText: 'Rada przyjmuje…' })).toMatchObject({ field: 'planId' });
    expect(await refused({ decisionKind: 'APPROVE_COST_SHARES', motionText: 'Rada zatwierdza…' })).toMatchObject({ field: 'projectId' });
    const gone = await project(rada.coordinator, rada.partnershipId, [[RAJCZA, '1000.00']], 'Wycofany projekt (przykład)');
    await must(rada.coordinator, `mutation ($i: ArchiveInput!) { archiveProject(input: $i) { id } }`, { i: { id: gone.id, expectedVersion: gone.version } });
    expect(await refused({ projectId: gone.id, decisionKind: 'APPROVE_COST_SHARES', motionText: 'Rada zatwierdza…' })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'projectId',
      message: 'The project „Wycofany projekt (przykład)” is archived: restore it before putting it on the agenda.',
    });
    expect(await itemCount(meeting.id)).toBe(0);

    const move = await add(meeting.id, {
      title: 'Przejście do koncepcji',
      projectId: own.id,
      decisionKind: 'MOVE_PROJECT',
      decisionStage: 'CONCEPT',
      motionText: 'Rada postanawia przenieść projekt do etapu koncepcji.',
    });
    expect(move).toMatchObject({ projectId: own.id, decisionKind: 'MOVE_PROJECT', decisionStage: 'CONCEPT' });
    // Shares as the budget has them when the motion is written.
    const shares = await add(meeting.id, { title: 'Udziały w kosztach', projectId: own.id, decisionKind: 'APPROVE_COST_SHARES', motionText: 'Rada zatwierdza udziały gmin.' });
    const [{ decision_shares: snapshot }] = await api.dataSource.query(`SELECT decision_shares FROM council_agenda_item WHERE id = $1`, [shares.id]);
    const gminaIds = await api.dataSource.query(`SELECT id, terc FROM gmina WHERE terc = ANY($1)`, [[RAJCZA, UJSOLY]]);
    const idOf = (terc: string) => gminaIds.find((row: any) => row.terc === terc).id;
    expect(snapshot).toEqual(
      expect.arrayContaining([
        { gminaId: idOf(RAJCZA), costShare: '600000.00' },
        { gminaId: idOf(UJSOLY), costShare: '400000.50' },
      ]),
    );
    expect(snapshot).toHaveLength(2);

    const plan = await must(rada.coordinator, PLAN, {
      i: { partnershipId: rada.partnershipId, title: 'Strategia rozwoju ponadlokalnego (przykład)', kind: 'DEVELOPMENT_STRATEGY', markdown: '# Strategia\n\nTreść.', summary: 'Pierwsza' },
    });
    await add(meeting.id, { title: 'Przyjęcie strategii', planId: plan.id, decisionKind: 'ADOPT_PLAN', motionText: 'Rada przyjmuje strategię.' });
    const read = await must(rada.coordinator, READ, { id: meeting.id });
    expect(read.agenda.map((item: any) => [item.position, item.project?.title ?? null, item.plan?.title ?? null])).toEqual([
      [1, own.title, null],
      [2, own.title, null],
      [3, null, 'Strategia rozwoju ponadlokalnego (przykład)'],
    ]);
    expect(read.agenda[0].project).toMatchObject({ id: own.id, stage: 'IDEA' });
    expect(read.agenda[2].plan).toMatchObject({ id: plan.id, status: 'DRAFT' });
    // Changing an item to another partnership's project is refused and leaves it as it was.
    expect(await refusal(rada.coordinator, UPDATE_ITEM, { i: { id: move.id, expectedVersion: move.version, projectId: foreign.id } })).toMatchObject({ field: 'projectId' });
    expect((await must(rada.coordinator, READ, { id: meeting.id })).agenda[0]).toMatchObject({ projectId: own.id, version: move.version });
  });

  it('keeps the motion while a vote on it is open and once adopted, keeps an item that was voted on, and freezes the agenda of a closed meeting', async () => {
    const meeting = await startedMeeting(rada.coordinator, rada.partnershipId);
    const item = await add(meeting.id, { title: 'Uchwała w sprawie regulaminu', motionText: 'Rada przyjmuje regulamin.' });
    const [vote] = await api.dataSource.query(
      `INSERT INTO council_vote (meeting_id, partnership_id, agenda_item_id, voting_rule, member_count) VALUES ($1, $2, $3, 'SIMPLE_MAJORITY', 2) RETURNING id`,
      [meeting.id, rada.partnershipId, item.id],
    );
    expect(await refusal(rada.coordinator, UPDATE_ITEM, { i: { id: item.id, expectedVersion: item.version, motionText: 'Inna treść' } })).toMatchObject({ code: 'CONFLICT' });
    // The same text again, or the title alone, is not a change of the motion.
    const renamed = await must(rada.coordinator, UPDATE_ITEM, {
      i: { id: item.id, expectedVersion: item.version, title: 'Uchwała w sprawie regulaminu Rady', motionText: 'Rada przyjmuje regulamin.' },
    });
    expect(renamed.title).toBe('Uchwała w sprawie regulaminu Rady');
    expect(await refusal(rada.coordinator, REMOVE_ITEM, { i: { id: item.id, expectedVersion: renamed.version } })).toMatchObject({ code: 'CONFLICT' });

    await api.dataSource.query(`UPDATE council_vote SET status = 'CLOSED', result = 'ADOPTED' WHERE id = $1`, [vote.id]);
    await api.dataSource.query(
      `INSERT INTO council_resolution (partnership_id, year, seq, number, meeting_id, agenda_item_id, vote_id, title, text, adopted_on, decision_kind) VALUES ($1, 2031, 1, '1/2031', $2, $3, $4, 'Regulamin', 'Treść', '2031-06-12', 'NONE')`,
      [rada.partnershipId, meeting.id, item.id, vote.id],
    );
    const adopted = await refusal(rada.coordinator, UPDATE_ITEM, { i: { id: item.id, expectedVersion: renamed.version, decisionKind: 'NONE', motionText: null } });
    expect(adopted.code).toBe('CONFLICT');
    expect(adopted.message).toContain('1/2031');

    const closed = await must(rada.coordinator, CLOSE, { i: { id: meeting.id, expectedVersion: meeting.version } });
    expect(await refusal(rada.coordinator, ADD_ITEM, { i: { meetingId: meeting.id, title: 'Po zamknięciu' } })).toMatchObject({ code: 'CONFLICT' });
    expect(await refusal(rada.coordinator, REORDER, { i: { meetingId: meeting.id, expectedVersion: closed.version, itemIds: [item.id] } })).toMatchObject({ code: 'CONFLICT' });
    expect(await itemCount(meeting.id)).toBe(1);
  });
});
