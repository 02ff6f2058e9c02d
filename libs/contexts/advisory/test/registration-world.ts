import type { GraphqlClient, TestApp } from '@wspolnie/platform-testing';
import { must, type ProgrammeWorld } from './advisory.factory';

export const OPEN = `mutation ($i: OpenActivityRegistrationInput!) { openActivityRegistration(input: $i) {
  id registrationOpen capacity registrationClosesAt version seatsTaken registrations { id status name email gmina { terc name } } } }`;
export const CLOSE = `mutation ($i: ActivityRegistrationTarget!) { closeActivityRegistration(input: $i) { id registrationOpen registrationClosesAt } }`;
export const OFFER = `query ($id: UUID!) { openRegistration(activityId: $id) { activityId title kind heldOn durationMinutes format place programmeName capacity seatsLeft closesAt isOpen } }`;
export const REGISTER = `mutation ($i: RegisterForActivityInput!) { registerForActivity(input: $i) { id status name email confirmedAt gmina { terc name } } }`;
export const REGISTER_PUBLICLY = `mutation ($i: RegisterPubliclyInput!) { registerPublicly(input: $i) { email status } }`;
export const CONFIRM = `mutation ($i: ConfirmRegistrationInput!) { confirmRegistration(input: $i) { email status } }`;
export const CANCEL_MINE = `mutation ($i: ActivityRegistrationTarget!) { cancelMyRegistration(input: $i) { id status cancelledAt } }`;
export const CANCEL = `mutation ($i: CancelRegistrationInput!) { cancelRegistration(input: $i) { id status } }`;
export const LIST = `query ($id: UUID!, $status: RegistrationStatus) { activityRegistrations(activityId: $id, status: $status) { id status name email gmina { terc } } }`;

export const SEMINAR_TITLE = 'Seminarium „Rewitalizacja śródmieść — źródła finansowania”';
export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** An online seminar of the programme, inserted as the activity folder's service would have recorded it. */
export async function seminar(api: TestApp, world: ProgrammeWorld, options: { team?: string | null; kind?: string; title?: string } = {}): Promise<string> {
  const [row] = await api.dataSource.query(
    `INSERT INTO activity (programme_id, team_id, kind, title, held_on, duration_minutes, format, link)
     VALUES ($1, $2, $3, $4, '2027-03-07', 240, 'ONLINE', 'https://example.org/frl') RETURNING id`,
    [world.id, options.team ?? null, options.kind ?? 'SEMINAR', options.title ?? SEMINAR_TITLE],
  );
  return row.id;
}

/** A seminar open for registration (through the API, as the programme's consultant). */
export async function openSeminar(api: TestApp, world: ProgrammeWorld, capacity: number | null = null, options: { team?: string | null } = {}): Promise<string> {
  const id = await seminar(api, world, options);
  await must(world.consultant, OPEN, { i: { activityId: id, closesAt: inDays(30), ...(capacity === null ? {} : { capacity }) } });
  return id;
}

export interface Tally {
  registrations: number;
  mails: number;
  events: number;
  participants: number;
}

/** Row counts a refused attempt must leave as they were. */
export async function tally(api: TestApp, activityId: string): Promise<Tally> {
  const [row] = await api.dataSource.query(
    `SELECT (SELECT count(*)::int FROM activity_registration WHERE activity_id = $1) AS registrations,
            (SELECT count(*)::int FROM mail_message) AS mails,
            (SELECT count(*)::int FROM stream_event) AS events,
            (SELECT coalesce(sum(participants), 0)::int FROM activity_gmina WHERE activity_id = $1) AS participants`,
    [activityId],
  );
  return row;
}

/** Confirmed registrations, the participants counted for each gmina, and the named participants. */
export async function seats(api: TestApp, activityId: string) {
  const [row] = await api.dataSource.query(
    `SELECT (SELECT count(*)::int FROM activity_registration WHERE activity_id = $1 AND status = 'CONFIRMED') AS confirmed,
            (SELECT coalesce(sum(participants), 0)::int FROM activity_gmina WHERE activity_id = $1) AS participants,
            (SELECT count(*)::int FROM activity_participant WHERE activity_id = $1 AND registration_id IS NOT NULL) AS named`,
    [activityId],
  );
  return row as { confirmed: number; participants: number; named: number };
}

export const statusOf = async (client: GraphqlClient, activityId: string) => (await must(client, LIST, { id: activityId })) as { id: string; status: string; email: string }[];
