import { PartnershipRole } from '@wspolnie/identity';
import type { TestApp } from '@wspolnie/platform-testing';
import { ISTEBNA, MILOWKA, partnership, person, type Person, POLICE, programme, type ProgrammeWorld, RAJCZA, SZCZECIN, UJSOLY } from './advisory.factory';

/**
 * Fixtures for the reports, written straight into the tables (as the migrations define them),
 * so the reports are tested on known rows whatever the engagement and activity services do.
 */
export interface ActivityRow {
  readonly programmeId: string;
  readonly kind: string;
  readonly heldOn: string;
  readonly minutes: number;
  readonly status?: 'DRAFT' | 'RECORDED';
  readonly teamId?: string | null;
  readonly topicId?: string | null;
  readonly engagementId?: string | null;
  readonly recordedBy?: string | null;
  readonly title?: string;
  /** TERC → how many took part. */
  readonly gminas?: Readonly<Record<string, number>>;
}

export async function insertActivity(api: TestApp, row: ActivityRow): Promise<string> {
  const [{ id }] = await api.dataSource.query(
    `INSERT INTO activity (programme_id, team_id, engagement_id, topic_id, kind, status, title, held_on, duration_minutes, format, place, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'ON_SITE', 'Urząd Gminy', $10) RETURNING id`,
    [row.programmeId, row.teamId ?? null, row.engagementId ?? null, row.topicId ?? null, row.kind, row.status ?? 'RECORDED', row.title ?? 'Spotkanie', row.heldOn, row.minutes, row.recordedBy ?? null],
  );
  const gminas = Object.entries(row.gminas ?? {});
  if (gminas.length) {
    await api.dataSource.query(
      `INSERT INTO activity_gmina (activity_id, gmina_id, participants) SELECT $1, gmina.id, served.participants
       FROM unnest($2::text[], $3::int[]) AS served(terc, participants) JOIN gmina ON gmina.terc = served.terc`,
      [id, gminas.map(([terc]) => terc), gminas.map(([, participants]) => participants)],
    );
  }
  return id;
}

export async function insertEngagement(api: TestApp, programmeId: string, partnershipId: string | null, teamId: string | null = null): Promise<string> {
  const [{ id }] = await api.dataSource.query(
    `INSERT INTO engagement (programme_id, team_id, partnership_id, title, stage, starts_on) VALUES ($1, $2, $3, 'Wsparcie partnerstwa', 'DIAGNOSIS', DATE '2020-01-01') RETURNING id`,
    [programmeId, teamId, partnershipId],
  );
  return id;
}

export const FROM = '2020-01-01';
export const TO = '2020-06-30';
export const NAME = 'Regiony Rewitalizacji – zażółć gęślą jaźń (ąęłńóśźż)';
export const TITLE = 'Konsultacja w Szczecinie: źródła, łąki, ośrodki';

export interface ReportWorld extends ProgrammeWorld {
  readonly other: ProgrammeWorld;
  /** A coordinator of a partnership whose member gminas were served. */
  readonly member: Person;
}

/**
 * A programme whose report has known answers. Counted (RECORDED, 2020-01-01 to 2020-06-30):
 *
 * | activity | kind                | team  | topic      | held on    | min | gminas (participants)       | recorded by     |
 * |----------|---------------------|-------|------------|------------|-----|-----------------------------|-----------------|
 * | A1       | CONSULTATION        | west  | module 1   | 2020-01-01 | 50  | Szczecin 5, Police 3        | west consultant |
 * | A2       | CONSULTATION        | west  | module 1   | 2020-03-15 | 50  | Szczecin 2                  | (account gone)  |
 * | A3       | EDUCATIONAL_MEETING | south | module 2   | 2020-06-30 | 50  | Rajcza 10, Ujsoły 4         | consultant      |
 * | A4       | EDUCATIONAL_MEETING | south | additional | 2020-05-05 | 45  | Istebna 6, Szczecin 1       | consultant      |
 *
 * Not counted: the day before and the day after the period, a DRAFT, and another programme's
 * activity (all serving Milówka or Rajcza); in 2030 a seminar on no topic that served no gmina. A1's engagement names partnership P1 (Rajcza,
 * Ujsoły, served by A3 too), A2's names P4 (Milówka only); P2 (Istebna) is reached through
 * A4's gmina, P3 (Milówka) not at all: three partnerships reached.
 */
export async function reportWorld(api: TestApp): Promise<ReportWorld> {
  const world = await programme(api, NAME);
  const other = await programme(api);
  const p1 = await partnership(api, [RAJCZA, UJSOLY]);
  await partnership(api, [ISTEBNA]);
  await partnership(api, [MILOWKA]);
  const p4 = await partnership(api, [MILOWKA]);
  const member = await person(api, p1, PartnershipRole.COORDINATOR);
  const e1 = await insertEngagement(api, world.id, p1, world.teams.west);
  const e2 = await insertEngagement(api, world.id, p4, world.teams.west);
  const [module1, module2] = world.modules;
  const { west, south } = world.teams;
  const base = { programmeId: world.id };
  await insertActivity(api, { ...base, kind: 'CONSULTATION', teamId: west, topicId: module1, engagementId: e1, heldOn: '2020-01-01', minutes: 50, recordedBy: world.westConsultant.account.id, title: TITLE, gminas: { [SZCZECIN]: 5, [POLICE]: 3 } });
  await insertActivity(api, { ...base, kind: 'CONSULTATION', teamId: west, topicId: module1, engagementId: e2, heldOn: '2020-03-15', minutes: 50, recordedBy: null, gminas: { [SZCZECIN]: 2 } });
  await insertActivity(api, { ...base, kind: 'EDUCATIONAL_MEETING', teamId: south, topicId: module2, heldOn: '2020-06-30', minutes: 50, recordedBy: world.consultant.account.id, gminas: { [RAJCZA]: 10, [UJSOLY]: 4 } });
  await insertActivity(api, { ...base, kind: 'EDUCATIONAL_MEETING', teamId: south, topicId: world.additionalTopic, heldOn: '2020-05-05', minutes: 45, recordedBy: world.consultant.account.id, gminas: { [ISTEBNA]: 6, [SZCZECIN]: 1 } });
  // Just outside the period, a draft, and another programme's.
  await insertActivity(api, { ...base, kind: 'CONSULTATION', teamId: west, topicId: module1, heldOn: '2019-12-31', minutes: 30, gminas: { [RAJCZA]: 1 } });
  await insertActivity(api, { ...base, kind: 'EDUCATIONAL_MEETING', teamId: south, topicId: module2, heldOn: '2020-07-01', minutes: 30, gminas: { [MILOWKA]: 1 } });
  await insertActivity(api, { ...base, kind: 'CONSULTATION', status: 'DRAFT', teamId: west, topicId: module1, heldOn: '2020-02-02', minutes: 30, gminas: { [MILOWKA]: 7 } });
  await insertActivity(api, { programmeId: other.id, kind: 'CONSULTATION', topicId: other.modules[0], heldOn: '2020-02-02', minutes: 30, gminas: { [MILOWKA]: 2 } });
  // Alone in 2030: a seminar of no team, on no topic, that recorded no gmina.
  await insertActivity(api, { ...base, kind: 'SEMINAR', heldOn: '2030-06-01', minutes: 90, recordedBy: world.manager.account.id });
  return { ...world, other, member };
}

export const FIGURES = 'activities distinctGminas participants minutes hours';
export const REPORT = `query ($i: ProgrammeReportInput!) { programmeReport(input: $i) {
  programme { id name totalValue euContribution } teamId period { from to }
  totals { ${FIGURES} distinctPartnerships }
  byKind { kind label ${FIGURES} onModules onAdditionalTopics }
  byTopic { topic { id name kind position } ${FIGURES} }
  groupBy groups { key label ${FIGURES} }
  notReached { id terc name type } } }`;
