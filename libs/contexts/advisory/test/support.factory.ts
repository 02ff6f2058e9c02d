import type { GraphqlClient, TestApp } from '@wspolnie/platform-testing';
import { must } from './advisory.factory';

/** Everything an activity shows, every field batched (the statement-count test reads these). */
export const ACTIVITY_FIELDS = `id version status kind title heldOn startsAt durationMinutes format place link outcome registrationOpen
  programme { id name } team { id name } topic { id name } engagement { id title }
  thematicAreas { id code namePl } gminas { participants gmina { terc name } } participantCount
  participants { name gmina { terc } } followUps { id description taskId projectId } recordedBy { id displayName }`;

export const ENGAGEMENT_FIELDS = `id version programmeId teamId title stage startsOn endsOn partnershipId
  partnership { id name } gminas { terc name } consultants { id } activities { id status }`;

export const CREATE_ENGAGEMENT = `mutation ($i: CreateEngagementInput!) { createEngagement(input: $i) { ${ENGAGEMENT_FIELDS} } }`;
export const UPDATE_ENGAGEMENT = `mutation ($i: UpdateEngagementInput!) { updateEngagement(input: $i) { id version title gminas { terc } consultants { id } } }`;
export const READ_ENGAGEMENT = `query ($id: UUID!) { engagement(id: $id) { ${ENGAGEMENT_FIELDS} } }`;
export const LIST_ENGAGEMENTS = `query ($p: UUID!, $t: UUID) { engagements(programmeId: $p, teamId: $t, first: 100) { totalCount edges { node { id title } } } }`;
export const CREATE_ACTIVITY = `mutation ($i: CreateActivityInput!) { createActivity(input: $i) { ${ACTIVITY_FIELDS} } }`;
export const UPDATE_ACTIVITY = `mutation ($i: UpdateActivityInput!) { updateActivity(input: $i) { ${ACTIVITY_FIELDS} } }`;
export const COPY_ACTIVITY = `mutation ($i: CopyActivityInput!) { copyActivity(input: $i) { ${ACTIVITY_FIELDS} } }`;
export const DELETE_ACTIVITY = `mutation ($i: DeleteActivityInput!) { deleteActivity(input: $i) }`;
export const READ_ACTIVITY = `query ($id: UUID!) { activity(id: $id) { ${ACTIVITY_FIELDS} } }`;
/** What a partnership's people read of the support they received: all but who took part by name. */
export const READ_SUPPORT = `query ($id: UUID!) { activity(id: $id) { ${ACTIVITY_FIELDS.replace('participants { name gmina { terc } } ', '')} } }`;
export const LIST_ACTIVITIES = `query ($p: UUID!, $t: UUID, $e: UUID, $first: Int, $after: String, $status: ActivityStatus) {
  activities(programmeId: $p, teamId: $t, engagementId: $e, first: $first, after: $after, status: $status) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${ACTIVITY_FIELDS} } } } }`;
export const PARTNERSHIP_SUPPORT = `query ($p: UUID!) { partnershipSupport(partnershipId: $p, first: 100) { totalCount edges { node { id status title } } } }`;
export const GMINA_SUPPORT = `query ($terc: String!, $first: Int, $after: String) { gminaSupport(terc: $terc, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id title heldOn } } } }`;
export const ADD_FOLLOW_UP = `mutation ($i: AddFollowUpInput!) { addFollowUp(input: $i) { id description taskId projectId } }`;
export const TURN_INTO_TASK = `mutation ($i: TurnFollowUpIntoTaskInput!) { turnFollowUpIntoTask(input: $i) { id description taskId projectId } }`;

export type Input = Record<string, unknown>;

export const idsOf = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((edge) => edge.node.id);

/** An activity created through the API by `who`. */
export function recordActivity(who: GraphqlClient, input: Input): Promise<any> {
  return must(who, CREATE_ACTIVITY, { i: { kind: 'CONSULTATION', title: 'Konsultacja diagnozy', place: 'Urząd Gminy Rajcza, sala 12', ...input } });
}

/** How many rows each table holds now. */
export async function rowCounts(api: TestApp, tables: readonly string[] = ['engagement', 'engagement_gmina', 'engagement_consultant', 'activity', 'activity_gmina', 'activity_thematic_area', 'activity_participant', 'activity_follow_up', 'task', 'stream_event']): Promise<Record<string, number>> {
  const [row] = await api.dataSource.query(`SELECT ${tables.map((table) => `(SELECT count(*)::int FROM ${table}) AS ${table}`).join(', ')}`);
  return row;
}

/** A standard thematic area of the catalogue, and a partnership's own one. */
export async function areas(api: TestApp, partnershipId: string): Promise<{ standard: string; own: string }> {
  const [standard] = await api.dataSource.query(`SELECT id FROM thematic_area WHERE code IS NOT NULL ORDER BY code LIMIT 1`);
  const [own] = await api.dataSource.query(`INSERT INTO thematic_area (partnership_id, name_pl) VALUES ($1, $2) RETURNING id`, [partnershipId, `Własny obszar: szlak kulinarny ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`]);
  return { standard: standard.id, own: own.id };
}

/** A joint project of the partnership made through the API by its coordinator, `leadTerc` leading it. */
export async function jointProject(coordinator: GraphqlClient, partnershipId: string, leadTerc: string, title = 'Wspólna sieć tras rowerowych'): Promise<string> {
  const project = await must(coordinator, `mutation ($i: CreateProjectInput!) { createProject(input: $i) { id } }`, {
    i: { partnershipId, title, budget: { totalCost: '1000.00', participants: [{ gminaTerc: leadTerc, role: 'LEAD', costShare: '1000.00' }], funding: [] } },
  });
  return project.id;
}
