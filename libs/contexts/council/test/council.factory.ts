import { gminasMigrations, GminasModule } from '@wspolnie/gminas';
import { AccessService, AccountsService, identityMigrations, IdentityModule, PartnershipRole } from '@wspolnie/identity';
import { notificationsMigrations, NotificationsModule } from '@wspolnie/notifications';
import { partnershipsMigrations, PartnershipsModule } from '@wspolnie/partnerships';
import { plansMigrations, PlansModule } from '@wspolnie/plans';
import { databaseMigrations } from '@wspolnie/platform-database';
import { mailMigrations } from '@wspolnie/platform-mail';
import { realtimeMigrations } from '@wspolnie/platform-realtime';
import { createTestApp, type GraphqlClient, type TestApp } from '@wspolnie/platform-testing';
import { projectsMigrations, ProjectsModule } from '@wspolnie/projects';
import { councilMigrations, CouncilModule } from '../src';

export const PASSWORD = 'hasło-testowe-123';
/** Four of the six gminas of the Aglomeracja Beskidzka working group. */
export const RAJCZA = '2417112';
export const UJSOLY = '2417142';
export const ISTEBNA = '2403092';
export const MILOWKA = '2417092';
let sequence = 0;

/** The council context with what it stands on, on a fresh database. */
export function startCouncilApp(): Promise<TestApp> {
  return createTestApp({
    imports: [GminasModule, IdentityModule, PartnershipsModule, NotificationsModule, ProjectsModule, PlansModule, CouncilModule],
    migrations: [
      ...databaseMigrations,
      ...realtimeMigrations,
      ...mailMigrations,
      ...gminasMigrations,
      ...partnershipsMigrations,
      ...identityMigrations,
      ...projectsMigrations,
      ...notificationsMigrations,
      ...plansMigrations,
      ...councilMigrations,
    ],
  });
}

export type Person = GraphqlClient & { accessToken: string; account: { id: string; displayName: string }; email: string };

/** Someone signed in, with a role in the partnership when one is given (a gmina is named by TERC). */
export async function person(api: TestApp, partnershipId?: string, role?: PartnershipRole, gminaTerc?: string): Promise<Person> {
  sequence += 1;
  const email = `radny${sequence}.${Date.now().toString(36)}@test.example`;
  const account = await api.app.get(AccountsService).create({ email, displayName: `Osoba ${sequence} Żółć`, password: PASSWORD });
  if (partnershipId && role) {
    const [gmina] = gminaTerc ? await api.dataSource.query(`SELECT id FROM gmina WHERE terc = $1`, [gminaTerc]) : [null];
    await api.app.get(AccessService).grant(account.id, partnershipId, role, gmina?.id ?? null);
  }
  return Object.assign(await api.signIn(email, PASSWORD), { account, email });
}

/** A partnership made in the database with the given member gminas (four by default). */
export async function partnership(api: TestApp, members: readonly string[] = [RAJCZA, UJSOLY, ISTEBNA, MILOWKA]): Promise<string> {
  sequence += 1;
  const [row] = await api.dataSource.query(`INSERT INTO partnership (slug, name) VALUES ($1, $2) RETURNING id`, [`rada-${sequence}-${Date.now().toString(36)}`, `Partnerstwo Rady ${sequence}`]);
  await api.dataSource.query(`INSERT INTO partnership_member (partnership_id, gmina_id, role, joined_on) SELECT $1, id, 'MEMBER', current_date FROM gmina WHERE terc = ANY($2)`, [row.id, members]);
  return row.id;
}

/** Runs an operation that must succeed and answers its one field. */
export async function must(client: GraphqlClient, query: string, variables: Record<string, unknown> = {}, headers?: Record<string, string>): Promise<any> {
  const result = await client.gql(query, variables, headers);
  if (!result.data || result.errors?.length) throw new Error(`expected success: ${JSON.stringify(result.errors)}`);
  return Object.values(result.data)[0];
}

/** The first error's code and field, for refusals. */
export async function refusal(client: GraphqlClient, query: string, variables: Record<string, unknown> = {}): Promise<{ code: string; field?: string; message: string }> {
  const result = await client.gql(query, variables);
  const [error] = result.errors ?? [];
  if (!error) throw new Error(`expected a refusal, got ${JSON.stringify(result.data)}`);
  return { code: error.extensions?.code as string, field: error.extensions?.field as string | undefined, message: error.message };
}

/** A council: its partnership, a coordinator, and one council member per member gmina (its representative). */
export interface Council {
  readonly partnershipId: string;
  readonly coordinator: Person;
  /** By TERC. */
  readonly representatives: Record<string, Person>;
}

export async function council(api: TestApp, members: readonly string[] = [RAJCZA, UJSOLY, ISTEBNA, MILOWKA]): Promise<Council> {
  const partnershipId = await partnership(api, members);
  const coordinator = await person(api, partnershipId, PartnershipRole.COORDINATOR);
  const representatives: Record<string, Person> = {};
  for (const terc of members) representatives[terc] = await person(api, partnershipId, PartnershipRole.COUNCIL_MEMBER, terc);
  return { partnershipId, coordinator, representatives };
}

/** A joint project of the partnership with the given participants' shares (the first is the lead), through the API. */
export async function project(client: GraphqlClient, partnershipId: string, shares: readonly [string, string][], title = 'Trasa rowerowa Rajcza–Ujsoły (przykład)'): Promise<any> {
  const totalCost = shares.reduce((sum, [, share]) => sum + BigInt(share.replace('.', '')), 0n);
  return must(client, `mutation ($i: CreateProjectInput!) { createProject(input: $i) { id title stage version costSharesApprovedBy } }`, {
    i: {
      partnershipId,
      title,
      budget: {
        totalCost: `${totalCost / 100n}.${(totalCost % 100n).toString().padStart(2, '0')}`,
        participants: shares.map(([gminaTerc, costShare], index) => ({ gminaTerc, role: index === 0 ? 'LEAD' : 'PARTNER', costShare })),
        funding: [],
      },
    },
  });
}
