import { gminasMigrations, GminasModule } from '@wspolnie/gminas';
import { AccessService, AccountsService, identityMigrations, IdentityModule, type PartnershipRole } from '@wspolnie/identity';
import { notificationsMigrations, NotificationsModule } from '@wspolnie/notifications';
import { partnershipsMigrations, PartnershipsModule } from '@wspolnie/partnerships';
import { mailMigrations } from '@wspolnie/platform-mail';
import { databaseMigrations } from '@wspolnie/platform-database';
import { realtimeMigrations } from '@wspolnie/platform-realtime';
import { createTestApp, type GraphqlClient, type TestApp } from '@wspolnie/platform-testing';
import { projectsMigrations, ProjectsModule } from '@wspolnie/projects';
import { advisoryMigrations, AdvisoryModule, ProgrammeRole } from '../src';

export const PASSWORD = 'hasło-testowe-123';
export const RAJCZA = '2417112';
export const UJSOLY = '2417142';
export const ISTEBNA = '2403092';
export const MILOWKA = '2417092';
/** Zachodniopomorskie: Szczecin (a city) and Police (urban-rural). */
export const SZCZECIN = '3262011';
export const POLICE = '3211043';
let sequence = 0;

/** The advisory context with what it stands on, on a fresh database. */
export function startAdvisoryApp(): Promise<TestApp> {
  return createTestApp({
    imports: [GminasModule, IdentityModule, PartnershipsModule, NotificationsModule, ProjectsModule, AdvisoryModule],
    migrations: [...databaseMigrations, ...realtimeMigrations, ...mailMigrations, ...gminasMigrations, ...partnershipsMigrations, ...identityMigrations, ...projectsMigrations, ...notificationsMigrations, ...advisoryMigrations],
  });
}

export type Person = GraphqlClient & { accessToken: string; account: { id: string; displayName: string }; email: string };

/** Someone signed in, with a role in a partnership when one is given (an official names the gmina by TERC). */
export async function person(api: TestApp, partnershipId?: string, role?: PartnershipRole, gminaTerc?: string, admin = false): Promise<Person> {
  sequence += 1;
  const email = `osoba${sequence}.${Date.now().toString(36)}@test.example`;
  const account = await api.app.get(AccountsService).create({ email, displayName: `Osoba ${sequence} Żółć`, password: PASSWORD });
  if (admin) await api.app.get(AccountsService).setPlatformAdmin(email, true);
  if (partnershipId && role) {
    const [gmina] = gminaTerc ? await api.dataSource.query(`SELECT id FROM gmina WHERE terc = $1`, [gminaTerc]) : [null];
    await api.app.get(AccessService).grant(account.id, partnershipId, role, gmina?.id ?? null);
  }
  return Object.assign(await api.signIn(email, PASSWORD), { account, email });
}

/** A partnership made in the database, with the given member gminas (Rajcza and Ujsoły by default). */
export async function partnership(api: TestApp, members: readonly string[] = [RAJCZA, UJSOLY]): Promise<string> {
  sequence += 1;
  const [row] = await api.dataSource.query(`INSERT INTO partnership (slug, name) VALUES ($1, $2) RETURNING id`, [`doradztwo-${sequence}-${Date.now().toString(36)}`, `Partnerstwo wsparcia ${sequence}`]);
  await api.dataSource.query(
    `INSERT INTO partnership_member (partnership_id, gmina_id, role, joined_on) SELECT $1, id, 'MEMBER', current_date FROM gmina WHERE terc = ANY($2)`,
    [row.id, members],
  );
  return row.id;
}

/** Runs an operation that must succeed and answers its one field. */
export async function must(client: GraphqlClient, query: string, variables: Record<string, unknown> = {}, headers?: Record<string, string>): Promise<any> {
  const result = await client.gql(query, variables, headers);
  if (!result.data || result.errors?.length) throw new Error(`expected success: ${JSON.stringify(result.errors)}`);
  return Object.values(result.data)[0];
}

export const CREATE_PROGRAMME = `mutation ($i: CreateProgrammeInput!) { createProgramme(input: $i) {
  id name version totalValue euContribution topics { id kind name position } teams { id name voivodeshipCode } } }`;
export const GRANT = `mutation ($i: GrantProgrammeRoleInput!) { grantProgrammeRole(input: $i) { userId role teamId } }`;

export interface ProgrammeWorld {
  readonly id: string;
  readonly manager: Person;
  /** The four mandatory modules of Regiony Rewitalizacji, in order, and one additional topic. */
  readonly modules: readonly string[];
  readonly additionalTopic: string;
  /** Two marshal-office teams: zachodniopomorskie ("32") and śląskie ("24"). */
  readonly teams: { readonly west: string; readonly south: string };
  /** A consultant of the whole programme, and one limited to the west team. */
  readonly consultant: Person;
  readonly westConsultant: Person;
}

/** A Regiony Rewitalizacji-like programme made through the API by a platform administrator, with its people. */
export async function programme(api: TestApp, name = `Regiony Rewitalizacji ${++sequence}`): Promise<ProgrammeWorld> {
  const admin = await person(api, undefined, undefined, undefined, true);
  const manager = await person(api);
  const created = await must(admin, CREATE_PROGRAMME, {
    i: {
      name,
      operatorKind: 'MINISTRY',
      operatorName: 'Ministerstwo Funduszy i Polityki Regionalnej',
      startsOn: '2020-01-01',
      endsOn: '2023-12-31',
      totalValue: '69504961.44',
      euContribution: '55402404.76',
      modules: [
        'Wykorzystanie narzędzi wynikających z ustawy o rewitalizacji',
        'Zarządzanie rewitalizacją i włączenie społeczności lokalnej',
        'Monitoring i ewaluacja działań rewitalizacyjnych',
        'Dostępność w rewitalizacji',
      ],
      additionalTopics: ['Partycypacja młodzieży'],
      teams: [
        { name: 'Urząd Marszałkowski Województwa Zachodniopomorskiego', voivodeshipCode: '32' },
        { name: 'Urząd Marszałkowski Województwa Śląskiego', voivodeshipCode: '24' },
      ],
      managerEmail: manager.email,
    },
  });
  const west = created.teams.find((team: { voivodeshipCode: string }) => team.voivodeshipCode === '32').id;
  const south = created.teams.find((team: { voivodeshipCode: string }) => team.voivodeshipCode === '24').id;
  const consultant = await person(api);
  const westConsultant = await person(api);
  await must(manager, GRANT, { i: { programmeId: created.id, email: consultant.email, role: ProgrammeRole.CONSULTANT } });
  await must(manager, GRANT, { i: { programmeId: created.id, email: westConsultant.email, role: ProgrammeRole.CONSULTANT, teamId: west } });
  const modules = created.topics.filter((topic: { kind: string }) => topic.kind === 'MODULE').map((topic: { id: string }) => topic.id);
  const additionalTopic = created.topics.find((topic: { kind: string }) => topic.kind === 'ADDITIONAL_TOPIC').id;
  return { id: created.id, manager, modules, additionalTopic, teams: { west, south }, consultant, westConsultant };
}
