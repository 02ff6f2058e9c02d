import { PartnershipRole } from '@wspolnie/identity';
import type { TestApp } from '@wspolnie/platform-testing';
import { council, ISTEBNA, must, person, type Person, RAJCZA, refusal, startCouncilApp, UJSOLY } from './council.factory';
import {
  ADD_ITEM,
  ATTEND,
  CANCEL,
  CLOSE,
  CORRECT_MINUTES,
  CREATE,
  createMeeting,
  INVITE,
  LIST,
  READ,
  REMOVE_ITEM,
  REORDER,
  SAVE_MINUTES,
  START,
  today,
  UNINVITE,
  UPDATE,
  UPDATE_ITEM,
} from './meetings.fixture';

describe('who may read and run meetings', () => {
  let api: TestApp;
  let partnershipId: string;
  let coordinator: Person;
  let chair: Person;
  let member: Person;
  let observer: Person;
  let outsider: Person;
  let meeting: any;
  let item: any;

  beforeAll(async () => {
    api = await startCouncilApp();
    const rada = await council(api, [RAJCZA, UJSOLY]);
    ({ partnershipId, coordinator } = rada);
    chair = rada.representatives[RAJCZA];
    member = rada.representatives[UJSOLY];
    observer = await person(api, partnershipId, PartnershipRole.OBSERVER);
    outsider = await person(api, (await council(api, [ISTEBNA])).partnershipId, PartnershipRole.COORDINATOR);
    meeting = await createMeeting(coordinator, partnershipId, { chairId: chair.account.id, date: today() });
    item = await must(coordinator, ADD_ITEM, { i: { meetingId: meeting.id, title: 'Otwarcie' } });
  });
  afterAll(() => api?.close());

  /** Every new operation, aimed at this partnership's meeting. */
  const operations = (): [string, string, Record<string, unknown>][] => [
    ['meetings', LIST, { p: partnershipId }],
    ['meeting', READ, { id: meeting.id }],
    ['createMeeting', CREATE, { i: { partnershipId, title: 'Obce', date: '2031-06-12', startTime: '10:00', endTime: '11:00' } }],
    ['updateMeeting', UPDATE, { i: { id: meeting.id, expectedVersion: meeting.version, title: 'Przejęte' } }],
    ['cancelMeeting', CANCEL, { i: { id: meeting.id, expectedVersion: meeting.version, reason: 'Bo tak' } }],
    ['startMeeting', START, { i: { id: meeting.id, expectedVersion: meeting.version } }],
    ['closeMeeting', CLOSE, { i: { id: meeting.id, expectedVersion: meeting.version } }],
    ['addAgendaItem', ADD_ITEM, { i: { meetingId: meeting.id, title: 'Wtrącone' } }],
    ['updateAgendaItem', UPDATE_ITEM, { i: { id: item.id, expectedVersion: item.version, title: 'Zmienione' } }],
    ['removeAgendaItem', REMOVE_ITEM, { i: { id: item.id, expectedVersion: item.version } }],
    ['reorderAgenda', REORDER, { i: { meetingId: meeting.id, expectedVersion: meeting.version, itemIds: [item.id] } }],
    ['inviteToMeeting', INVITE, { i: { meetingId: meeting.id, userId: member.account.id, role: 'GUEST' } }],
    ['removeInvitee', UNINVITE, { i: { meetingId: meeting.id, userId: member.account.id } }],
    ['recordAttendance', ATTEND, { i: { meetingId: meeting.id, userId: member.account.id, present: true } }],
    ['saveMinutes', SAVE_MINUTES, { i: { meetingId: meeting.id, expectedVersion: 0, markdown: 'obce' } }],
    ['correctMinutes', CORRECT_MINUTES, { i: { meetingId: meeting.id, expectedVersion: 0, markdown: 'obce', reason: 'r' } }],
  ];
  const READS = new Set(['meetings', 'meeting']);

  it('tells an outsider that none of it exists, and changes nothing', async () => {
    for (const [name, document, variables] of operations()) {
      const answer = await refusal(outsider, document, variables);
      expect([name, answer.code]).toEqual([name, 'NOT_FOUND']);
    }
    const after = await must(coordinator, READ, { id: meeting.id });
    expect(after).toMatchObject({ title: meeting.title, version: meeting.version, status: 'PLANNED', minutes: { version: 0 } });
    expect(after.agenda).toEqual([expect.objectContaining({ id: item.id, title: 'Otwarcie', version: item.version })]);
  });

  it('lets an observer and a council member who does not chair read it, but not run it', async () => {
    for (const who of [observer, member]) {
      for (const [name, document, variables] of operations()) {
        if (READS.has(name)) {
          await must(who, document, variables);
          continue;
        }
        const answer = await refusal(who, document, variables);
        expect([name, answer.code]).toEqual([name, 'FORBIDDEN']);
      }
    }
    expect((await must(coordinator, READ, { id: meeting.id })).version).toBe(meeting.version);
  });

  it('lets a council member who chairs the meeting run it, but not call another one', async () => {
    const renamed = await must(chair, UPDATE, { i: { id: meeting.id, expectedVersion: meeting.version, title: 'Posiedzenie prowadzone przez przewodniczącego' } });
    const added = await must(chair, ADD_ITEM, { i: { meetingId: meeting.id, title: 'Sprawozdanie przewodniczącego' } });
    expect(added.position).toBe(2);
    const started = await must(chair, START, { i: { id: meeting.id, expectedVersion: renamed.version } });
    expect((await must(chair, ATTEND, { i: { meetingId: meeting.id, userId: member.account.id, present: true } })).quorum.representedGminas).toBe(1);
    expect((await must(chair, SAVE_MINUTES, { i: { meetingId: meeting.id, expectedVersion: 0, markdown: 'Protokół' } })).version).toBe(1);
    expect((await must(chair, CLOSE, { i: { id: meeting.id, expectedVersion: started.version } })).status).toBe('CLOSED');
    expect(await refusal(chair, CREATE, { i: { partnershipId, title: 'Własne', date: '2031-06-12', startTime: '10:00', endTime: '11:00' } })).toMatchObject({ code: 'FORBIDDEN' });
    // Chairing one meeting is not chairing another.
    const another = await createMeeting(coordinator, partnershipId);
    expect(await refusal(chair, UPDATE, { i: { id: another.id, expectedVersion: another.version, title: 'Cudze' } })).toMatchObject({ code: 'FORBIDDEN' });
  });
});
