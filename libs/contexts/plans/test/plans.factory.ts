import { discussionMigrations, DiscussionModule } from '@wspolnie/discussion';
import { gminasMigrations, GminasModule } from '@wspolnie/gminas';
import { AccessService, AccountsService, identityMigrations, IdentityModule, type PartnershipRole } from '@wspolnie/identity';
import { notificationsMigrations, NotificationsModule } from '@wspolnie/notifications';
import { partnershipsMigrations, PartnershipsModule } from '@wspolnie/partnerships';
import { mailMigrations } from '@wspolnie/platform-mail';
import { databaseMigrations } from '@wspolnie/platform-database';
import { realtimeMigrations } from '@wspolnie/platform-realtime';
import { createTestApp, type GraphqlClient, type TestApp } from '@wspolnie/platform-testing';
import { projectsMigrations, ProjectsModule } from '@wspolnie/projects';
import { plansMigrations, PlansModule } from '../src';

export const PASSWORD = 'hasło-testowe-123';
export const RAJCZA = '2417112';
export const UJSOLY = '2417142';
let sequence = 0;

/** The plans context with what it stands on, on a fresh database. */
export function startPlansApp(): Promise<TestApp> {
  return createTestApp({
    imports: [GminasModule, IdentityModule, PartnershipsModule, NotificationsModule, DiscussionModule, ProjectsModule, PlansModule],
    migrations: [...databaseMigrations, ...realtimeMigrations, ...mailMigrations, ...gminasMigrations, ...partnershipsMigrations, ...identityMigrations, ...projectsMigrations, ...notificationsMigrations, ...plansMigrations, ...discussionMigrations],
  });
}

export type Person = GraphqlClient & { accessToken: string; account: { id: string; displayName: string }; email: string };

/** Someone signed in, with a role in the partnership when one is given (an official names the gmina by TERC). */
export async function person(api: TestApp, partnershipId?: string, role?: PartnershipRole, gminaTerc?: string): Promise<Person> {
  sequence += 1;
  const email = `osoba${sequence}.${Date.now().toString(36)}@test.example`;
  const account = await api.app.get(AccountsService).create({ email, displayName: `Osoba ${sequence} Żółć`, password: PASSWORD });
  if (partnershipId && role) {
    const [gmina] = gminaTerc ? await api.dataSource.query(`SELECT id FROM gmina WHERE terc = $1`, [gminaTerc]) : [null];
    await api.app.get(AccessService).grant(account.id, partnershipId, role, gmina?.id ?? null);
  }
  return Object.assign(await api.signIn(email, PASSWORD), { account, email });
}

/** A partnership made in the database, with Rajcza and Ujsoły as members. */
export async function partnership(api: TestApp): Promise<string> {
  sequence += 1;
  const [row] = await api.dataSource.query(`INSERT INTO partnership (slug, name) VALUES ($1, $2) RETURNING id`, [`plany-${sequence}-${Date.now().toString(36)}`, `Partnerstwo planów ${sequence}`]);
  await api.dataSource.query(
    `INSERT INTO partnership_member (partnership_id, gmina_id, role, joined_on) SELECT $1, id, 'MEMBER', current_date FROM gmina WHERE terc = ANY($2)`,
    [row.id, [RAJCZA, UJSOLY]],
  );
  return row.id;
}

/** Runs an operation that must succeed and answers its one field. */
export async function must(client: GraphqlClient, query: string, variables: Record<string, unknown> = {}, headers?: Record<string, string>): Promise<any> {
  const result = await client.gql(query, variables, headers);
  if (!result.data || result.errors?.length) throw new Error(`expected success: ${JSON.stringify(result.errors)}`);
  return Object.values(result.data)[0];
}

export const STRATEGY = `Dokument przygotowany przez zespół partnerstwa (przykład).

# Diagnoza

Gminy Rajcza i Ujsoły leżą w Beskidzie Żywieckim. Ruch turystyczny rośnie od 2019 roku.

# Cele strategiczne

Cel 1: spójna sieć tras rowerowych łącząca wszystkie gminy partnerstwa.

# Kierunki działań

Budowa tras, punkty obsługi rowerzystów, wspólna promocja.

# System wdrażania

Rada Partnerstwa przyjmuje roczne plany działania.
`;

export const PLAN_FIELDS = `id title kind status version revisionCount roundNumber
  currentRevision { id number markdown summary author { displayName } sections { key level heading body position } }`;

export const CREATE_PLAN = `mutation ($i: CreatePlanInput!) { createPlan(input: $i) { ${PLAN_FIELDS} } }`;
export const PUBLISH = `mutation ($i: PublishPlanRevisionInput!) { publishPlanRevision(input: $i) { ${PLAN_FIELDS} } }`;
export const COMMENT = `mutation ($i: CommentOnPlanInput!) { commentOnPlan(input: $i) { id status anchor sectionKey version quote { text start end } revision { number } comments { id body version } } }`;
export const REPLY = `mutation ($i: ReplyToCommentInput!) { replyToComment(input: $i) { id body version inReplyToId } }`;
export const THREAD = `query ($id: UUID!) { commentThread(id: $id) { id status anchor sectionKey version decisionNote quote { text start end } revision { number } originRevision { number }
  resolvedBy { displayName } trail { number step note } comments { id body deleted version author { displayName } edits { number body } mentions { displayName } } } }`;

/** Creates a plan (the strategy above) as `author`; answers it with its first revision. */
export function createPlan(author: GraphqlClient, partnershipId: string, extra: Record<string, unknown> = {}) {
  return must(author, CREATE_PLAN, { i: { partnershipId, title: 'Strategia rozwoju ponadlokalnego (przykład)', kind: 'DEVELOPMENT_STRATEGY', markdown: STRATEGY, summary: 'Pierwsza wersja', ...extra } });
}

export const keyOf = (plan: any, heading: string): string => plan.currentRevision.sections.find((section: any) => section.heading === heading).key;
export const bodyOf = (plan: any, heading: string): string => plan.currentRevision.sections.find((section: any) => section.heading === heading).body;
