import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, migrate, type MigrationList } from '@wspolnie/platform-database';

type MigrationConstructor = new () => { up: unknown; down: unknown };

function serverUrl(): string {
  const url = process.env['TEST_DATABASE_URL'];
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run tests through Jest, whose global setup provides it');
  return url;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Names the template after the migrations' code, so a changed migration builds a new one. */
function templateName(migrations: MigrationList): string {
  const list = migrations as unknown as MigrationConstructor[];
  const hash = createHash('sha256');
  for (const migration of list) hash.update(migration.name).update(String(migration.prototype.up)).update(String(migration.prototype.down));
  return `wspolnie_tpl_${hash.digest('hex').slice(0, 16)}`;
}

async function ensureTemplate(migrations: MigrationList): Promise<string> {
  const template = templateName(migrations);
  await admin(async (client) => {
    // Workers race to build the same template; the first builds it, the others wait.
    await client.query('SELECT pg_advisory_lock(7240002)');
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (exists.rowCount) return;
      const building = `${template}_building`;
      await client.query(`DROP DATABASE IF EXISTS ${building}`);
      await client.query(`CREATE DATABASE ${building} TEMPLATE template0 ENCODING 'UTF8'`);
      const dataSource = await new DataSource(
        dataSourceOptions({ url: withDatabase(serverUrl(), building), poolSize: 2, entities: [], migrations }),
      ).initialize();
      try {
        await migrate(dataSource);
      } finally {
        await dataSource.destroy();
      }
      await client.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
    } finally {
      await client.query('SELECT pg_advisory_unlock(7240002)');
    }
  });
  return template;
}

export interface TestDatabase {
  readonly url: string;
  readonly name: string;
  drop(): Promise<void>;
}

/**
 * A fresh database for one test file, cloned from a template that the given migrations built
 * once per server: every test runs on the real schema, made by the real migrations.
 */
export async function createTestDatabase(migrations: MigrationList): Promise<TestDatabase> {
  const template = await ensureTemplate(migrations);
  const name = `wspolnie_t_${process.env['JEST_WORKER_ID'] ?? '0'}_${randomBytes(4).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return {
    name,
    url: withDatabase(serverUrl(), name),
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
