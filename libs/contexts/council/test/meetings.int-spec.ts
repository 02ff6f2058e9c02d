import { PartnershipRole } from '@wspolnie/identity';
import type { TestApp } from '@wspolnie/platform-testing';
import { type Council, council, ISTEBNA, MILOWKA, must, person, project, RAJCZA, refusal, startCouncilApp, UJSOLY } from './council.factory';
import { ADD_ITEM, CANCEL, CLOSE, CORRECT_MINUTES, CREATE, createMeeting, LIST, MEETING, READ, SAVE_MINUTES, START, startedMeeting, UPDATE } from './meetings.fixture';

const INBOX = `{ myNotifications(first: 20) { edges { node { kind subjectTitle excerpt meetingId text } } } }`;

describe('council meetings', () => {
  let api: TestApp;
  let rada: Council;

  beforeAll(async () => {
    api = await startCouncilApp();
    rada = await council(api);
  });
  afterAll(() => api?.close());

  const count = async (sql: string, params: unknown[]) => (await api.dataSource.query(sql, params))[0].n;

  it('numbers meetings 1, 2, 3 per partnership with no gap, a refused one taking no number and writing nothing', async () => {
    const { partnershipId, coordinator } = await council(api, [RAJCZA, UJSOLY]);
    expect((await createMeeting(coordinator, partnershipId)).number).toBe(1);
    expect((await createMeeting(coordinator, partnershipId)).number).toBe(2);
    const endsFirst = await refusal(coordinator, CREATE, { i: { partnershipId, title: 'Odwrotnie', date: '2031-06-12', startTime: '12:00', endTime: '11:30' } });
    expect(endsFirst).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endTime' });
    expect(endsFirst.message).toContain('11:30');
    expect(await refusal(coordinator, CREATE, { i: { partnershipId, title: 'Zero', date: '2031-06-12', startTime: '12:00', endTime: '12:00' } })).toMatchObject({ field: 'endTime' });
    expect(await refusal(coordinator, CREATE, { i: { partnershipId, title: 'Godzina', date: '2031-06-12', startTime: '9:00', endTime: '12:00' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'startTime',
    });
    expect(await count(`SELECT count(*)::int AS n FROM council_meeting WHERE partnership_id = $1`, [partnershipId])).toBe(2);
    expect((await createMeeting(coordinator, partnershipId)).number).toBe(3);
  });

  it('keeps the Warsaw wall-clock across the change to summer time (10:00 is 09:00Z on 27 March 2027, 08:00Z on the 29th)', async () => {
    const before = await createMeeting(rada.coordinator, rada.partnershipId, { date: '2027-03-27', startTime: '10:00', endTime: '12:30' });
    expect(before).toMatchObject({ startsAt: '2027-03-27T09:00:00.000Z', endsAt: '2027-03-27T11:30:00.000Z', date: '2027-03-27', startTime: '10:00', endTime: '12:30' });
    const after = await createMeeting(rada.coordinator, rada.partnershipId, { date: '2027-03-29', startTime: '10:00', endTime: '12:30' });
    expect(after).toMatchObject({ startsAt: '2027-03-29T08:00:00.000Z', endsAt: '2027-03-29T10:30:00.000Z', date: '2027-03-29', startTime: '10:00', endTime: '12:30' });
    // Moved over the change, it keeps its hours, not its instants.
    const moved = await must(rada.coordinator, UPDATE, { i: { id: before.id, expectedVersion: before.version, date: '2027-03-29' } });
    expect(moved).toMatchObject({ startsAt: '2027-03-29T08:00:00.000Z', date: '2027-03-29', startTime: '10:00', endTime: '12:30', version: before.version + 1 });
    expect(await must(rada.coordinator, READ, { id: before.id })).toMatchObject({ date: '2027-03-29', startTime: '10:00', endTime: '12:30' });
    expect(await refusal(rada.coordinator, UPDATE, { i: { id: before.id, expectedVersion: moved.version, endTime: '09:59' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endTime' });
    expect(await refusal(rada.coordinator, UPDATE, { i: { id: before.id, expectedVersion: before.version, title: 'Nieaktualna' } })).toMatchObject({ code: 'CONFLICT' });
  });

  it("invites each member gmina's council member as its representative, a second one of a gmina and the chair as guests, and notifies them", async () => {
    const { partnershipId, coordinator, representatives } = await council(api);
    const second = await person(api, partnershipId, PartnershipRole.COUNCIL_MEMBER, RAJCZA);
    const official = await person(api, partnershipId, PartnershipRole.GMINA_OFFICIAL, UJSOLY);
    const meeting = await createMeeting(coordinator, partnershipId, { chairId: coordinator.account.id, title: 'Posiedzenie założycielskie (przykład)' });
    const roles = meeting.invitees.map((invitee: any) => [invitee.person.id, invitee.role, invitee.gmina?.terc ?? null]);
    expect(roles).toHaveLength(6);
    expect(roles).toEqual(
      expect.arrayContaining([
        [representatives[RAJCZA].account.id, 'REPRESENTATIVE', RAJCZA],
        [representatives[UJSOLY].account.id, 'REPRESENTATIVE', UJSOLY],
        [representatives[ISTEBNA].account.id, 'REPRESENTATIVE', ISTEBNA],
        [representatives[MILOWKA].account.id, 'REPRESENTATIVE', MILOWKA],
        [second.account.id, 'GUEST', null],
        [coordinator.account.id, 'GUEST', null],
      ]),
    );
    expect(roles.map((role: any[]) => role[1]).slice(0, 4)).toEqual(['REPRESENTATIVE', 'REPRESENTATIVE', 'REPRESENTATIVE', 'REPRESENTATIVE']);
    expect(roles.some((role: any[]) => role[0] === official.account.id)).toBe(false);
    expect(meeting.chair).toEqual({ id: coordinator.account.id, displayName: coordinator.account.displayName });
    expect(meeting.quorum).toMatchObject({ rule: 'MORE_THAN_HALF', memberGminas: 4, representedGminas: 0, needed: 3, reached: false });
    expect(meeting.minutes).toEqual({ markdown: '', version: 0 });
    expect(await must(representatives[ISTEBNA], READ, { id: meeting.id })).toMatchObject({ myRepresentation: { gmina: { terc: ISTEBNA }, present: false } });
    expect((await must(second, READ, { id: meeting.id })).myRepresentation).toBeNull();

    const inbox = async (who: typeof second) => (await must(who, INBOX)).edges.map((edge: any) => edge.node);
    expect(await inbox(representatives[RAJCZA])).toEqual([
      {
        kind: 'MEETING_SCHEDULED',
        subjectTitle: 'Posiedzenie założycielskie (przykład)',
        excerpt: '2031-06-12, 10:00–12:00, Sala sesyjna Urzędu Gminy Rajcza',
        meetingId: meeting.id,
        text: `${coordinator.account.displayName} invited you to the council meeting „Posiedzenie założycielskie (przykład)”.`,
      },
    ]);
    expect(await inbox(coordinator)).toEqual([]);
    expect(await inbox(official)).toEqual([]);

    // Only a change a calendar shows is told, and bumps the calendar's sequence.
    const sequence = async () => (await api.dataSource.query(`SELECT calendar_sequence AS n FROM council_meeting WHERE id = $1`, [meeting.id]))[0].n;
    const deputy = await person(api, partnershipId, PartnershipRole.COORDINATOR);
    const rechaired = await must(coordinator, UPDATE, { i: { id: meeting.id, expectedVersion: meeting.version, chairId: deputy.account.id } });
    expect(rechaired.invitees).toContainEqual(expect.objectContaining({ role: 'GUEST', person: { id: deputy.account.id, displayName: deputy.account.displayName } }));
    expect(await sequence()).toBe(0);
    expect(await inbox(second)).toHaveLength(1);
    expect((await inbox(deputy)).map((node: any) => node.kind)).toEqual(['MEETING_SCHEDULED']);
    const moved = await must(coordinator, UPDATE, { i: { id: meeting.id, expectedVersion: rechaired.version, startTime: '11:00', place: null, onlineUrl: 'https://meet.example/rada' } });
    expect(moved).toMatchObject({ startTime: '11:00', place: null, onlineUrl: 'https://meet.example/rada' });
    expect(await sequence()).toBe(1);
    expect((await inbox(second))[0]).toMatchObject({ kind: 'MEETING_CHANGED', excerpt: '2031-06-12, 11:00–12:00, https://meet.example/rada', meetingId: meeting.id });
    expect((await inbox(deputy)).map((node: any) => node.kind)).toEqual(['MEETING_CHANGED', 'MEETING_SCHEDULED']);

    expect(await refusal(coordinator, UPDATE, { i: { id: meeting.id, expectedVersion: moved.version, chairId: official.account.id } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'chairId' });
    const cancelled = await must(coordinator, CANCEL, { i: { id: meeting.id, expectedVersion: moved.version, reason: 'Brak kworum w tym terminie.' } });
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancellationReason: 'Brak kworum w tym terminie.' });
    expect(await sequence()).toBe(2);
    expect((await inbox(representatives[UJSOLY]))[0]).toMatchObject({ kind: 'MEETING_CANCELLED', excerpt: 'Brak kworum w tym terminie.', meetingId: meeting.id });
    expect(await refusal(coordinator, CANCEL, { i: { id: meeting.id, expectedVersion: cancelled.version, reason: 'Jeszcze raz' } })).toMatchObject({ code: 'CONFLICT' });
    expect(await refusal(coordinator, UPDATE, { i: { id: meeting.id, expectedVersion: cancelled.version, title: 'Po odwołaniu' } })).toMatchObject({ code: 'CONFLICT' });
  });

  it('lists upcoming meetings the soonest first and past ones the latest first, by pages', async () => {
    const { partnershipId, coordinator } = await council(api, [RAJCZA, UJSOLY]);
    const later = await createMeeting(coordinator, partnershipId, { date: '2031-09-01' });
    const sooner = await createMeeting(coordinator, partnershipId, { date: '2031-03-01' });
    const over = await createMeeting(coordinator, partnershipId, { date: '2024-03-01' });
    const cancelled = await createMeeting(coordinator, partnershipId, { date: '2031-12-01' });
    await must(coordinator, CANCEL, { i: { id: cancelled.id, expectedVersion: cancelled.version, reason: 'Przeniesione' } });
    const ids = async (when: string, first = 10, after?: string) => (await must(coordinator, LIST, { p: partnershipId, when, first, after })).edges.map((edge: any) => edge.node.id);
    expect(await ids('UPCOMING')).toEqual([sooner.id, later.id]);
    expect(await ids('PAST')).toEqual([cancelled.id, over.id]);
    expect(await ids('ALL')).toEqual([cancelled.id, later.id, sooner.id, over.id]);
    const page = await must(coordinator, LIST, { p: partnershipId, first: 2 });
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.totalCount).toBe(4);
    expect(await ids('ALL', 2, page.pageInfo.endCursor)).toEqual([sooner.id, over.id]);
    expect(await refusal(coordinator, LIST, { p: partnershipId, after: 'bm90LWEtY3Vyc29y' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('reads a page of meetings with their parts in as many statements for 2 meetings as for 8', async () => {
    const { partnershipId, coordinator } = await council(api, [RAJCZA, UJSOLY, ISTEBNA]);
    const joint = await project(coordinator, partnershipId, [
      [RAJCZA, '100.00'],
      [UJSOLY, '50.00'],
    ]);
    const meetingWithItem = async () => {
      const meeting = await createMeeting(coordinator, partnershipId, { chairId: coordinator.account.id });
      await must(coordinator, ADD_ITEM, { i: { meetingId: meeting.id, title: 'Projekt', projectId: joint.id } });
    };
    const page = `query ($p: UUID!) { meetings(partnershipId: $p, first: 20) { edges { node { ${MEETING} } } } }`;
    const statements = async (expected: number) => api.countStatements(async () => expect((await must(coordinator, page, { p: partnershipId })).edges).toHaveLength(expected));
    for (let i = 0; i < 2; i += 1) await meetingWithItem();
    const few = await statements(2);
    for (let i = 0; i < 6; i += 1) await meetingWithItem();
    expect(await statements(8)).toBe(few);
  });

  it('refuses stale minutes unchanged, and after closing changes them only through a correction it keeps', async () => {
    const { coordinator, partnershipId } = rada;
    const meeting = await startedMeeting(coordinator, partnershipId);
    const first = await must(coordinator, SAVE_MINUTES, { i: { meetingId: meeting.id, expectedVersion: 0, markdown: '# Protokół\n\nObecni: …' } });
    expect(first).toEqual({ meetingId: meeting.id, markdown: '# Protokół\n\nObecni: …', version: 1 });
    const second = await must(coordinator, SAVE_MINUTES, { i: { meetingId: meeting.id, expectedVersion: 1, markdown: '# Protokół\n\nObecni: wszyscy.' } });
    expect(second.version).toBe(2);
    for (const expectedVersion of [0, 1, 3]) {
      expect(await refusal(coordinator, SAVE_MINUTES, { i: { meetingId: meeting.id, expectedVersion, markdown: 'nadpisane' } })).toMatchObject({ code: 'CONFLICT' });
    }
    expect((await must(coordinator, READ, { id: meeting.id })).minutes).toEqual({ markdown: '# Protokół\n\nObecni: wszyscy.', version: 2 });
    expect(await refusal(coordinator, CORRECT_MINUTES, { i: { meetingId: meeting.id, expectedVersion: 2, markdown: 'x', reason: 'za wcześnie' } })).toMatchObject({ code: 'CONFLICT' });

    const closed = await must(coordinator, CLOSE, { i: { id: meeting.id, expectedVersion: meeting.version } });
    expect(closed).toMatchObject({ status: 'CLOSED' });
    expect(closed.closedAt).toBeTruthy();
    expect(await refusal(coordinator, SAVE_MINUTES, { i: { meetingId: meeting.id, expectedVersion: 2, markdown: 'po zamknięciu' } })).toMatchObject({ code: 'CONFLICT' });
    expect(await refusal(coordinator, CORRECT_MINUTES, { i: { meetingId: meeting.id, expectedVersion: 2, markdown: '# Protokół\n\nObecni: wszyscy.', reason: 'bez zmian' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'markdown',
    });
    const corrected = await must(coordinator, CORRECT_MINUTES, { i: { meetingId: meeting.id, expectedVersion: 2, markdown: '# Protokół\n\nObecni: wszyscy (5 osób).', reason: 'Liczba obecnych' } });
    expect(corrected.version).toBe(3);
    expect(await refusal(coordinator, CORRECT_MINUTES, { i: { meetingId: meeting.id, expectedVersion: 2, markdown: 'stara wersja', reason: 'r' } })).toMatchObject({ code: 'CONFLICT' });
    const read = await must(coordinator, READ, { id: meeting.id });
    expect(read.minutes).toEqual({ markdown: '# Protokół\n\nObecni: wszyscy (5 osób).', version: 3 });
    expect(read.minutesCorrections).toEqual([
      { markdownBefore: '# Protokół\n\nObecni: wszyscy.', markdownAfter: '# Protokół\n\nObecni: wszyscy (5 osób).', reason: 'Liczba obecnych', correctedBy: coordinator.account.id },
    ]);
    expect(await refusal(coordinator, START, { i: { id: meeting.id, expectedVersion: closed.version } })).toMatchObject({ code: 'CONFLICT' });
  });
});
