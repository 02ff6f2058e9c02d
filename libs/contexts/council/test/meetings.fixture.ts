import { warsawDate } from '@wspolnie/kernel';
import type { GraphqlClient } from '@wspolnie/platform-testing';
import { must } from './council.factory';

/** What the meeting tests read of a meeting. */
export const MEETING = `id number title status startsAt endsAt date startTime endTime place onlineUrl version cancellationReason startedAt closedAt
  chair { id displayName }
  agenda { id position title projectId planId motionText decisionKind decisionStage version project { id title stage } plan { id title status } }
  invitees { role present arrivedAt leftAt person { id displayName } gmina { terc name } }
  quorum { rule memberGminas representedGminas needed reached }
  minutes { markdown version }
  minutesCorrections { markdownBefore markdownAfter reason correctedBy }
  myRepresentation { gmina { terc name } present }`;

export const CREATE = `mutation ($i: CreateMeetingInput!) { createMeeting(input: $i) { ${MEETING} } }`;
export const UPDATE = `mutation ($i: UpdateMeetingInput!) { updateMeeting(input: $i) { ${MEETING} } }`;
export const CANCEL = `mutation ($i: CancelMeetingInput!) { cancelMeeting(input: $i) { ${MEETING} } }`;
export const START = `mutation ($i: MeetingVersionInput!) { startMeeting(input: $i) { ${MEETING} } }`;
export const CLOSE = `mutation ($i: MeetingVersionInput!) { closeMeeting(input: $i) { ${MEETING} } }`;
export const READ = `query ($id: UUID!) { meeting(id: $id) { ${MEETING} } }`;
export const LIST = `query ($p: UUID!, $when: MeetingPeriod, $first: Int, $after: String) {
  meetings(partnershipId: $p, when: $when, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id number title date startTime } } }
}`;

export const ADD_ITEM = `mutation ($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { id position title version projectId planId motionText decisionKind decisionStage } }`;
export const UPDATE_ITEM = `mutation ($i: UpdateAgendaItemInput!) { updateAgendaItem(input: $i) { id position title version motionText decisionKind decisionStage } }`;
export const REMOVE_ITEM = `mutation ($i: RemoveAgendaItemInput!) { removeAgendaItem(input: $i) { id version agenda { id position title } } }`;
export const REORDER = `mutation ($i: ReorderAgendaInput!) { reorderAgenda(input: $i) { id version agenda { id position title } } }`;

export const INVITE = `mutation ($i: InviteToMeetingInput!) { inviteToMeeting(input: $i) { id invitees { role person { id } gmina { terc } } } }`;
export const UNINVITE = `mutation ($i: InviteeInput!) { removeInvitee(input: $i) { id invitees { role person { id } } } }`;
export const ATTEND = `mutation ($i: RecordAttendanceInput!) { recordAttendance(input: $i) { id quorum { memberGminas representedGminas needed reached } invitees { present arrivedAt leftAt person { id } } } }`;

export const SAVE_MINUTES = `mutation ($i: SaveMinutesInput!) { saveMinutes(input: $i) { meetingId markdown version } }`;
export const CORRECT_MINUTES = `mutation ($i: CorrectMinutesInput!) { correctMinutes(input: $i) { meetingId markdown version } }`;

export const SUBSCRIBE = `subscription ($m: UUID!, $a: Int) { meetingChanges(meetingId: $m, afterSeq: $a) { seq topic action subjectId scopeId changes } }`;

let counter = 0;

/** A meeting on a Warsaw day and hours (a planned meeting of the 2030s unless told otherwise). */
export function createMeeting(client: GraphqlClient, partnershipId: string, extra: Record<string, unknown> = {}): Promise<any> {
  counter += 1;
  return must(client, CREATE, {
    i: { partnershipId, title: `Posiedzenie Rady nr ${counter} (przykład)`, date: '2031-06-12', startTime: '10:00', endTime: '12:00', place: 'Sala sesyjna Urzędu Gminy Rajcza', ...extra },
  });
}

/** Today in Warsaw: a meeting starts on its day. */
export const today = () => warsawDate();

/** A meeting of today, started as its coordinator starts it. */
export async function startedMeeting(client: GraphqlClient, partnershipId: string, extra: Record<string, unknown> = {}): Promise<any> {
  const meeting = await createMeeting(client, partnershipId, { date: today(), ...extra });
  return must(client, START, { i: { id: meeting.id, expectedVersion: meeting.version } });
}
