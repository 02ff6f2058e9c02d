import type { TestApp } from '@wspolnie/platform-testing';
import { must, refusal, startCouncilApp } from './council.factory';
import { CAST, CLOSE, decide, ISTEBNA, MILOWKA, OPEN, project, RAJCZA, UJSOLY, voteWorld } from './vote.world';

const MOVE = `mutation ($i: MoveProjectInput!) { moveProject(input: $i) { id stage version } }`;
const BUDGET = `mutation ($i: SetProjectBudgetInput!) { setProjectBudget(input: $i) { id version costSharesApprovedBy } }`;
const PROJECT = `query ($id: UUID!) { project(id: $id) { id stage version costSharesApprovedBy costSharesApprovedOn stageHistory { toStage resolutionNumber reason } } }`;
const ARCHIVE = `mutation ($i: ArchiveInput!) { archiveProject(input: $i) { id version } }`;
const SETTINGS = `mutation ($i: UpdateCouncilSettingsInput!) { updateCouncilSettings(input: $i) { version stagesNeedingResolution } }`;
const REGISTER = `query ($p: UUID!, $year: Int) { resolutions(partnershipId: $p, year: $year, first: 50) { edges { node { number year seq title decisionSummary meeting { id } vote { tally { for against } } } } } }`;
const ALL_PRESENT = [RAJCZA, UJSOLY, ISTEBNA, MILOWKA];
const UNANIMOUS = { [RAJCZA]: 'FOR', [UJSOLY]: 'FOR', [ISTEBNA]: 'FOR', [MILOWKA]: 'FOR' } as const;

describe('resolutions of the council and the decisions they carry', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startCouncilApp();
  }, 120_000);

  afterAll(() => api?.close());

  it('numbers 20 adoptions closed at once 1…20 of the year, with no gap and no duplicate, and each year from 1', async () => {
    const world = await voteWorld(api, { startsAt: '2027-06-15T08:00:00Z' });
    await world.arrive(...ALL_PRESENT);
    const votes = [];
    for (let index = 0; index < 20; index++) {
      const vote = await must(world.coordinator, OPEN, { i: { agendaItemId: await world.item({ title: `Uchwała w sprawie ${index + 1}` }) } });
      for (const terc of [RAJCZA, UJSOLY, ISTEBNA]) await must(world.representatives[terc], CAST, { i: { voteId: vote.id, choice: 'FOR' } });
      votes.push(vote);
    }
    const closed = await Promise.all(votes.map((vote) => must(world.coordinator, CLOSE, { i: { voteId: vote.id, expectedVersion: vote.version } })));
    const numbers = closed.map((vote) => vote.resolution.seq).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    expect(new Set(closed.map((vote) => vote.resolution.number)).size).toBe(20);
    expect(closed.every((vote) => vote.resolution.number.endsWith('/2027') && vote.resolution.adoptedOn === '2027-06-15')).toBe(true);

    // A meeting of the year before in the same partnership starts its own series.
    const [earlier] = await api.dataSource.query(
      `INSERT INTO council_meeting (partnership_id, number, title, starts_at, ends_at, status) VALUES ($1, 99, 'Posiedzenie grudniowe', '2026-12-30T10:00:00Z', '2026-12-30T12:00:00Z', 'IN_PROGRESS') RETURNING id`,
      [world.partnershipId],
    );
    await api.dataSource.query(
      `INSERT INTO council_invitee (meeting_id, partnership_id, user_id, role, gmina_id, present) SELECT $1, partnership_id, user_id, role, gmina_id, true FROM council_invitee WHERE meeting_id = $2`,
      [earlier.id, world.meetingId],
    );
    const [item] = await api.dataSource.query(`INSERT INTO council_agenda_item (meeting_id, partnership_id, position, title, motion_text) VALUES ($1, $2, 1, 'Budżet 2027', 'Tekst') RETURNING id`, [
      earlier.id,
      world.partnershipId,
    ]);
    expect((await decide(world, item.id, UNANIMOUS)).resolution.number).toBe('1/2026');
  }, 120_000);

  it('moves the project in the same transaction, with the resolution in its stage history', async () => {
    const world = await voteWorld(api);
    const trail = await project(world.coordinator, world.partnershipId, [
      [RAJCZA, '600000.00'],
      [UJSOLY, '400000.00'],
    ]);
    await world.arrive(...ALL_PRESENT);
    const item = await world.item({ title: 'Skierowanie trasy do koncepcji', decisionKind: 'MOVE_PROJECT', projectId: trail.id, decisionStage: 'CONCEPT' });
    const vote = await decide(world, item, UNANIMOUS);
    expect(vote.resolution.decisionSummary).toBe('moves the project „Trasa rowerowa Rajcza–Ujsoły (przykład)” from „Idea” to „Concept”');
    const moved = await must(world.coordinator, PROJECT, { id: trail.id });
    expect(moved.stage).toBe('CONCEPT');
    expect(moved.stageHistory.at(-1)).toMatchObject({
      toStage: 'CONCEPT',
      resolutionNumber: vote.resolution.number,
      reason: `Uchwała nr ${vote.resolution.number} Rady Partnerstwa: Skierowanie trasy do koncepcji`,
    });
  });

  it('applies neither the resolution nor its decision when the decision fails, and gives the number to the next', async () => {
    const world = await voteWorld(api);
    const trail = await project(world.coordinator, world.partnershipId, [
      [RAJCZA, '600000.00'],
      [UJSOLY, '400000.00'],
    ]);
    await world.arrive(...ALL_PRESENT);
    const item = await world.item({ title: 'Zatwierdzenie udziałów w kosztach', decisionKind: 'APPROVE_COST_SHARES', projectId: trail.id, shares: true });
    const vote = await must(world.coordinator, OPEN, { i: { agendaItemId: item } });
    for (const terc of ALL_PRESENT) await must(world.representatives[terc], CAST, { i: { voteId: vote.id, choice: 'FOR' } });
    // The budget changes after the motion named the shares.
    const changed = await must(world.coordinator, BUDGET, {
      i: {
        projectId: trail.id,
        expectedVersion: trail.version,
        budget: {
          totalCost: '1000000.00',
          participants: [
            { gminaTerc: RAJCZA, role: 'LEAD', costShare: '500000.00' },
            { gminaTerc: UJSOLY, role: 'PARTNER', costShare: '500000.00' },
          ],
          funding: [],
        },
      },
    });
    const failed = await refusal(world.coordinator, CLOSE, { i: { voteId: vote.id, expectedVersion: vote.version } });
    expect(failed).toMatchObject({ code: 'CONFLICT', field: 'decision', message: expect.stringContaining('The vote was not closed and no resolution was adopted') });
    expect(await api.dataSource.query(`SELECT status FROM council_vote WHERE id = $1`, [vote.id])).toEqual([{ status: 'OPEN' }]);
    expect(await api.dataSource.query(`SELECT 1 FROM council_resolution WHERE partnership_id = $1`, [world.partnershipId])).toHaveLength(0);
    expect((await must(world.coordinator, PROJECT, { id: trail.id })).costSharesApprovedBy).toBeNull();

    // A motion naming the shares as they are now is adopted, and takes the number the failed one did not use.
    await must(world.coordinator, `mutation ($i: VoteVersionInput!) { cancelVote(input: $i) { id } }`, { i: { voteId: vote.id, expectedVersion: vote.version } });
    const amended = await world.item({ title: 'Zatwierdzenie udziałów (po zmianie)', decisionKind: 'APPROVE_COST_SHARES', projectId: trail.id, shares: true });
    const adopted = await decide(world, amended, UNANIMOUS);
    expect(adopted.resolution.seq).toBe(1);
    const approved = await must(world.coordinator, PROJECT, { id: trail.id });
    expect(approved).toMatchObject({ costSharesApprovedBy: adopted.resolution.number, costSharesApprovedOn: adopted.resolution.adoptedOn });
    expect(adopted.resolution.decisionSummary).toContain('Rajcza 500\u00a0000,00\u00a0zł; Ujsoły 500\u00a0000,00\u00a0zł');

    // Changing the shares afterwards withdraws the approval: it held for the shares it named.
    const after = await must(world.coordinator, BUDGET, {
      i: {
        projectId: trail.id,
        expectedVersion: approved.version,
        budget: {
          totalCost: '1000000.00',
          participants: [
            { gminaTerc: RAJCZA, role: 'LEAD', costShare: '600000.00' },
            { gminaTerc: UJSOLY, role: 'PARTNER', costShare: '400000.00' },
          ],
          funding: [],
        },
      },
    });
    expect(after.costSharesApprovedBy).toBeNull();
    expect(changed.version).toBeLessThan(after.version);
  });

  it('adopts nothing for a project archived after the motion was written: CONFLICT, the vote stays open, the number unused', async () => {
    const world = await voteWorld(api);
    const trail = await project(world.coordinator, world.partnershipId, [[RAJCZA, '1000.00']]);
    await world.arrive(...ALL_PRESENT);
    const item = await world.item({ title: 'Zatwierdzenie udziałów', decisionKind: 'APPROVE_COST_SHARES', projectId: trail.id, shares: true });
    const vote = await must(world.coordinator, OPEN, { i: { agendaItemId: item } });
    for (const terc of ALL_PRESENT) await must(world.representatives[terc], CAST, { i: { voteId: vote.id, choice: 'FOR' } });
    const archived = await must(world.coordinator, ARCHIVE, { i: { id: trail.id, expectedVersion: trail.version } });
    const failed = await refusal(world.coordinator, CLOSE, { i: { voteId: vote.id, expectedVersion: vote.version } });
    expect(failed).toMatchObject({ code: 'CONFLICT', field: 'decision', message: expect.stringContaining('is archived') });
    expect(await api.dataSource.query(`SELECT status FROM council_vote WHERE id = $1`, [vote.id])).toEqual([{ status: 'OPEN' }]);
    expect(await api.dataSource.query(`SELECT 1 FROM council_resolution WHERE partnership_id = $1`, [world.partnershipId])).toHaveLength(0);
    expect((await must(world.coordinator, PROJECT, { id: trail.id })).costSharesApprovedBy).toBeNull();

    // Restored, the project's shares are approved by the next motion, under the number the refused one did not use.
    await must(world.coordinator, `mutation ($i: VoteVersionInput!) { cancelVote(input: $i) { id } }`, { i: { voteId: vote.id, expectedVersion: vote.version } });
    await must(world.coordinator, `mutation ($i: ArchiveInput!) { restoreProject(input: $i) { id } }`, { i: { id: trail.id, expectedVersion: archived.version } });
    const adopted = await decide(world, await world.item({ decisionKind: 'APPROVE_COST_SHARES', projectId: trail.id, shares: true }), UNANIMOUS);
    expect(adopted.resolution.seq).toBe(1);
  });

  it('takes the project before the activity log, as every writer of a project does: a write racing the adoption waits, never deadlocks', async () => {
    const world = await voteWorld(api);
    const trail = await project(world.coordinator, world.partnershipId, [[RAJCZA, '1000.00']]);
    await world.arrive(...ALL_PRESENT);
    const item = await world.item({ decisionKind: 'MOVE_PROJECT', projectId: trail.id, decisionStage: 'CONCEPT' });
    const vote = await must(world.coordinator, OPEN, { i: { agendaItemId: item } });
    for (const terc of ALL_PRESENT) await must(world.representatives[terc], CAST, { i: { voteId: vote.id, choice: 'FOR' } });
    // Another writer of the project: its row first, then the partnership's stream (as updateProject does).
    const writer = api.dataSource.createQueryRunner();
    await writer.connect();
    try {
      await writer.startTransaction();
      await writer.query(`UPDATE project SET version = version WHERE id = $1`, [trail.id]);
      const closing = world.coordinator.gql(CLOSE, { i: { voteId: vote.id, expectedVersion: vote.version } });
      // Until the closing waits for the project's row.
      for (let waiting = false; !waiting;) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        waiting = (await api.dataSource.query(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)).length > 0;
      }
      await writer.query(`INSERT INTO event_stream (stream_id, last_seq) VALUES ($1, 1) ON CONFLICT (stream_id) DO UPDATE SET last_seq = event_stream.last_seq + 1`, [world.partnershipId]);
      await writer.commitTransaction();
      const closed = await closing;
      expect(closed.errors).toBeUndefined();
      expect(closed.data?.closeVote.resolution.number).toMatch(/^1\//);
    } finally {
      await writer.release();
    }
    expect((await must(world.coordinator, PROJECT, { id: trail.id })).stage).toBe('CONCEPT');
  });

  it('refuses a move the partnership keeps for the council unless a resolution decides it', async () => {
    const world = await voteWorld(api);
    await must(world.coordinator, SETTINGS, { i: { partnershipId: world.partnershipId, expectedVersion: 0, stagesNeedingResolution: ['CONCEPT', 'APPLICATION_SUBMITTED'] } });
    const trail = await project(world.coordinator, world.partnershipId, [[RAJCZA, '1000.00']]);
    const refused = await refusal(world.coordinator, MOVE, { i: { projectId: trail.id, to: 'CONCEPT', expectedVersion: trail.version, reason: 'Na skróty' } });
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to', message: expect.stringContaining('only by a resolution of the council') });
    expect((await must(world.coordinator, PROJECT, { id: trail.id })).stage).toBe('IDEA');
    await world.arrive(...ALL_PRESENT);
    await decide(world, await world.item({ decisionKind: 'MOVE_PROJECT', projectId: trail.id, decisionStage: 'CONCEPT' }), UNANIMOUS);
    expect((await must(world.coordinator, PROJECT, { id: trail.id })).stage).toBe('CONCEPT');
  });

  it('adopts a plan with the resolution number', async () => {
    const world = await voteWorld(api);
    const plan = await must(world.coordinator, `mutation ($i: CreatePlanInput!) { createPlan(input: $i) { id } }`, {
      i: { partnershipId: world.partnershipId, title: 'Strategia terytorialna Partnerstwa (przykład)', kind: 'DEVELOPMENT_STRATEGY', markdown: '# Cele\n\nTrasy rowerowe.', summary: 'Projekt' },
    });
    await world.arrive(...ALL_PRESENT);
    const vote = await decide(world, await world.item({ title: 'Przyjęcie strategii', decisionKind: 'ADOPT_PLAN', planId: plan.id }), UNANIMOUS);
    const adopted = await must(world.coordinator, `query ($id: UUID!) { plan(id: $id) { status resolutionNumber adoptedOn } }`, { id: plan.id });
    expect(adopted).toEqual({ status: 'ADOPTED', resolutionNumber: vote.resolution.number, adoptedOn: vote.resolution.adoptedOn });
  });

  it('reads a page of the register with its meetings, votes and ballots in as many statements for eight resolutions as for two', async () => {
    const statementsFor = async (count: number) => {
      const world = await voteWorld(api);
      await world.arrive(...ALL_PRESENT);
      for (let index = 0; index < count; index++) await decide(world, await world.item(), UNANIMOUS);
      const query = `query ($p: UUID!) { resolutions(partnershipId: $p, first: 50) { edges { node { number decisionSummary meeting { number title } vote { agendaItem { title } tally { for } ballots { choice gmina { name } castBy { displayName } } } } } } }`;
      let read: any;
      const statements = await api.countStatements(async () => {
        read = await must(world.coordinator, query, { p: world.partnershipId });
      });
      expect(read.edges).toHaveLength(count);
      return statements;
    };
    expect(await statementsFor(8)).toBe(await statementsFor(2));
  });

  it('keeps a register by year, also as a CSV a Polish spreadsheet opens', async () => {
    const world = await voteWorld(api);
    await world.arrive(...ALL_PRESENT);
    await decide(world, await world.item({ title: 'Powołanie zespołu ds. tras rowerowych' }), { [RAJCZA]: 'FOR', [UJSOLY]: 'FOR', [ISTEBNA]: 'AGAINST', [MILOWKA]: 'ABSTAIN' });
    const year = new Date().getUTCFullYear();
    const register = await must(world.coordinator, REGISTER, { p: world.partnershipId, year });
    expect(register.edges.map((edge: any) => edge.node)).toEqual([
      { number: `1/${year}`, year, seq: 1, title: 'Powołanie zespołu ds. tras rowerowych', decisionSummary: '—', meeting: { id: world.meetingId }, vote: { tally: { for: 2, against: 1 } } },
    ]);
    expect((await must(world.coordinator, REGISTER, { p: world.partnershipId, year: year - 1 })).edges).toEqual([]);
    const response = await fetch(`${api.url.replace('/graphql', '')}/council/${world.partnershipId}/resolutions.csv?year=${year}`, {
      headers: { authorization: `Bearer ${world.coordinator.accessToken}`, 'accept-language': 'pl' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, row] = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(header).toBe('Numer;Data podjęcia;W sprawie;Rozstrzygnięcie;Wynik;Głosy gmin;Posiedzenie;Odnośnik do posiedzenia');
    expect(row).toContain(`1/${year};`);
    expect(row).toContain('Istebna: przeciw; Milówka: wstrzymała się; Rajcza: za; Ujsoły: za');
    const outsider = await fetch(`${api.url.replace('/graphql', '')}/council/${world.partnershipId}/resolutions.csv`, {
      headers: { authorization: `Bearer ${(await voteWorld(api)).coordinator.accessToken}` },
    });
    expect(outsider.status).toBe(404);
  });
});
