import { gminasMigrations, GminasModule } from '@wspolnie/gminas';
import { AccessService, AccountsService, identityMigrations, IdentityModule, PartnershipRole } from '@wspolnie/identity';
import { notificationsMigrations, NotificationsModule } from '@wspolnie/notifications';
import { partnershipsMigrations, PartnershipsModule } from '@wspolnie/partnerships';
import { databaseMigrations } from '@wspolnie/platform-database';
import { mailMigrations } from '@wspolnie/platform-mail';
import { realtimeMigrations } from '@wspolnie/platform-realtime';
import { createTestApp, type GraphqlClient, type TestApp, type TestAppOptions } from '@wspolnie/platform-testing';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectsMigrations, ProjectsModule } from '../src';

export const RAJCZA = '2417112';
export const UJSOLY = '2417142';
const PASSWORD = 'hasło-testowe-123';
/** One secret for every app of a test, so a second one (another process) takes the first one's tokens. */
const SECRET = randomBytes(32).toString('hex');

export const MODULES = [GminasModule, IdentityModule, PartnershipsModule, NotificationsModule, ProjectsModule];
export const MIGRATIONS = [
  ...databaseMigrations,
  ...realtimeMigrations,
  ...mailMigrations,
  ...gminasMigrations,
  ...partnershipsMigrations,
  ...identityMigrations,
  ...projectsMigrations,
  ...notificationsMigrations,
];

export type Person = GraphqlClient & { id: string; accessToken: string };

/** What an HTTP route answered: its status, headers and body (JSON when it is JSON). */
export interface HttpAnswer {
  status: number;
  headers: Headers;
  bytes: Buffer;
  json: any;
}

/** A test app with its own DATA_DIR (the files land in `<dataDir>/files`), people, projects and HTTP helpers. */
export async function attachmentsWorld(env: Record<string, string> = {}, options: Partial<TestAppOptions> = {}) {
  const dataDir = env['DATA_DIR'] ?? mkdtempSync(join(tmpdir(), 'wspolnie-files-'));
  const api: TestApp = await createTestApp({ imports: MODULES, migrations: MIGRATIONS, ...options, env: { DATA_DIR: dataDir, JWT_SECRET: SECRET, ...env } });
  const origin = new URL(api.url).origin;
  let sequence = 0;
  const gminaId = async (terc: string) => (await api.dataSource.query(`SELECT id FROM gmina WHERE terc = $1`, [terc]))[0].id as string;

  const http = async (path: string, init: RequestInit & { token?: string } = {}): Promise<HttpAnswer> => {
    const headers = { 'accept-language': 'en', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...(init.headers as Record<string, string>) };
    const response = await fetch(`${origin}${path}`, { ...init, headers });
    const bytes = Buffer.from(await response.arrayBuffer());
    const json = /json/.test(response.headers.get('content-type') ?? '') ? JSON.parse(bytes.toString('utf8')) : null;
    return { status: response.status, headers: response.headers, bytes, json };
  };

  return {
    api,
    dataDir,
    http,
    /** Uploads `bytes` as `name` in the field `file` (multipart/form-data, as a browser's FormData sends it). */
    upload(path: string, token: string | undefined, bytes: Buffer, name: string, field = 'file'): Promise<HttpAnswer> {
      const form = new FormData();
      form.append(field, new Blob([new Uint8Array(bytes)]), name);
      return http(path, { method: 'POST', body: form, token });
    },
    /** Every file under the store's folder, temporary ones included. */
    storedFiles(): string[] {
      try {
        return readdirSync(join(dataDir, 'files'), { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => join(entry.parentPath, entry.name));
      } catch {
        return [];
      }
    },
    async rows(): Promise<number> {
      return (await api.dataSource.query(`SELECT count(*)::int AS n FROM attachment`))[0].n;
    },
    async partnership(gminaTercs = [RAJCZA, UJSOLY]): Promise<string> {
      sequence += 1;
      const [{ id }] = await api.dataSource.query(`INSERT INTO partnership (slug, name) VALUES ($1, $2) RETURNING id`, [`z-${sequence}-${Date.now().toString(36)}`, `Partnerstwo ${sequence}`]);
      for (const terc of gminaTercs)
        await api.dataSource.query(`INSERT INTO partnership_member (partnership_id, gmina_id, role, joined_on) VALUES ($1, $2, 'MEMBER', current_date)`, [id, await gminaId(terc)]);
      return id;
    },
    async person(roles: { partnershipId: string; role: PartnershipRole; gminaTerc?: string }[] = []): Promise<Person> {
      sequence += 1;
      const email = `zalaczniki${sequence}.${Date.now().toString(36)}@test.example`;
      const account = await api.app.get(AccountsService).create({ email, displayName: `Osoba ${sequence}`, password: PASSWORD });
      for (const { partnershipId, role, gminaTerc } of roles) await api.app.get(AccessService).grant(account.id, partnershipId, role, gminaTerc ? await gminaId(gminaTerc) : null);
      const session = await api.signIn(email, PASSWORD);
      return { ...session, id: account.id };
    },
    async project(by: Person, partnershipId: string, title: string, gminaTerc = RAJCZA): Promise<string> {
      const budget = { totalCost: '1000.00', participants: [{ gminaTerc, role: 'LEAD', costShare: '1000.00' }], funding: [] };
      const result = await by.gql(`mutation ($i: CreateProjectInput!) { createProject(input: $i) { id } }`, { i: { partnershipId, title, budget } });
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      return result.data['createProject'].id;
    },
    async task(by: Person, projectId: string, title: string, extra: Record<string, unknown> = {}): Promise<string> {
      const result = await by.gql(`mutation ($i: CreateTaskInput!) { createTask(input: $i) { id } }`, { i: { projectId, title, ...extra } });
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      return result.data['createTask'].id;
    },
  };
}

export type AttachmentsWorld = Awaited<ReturnType<typeof attachmentsWorld>>;
