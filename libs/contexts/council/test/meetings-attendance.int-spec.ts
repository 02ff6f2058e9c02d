import { PartnershipRole } from '@wspolnie/identity';
import type { TestApp } from '@wspolnie/platform-testing';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { council, ISTEBNA, MILOWKA, must, person, type Person, RAJCZA, refusal, startCouncilApp, UJSOLY } from './council.factory';
import { ATTEND, CLOSE, createMeeting, INVITE, READ, startedMeeting, SUBSCRIBE, today, UNINVITE } from './meetings.fixture';

const WEGIERSKA_GORKA = '2417152';

/** What one subscription receives until `until` says enough, or it ends with errors. */
function collect(client: Client, variables: Record<string, unknown>, until: (events: any[]) => boolean) {
  const events: any[] = [];
  return new Promise<{ events: any[]; errors?: readonly { message: string; extensions?: any }[] }>((resolve) => {
    const stop = client.subscribe(
      { query: SUBSCRIBE, variables },
      {
        next: (message) => {
          if (message.errors) return resolve({ events, errors: message.errors });
          events.push(Object.values(message.data ?? {})[0]);
          if (until(events)) {
            stop();
            resolve({ events });
          }
        },
        error: (error) => resolve({ events, errors: Array.isArray(error) ? error : [{ message: String(error) }] }),
        complete: () => resolve({ events }),
      },
    );
  });
}

describe('attendance and the quorum', () => {
  let api: TestApp;
  const sockets: Client[] = [];
  const socket = (who: Person) => {
    const client = createClient({ url: api.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${who.accessToken}` }, retryAttempts: 0, lazy: false });
    sockets.push(client);
    return client;
  };

  beforeAll(async () => {
    api = await startCouncilApp();
  });
  afterAll(async () => {
    await Promise.all(sockets.map((client) => client.dispose()));
    await api?.close();
  });

  it('counts represented member gminas as people arrive and leave; a guest never counts', async () => {
    const { partnershipId, coordinator, representatives } = await council(api);
    const guest = await person(api, partnershipId, PartnershipRole.ADVISOR);
    const planned = await createMeeting(coordinator, partnershipId, { date: today() });
    await must(coordinator, INVITE, { i: { meetingId: planned.id, userId: guest.account.id, role: 'GUEST' } });
    const attend = (who: Person, present: boolean) => must(coordinator, ATTEND, { i: { meetingId: planned.id, userId: who.account.id, present } });
    expect(await refusal(coordinator, ATTEND, { i: { meetingId: planned.id, userId: guest.account.id, present: true } })).toMatchObject({ code: 'CONFLICT' });
    await must(coordinator, `mutation ($i: MeetingVersionInput!) { startMeeting(input: $i) { id } }`, { i: { id: planned.id, expectedVersion: planned.version } });

    expect((await attend(guest, true)).quorum).toEqual({ memberGminas: 4, representedGminas: 0, needed: 3, reached: false });
    await attend(representatives[RAJCZA], true);
    expect((await attend(representatives[UJSOLY], true)).quorum).toEqual({ memberGminas: 4, representedGminas: 2, needed: 3, reached: false });
    const three = await attend(representatives[ISTEBNA], true);
    expect(three.quorum).toEqual({ memberGminas: 4, representedGminas: 3, needed: 3, reached: true });
    const left = await attend(representatives[UJSOLY], false);
    expect(left.quorum).toMatchObject({ representedGminas: 2, reached: false });
    const ujsoly = left.invitees.find((invitee: any) => invitee.person.id === representatives[UJSOLY].account.id);
    expect(ujsoly.present).toBe(false);
    expect(new Date(ujsoly.leftAt).getTime()).toBeGreaterThanOrEqual(new Date(ujsoly.arrivedAt).getTime());
    // Back again: a new arrival, no departure since.
    const back = await attend(representatives[UJSOLY], true);
    expect(back.invitees.find((invitee: any) => invitee.person.id === representatives[UJSOLY].account.id)).toMatchObject({ present: true, leftAt: null });
    expect(back.quorum.reached).toBe(true);
    expect((await attend(guest, false)).quorum.reached).toBe(true);
    // Someone who was there stays on record; someone never invited is not recorded.
    expect(await refusal(coordinator, UNINVITE, { i: { meetingId: planned.id, userId: representatives[RAJCZA].account.id } })).toMatchObject({ code: 'CONFLICT' });
    expect(await refusal(coordinator, ATTEND, { i: { meetingId: planned.id, userId: coordinator.account.id, present: true } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
    const uninvited = await must(coordinator, UNINVITE, { i: { meetingId: planned.id, userId: representatives[MILOWKA].account.id } });
    expect(uninvited.invitees.map((invitee: any) => invitee.person.id)).not.toContain(representatives[MILOWKA].account.id);
  });

  it('does not count a representative of a gmina that stopped being a member', async () => {
    const { partnershipId, coordinator, representatives } = await council(api, [RAJCZA, UJSOLY, ISTEBNA, MILOWKA, WEGIERSKA_GORKA]);
    const meeting = await startedMeeting(coordinator, partnershipId);
    for (const terc of [RAJCZA, UJSOLY, WEGIERSKA_GORKA]) await must(coordinator, ATTEND, { i: { meetingId: meeting.id, userId: representatives[terc].account.id, present: true } });
    expect((await must(coordinator, READ, { id: meeting.id })).quorum).toEqual({ rule: 'MORE_THAN_HALF', memberGminas: 5, representedGminas: 3, needed: 3, reached: true });
    // Węgierska Górka leaves the partnership (its council member keeps a role without a gmina).
    await api.dataSource.query(`UPDATE partnership_access SET gmina_id = NULL WHERE user_id = $1`, [representatives[WEGIERSKA_GORKA].account.id]);
    await api.dataSource.query(`DELETE FROM partnership_member WHERE partnership_id = $1 AND gmina_id = (SELECT id FROM gmina WHERE terc = $2)`, [partnershipId, WEGIERSKA_GORKA]);
    const after = await must(coordinator, READ, { id: meeting.id });
    expect(after.quorum).toEqual({ rule: 'MORE_THAN_HALF', memberGminas: 4, representedGminas: 2, needed: 3, reached: false });
    expect(after.invitees.find((invitee: any) => invitee.person.id === representatives[WEGIERSKA_GORKA].account.id)).toMatchObject({ role: 'REPRESENTATIVE', present: true });
  });

  it('has one representative per gmina and meeting: a second one is a CONFLICT, a gmina must be a member', async () => {
    const { partnershipId, coordinator, representatives } = await council(api, [RAJCZA, UJSOLY]);
    const deputy = await person(api, partnershipId, PartnershipRole.GMINA_OFFICIAL, RAJCZA);
    const stranger = await person(api, (await council(api, [ISTEBNA])).partnershipId, PartnershipRole.COUNCIL_MEMBER, ISTEBNA);
    const meeting = await createMeeting(coordinator, partnershipId);
    const invite = (extra: Record<string, unknown>) => refusal(coordinator, INVITE, { i: { meetingId: meeting.id, userId: deputy.account.id, ...extra } });
    expect(await invite({ role: 'REPRESENTATIVE', gminaTerc: RAJCZA })).toMatchObject({ code: 'CONFLICT' });
    expect(await invite({ role: 'REPRESENTATIVE' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'gminaTerc' });
    expect(await invite({ role: 'REPRESENTATIVE', gminaTerc: ISTEBNA })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'gminaTerc' });
    expect(await invite({ role: 'REPRESENTATIVE', gminaTerc: '9999999' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'gminaTerc' });
    expect(await invite({ role: 'GUEST', gminaTerc: RAJCZA })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'gminaTerc' });
    expect(await refusal(coordinator, INVITE, { i: { meetingId: meeting.id, userId: stranger.account.id, role: 'GUEST' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
    const rows = async () => (await api.dataSource.query(`SELECT count(*)::int AS n FROM council_invitee WHERE meeting_id = $1`, [meeting.id]))[0].n;
    expect(await rows()).toBe(2);
    // The deputy represents Rajcza once its council member is made a guest.
    await must(coordinator, INVITE, { i: { meetingId: meeting.id, userId: representatives[RAJCZA].account.id, role: 'GUEST' } });
    const swapped = await must(coordinator, INVITE, { i: { meetingId: meeting.id, userId: deputy.account.id, role: 'REPRESENTATIVE', gminaTerc: RAJCZA } });
    expect(swapped.invitees).toEqual(
      expect.arrayContaining([
        { role: 'REPRESENTATIVE', person: { id: deputy.account.id }, gmina: { terc: RAJCZA } },
        { role: 'GUEST', person: { id: representatives[RAJCZA].account.id }, gmina: null },
      ]),
    );
    const inbox = await must(deputy, `{ myNotifications(first: 5) { edges { node { kind meetingId } } } }`);
    expect(inbox.edges.map((edge: any) => edge.node)).toEqual([{ kind: 'MEETING_SCHEDULED', meetingId: meeting.id }]);
  });

  it('streams attendance with the quorum through meetingChanges, resumable with afterSeq, and refuses to close during an open vote', async () => {
    const { partnershipId, coordinator, representatives } = await council(api, [RAJCZA, UJSOLY, ISTEBNA]);
    const meeting = await startedMeeting(coordinator, partnershipId);
    const [{ head }] = await api.dataSource.query(`SELECT last_seq::int AS head FROM event_stream WHERE stream_id = $1`, [partnershipId]);
    const live = collect(socket(representatives[ISTEBNA]), { m: meeting.id, a: head }, (events) => events.length >= 3);
    for (const [terc, present] of [
      [RAJCZA, true],
      [UJSOLY, true],
      [RAJCZA, false],
    ] as const) {
      await must(coordinator, ATTEND, { i: { meetingId: meeting.id, userId: representatives[terc].account.id, present } });
    }
    const seen = await live;
    expect(seen.errors).toBeUndefined();
    expect(seen.events.map((event) => [event.action, event.subjectId, event.changes.present.after, event.changes.representedGminas.after, event.changes.quorumReached.after])).toEqual([
      ['council.attendance.recorded', representatives[RAJCZA].account.id, true, 1, false],
      ['council.attendance.recorded', representatives[UJSOLY].account.id, true, 2, true],
      ['council.attendance.recorded', representatives[RAJCZA].account.id, false, 1, false],
    ]);
    expect(seen.events.every((event) => event.topic === 'council' && event.scopeId === meeting.id)).toBe(true);
    const resumed = await collect(socket(coordinator), { m: meeting.id, a: seen.events[0].seq }, (events) => events.length >= 2);
    expect(resumed.events.map((event) => event.seq)).toEqual([seen.events[1].seq, seen.events[2].seq]);
    const outsider = await person(api, (await council(api, [MILOWKA])).partnershipId, PartnershipRole.COORDINATOR);
    const refused = await collect(socket(outsider), { m: meeting.id, a: 0 }, () => true);
    expect(refused.events).toEqual([]);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });

    // A vote left open keeps the meeting open.
    const [item] = await api.dataSource.query(`INSERT INTO council_agenda_item (meeting_id, partnership_id, position, title, motion_text) VALUES ($1, $2, 1, 'Uchwała próbna', 'Treść') RETURNING id`, [
      meeting.id,
      partnershipId,
    ]);
    await api.dataSource.query(`INSERT INTO council_vote (meeting_id, partnership_id, agenda_item_id, voting_rule, member_count) VALUES ($1, $2, $3, 'SIMPLE_MAJORITY', 3)`, [
      meeting.id,
      partnershipId,
      item.id,
    ]);
    const current = await must(coordinator, READ, { id: meeting.id });
    expect(await refusal(coordinator, CLOSE, { i: { id: meeting.id, expectedVersion: current.version } })).toMatchObject({ code: 'CONFLICT' });
    await api.dataSource.query(`UPDATE council_vote SET status = 'CANCELLED' WHERE agenda_item_id = $1`, [item.id]);
    expect(await must(coordinator, CLOSE, { i: { id: meeting.id, expectedVersion: current.version } })).toMatchObject({ status: 'CLOSED' });
  });
});
