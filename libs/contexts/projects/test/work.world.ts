import { gminasMigrations, GminasModule } from '@wspolnie/gminas';
import { AccessService, AccountsService, identityMigrations, IdentityModule, PartnershipRole } from '@wspolnie/identity';
import { notificationsMigrations, NotificationsModule } from '@wspolnie/notifications';
import { partnershipsMigrations, PartnershipsModule } from '@wspolnie/partnerships';
import { databaseMigrations } from '@wspolnie/platform-database';
import { mailMigrations } from '@wspolnie/platform-mail';
import { realtimeMigrations } from '@wspolnie/platform-realtime';
import { createTestApp, type GraphqlClient, type TestApp } from '@wspolnie/platform-testing';
import { projectsMigrations, ProjectsModule } from '../src';

/** The test world of archive, following and my work: partnerships of real gminas, people with roles, projects and tasks made through the API. */
export const RAJCZA = '2417112';
export const UJSOLY = '2417142';
const PASSWORD = 'hasło-testowe-123';

export type Person = GraphqlClient & { id: string; displayName: string };

export interface World {
  api: TestApp;
  partnership(gminaTercs?: string[]): Promise<string>;
  person(displayName: string, roles?: { partnershipId: string; role: PartnershipRole; gminaTerc?: string }[]): Promise<Person>;
  project(by: Person, partnershipId: string, title: string, gminaTerc?: string): Promise<string>;
  task(by: Person, projectId: string, title: string, extra?: Record<string, unknown>): Promise<{ id: string; version: number }>;
}

export async function workWorld(): Promise<World> {
  const api = await createTestApp({
    imports: [GminasModule, IdentityModule, PartnershipsModule, NotificationsModule, ProjectsModule],
    migrations: [
      ...databaseMigrations,
      ...realtimeMigrations,
      ...mailMigrations,
      ...gminasMigrations,
      ...partnershipsMigrations,
      ...identityMigrations,
      ...projectsMigrations,
      ...notificationsMigrations,
    ],
  });
  let sequence = 0;
  const gminaId = async (terc: string) => (await api.dataSource.query(`SELECT id FROM gmina WHERE terc = $1`, [terc]))[0].id as string;
  const ok = (result: { data?: any; errors?: unknown }, name: string) => {
    if (!result.data?.[name]) throw new Error(JSON.stringify(result.errors));
    return result.data[name];
  };
  return {
    api,
    async partnership(gminaTercs = [RAJCZA]) {
      sequence += 1;
      const [{ id }] = await api.dataSource.query(`INSERT INTO partnership (slug, name) VALUES ($1, $2) RETURNING id`, [`p-${sequence}-${Date.now().toString(36)}`, `Partnerstwo ${sequence}`]);
      for (const terc of gminaTercs) {
        await api.dataSource.query(`INSERT INTO partnership_member (partnership_id, gmina_id, role, joined_on) VALUES ($1, $2, 'MEMBER', current_date)`, [id, await gminaId(terc)]);
      }
      return id;
    },
    async person(displayName, roles = []) {
      sequence += 1;
      const email = `osoba${sequence}.${Date.now().toString(36)}@test.example`;
      const account = await api.app.get(AccountsService).create({ email, displayName, password: PASSWORD });
      for (const { partnershipId, role, gminaTerc } of roles) await api.app.get(AccessService).grant(account.id, partnershipId, role, gminaTerc ? await gminaId(gminaTerc) : null);
      return { ...(await api.signIn(email, PASSWORD)), id: account.id, displayName };
    },
    async project(by, partnershipId, title, gminaTerc = RAJCZA) {
      const budget = { totalCost: '1000.00', participants: [{ gminaTerc, role: 'LEAD', costShare: '1000.00' }], funding: [] };
      return ok(await by.gql(`mutation ($i: CreateProjectInput!) { createProject(input: $i) { id } }`, { i: { partnershipId, title, budget } }), 'createProject').id;
    },
    async task(by, projectId, title, extra = {}) {
      return ok(await by.gql(`mutation ($i: CreateTaskInput!) { createTask(input: $i) { id version } }`, { i: { projectId, title, ...extra } }), 'createTask');
    },
  };
}
