import { migrationOrderProblems } from '@wspolnie/platform-database';
import { createTestApp, type TestApp } from '@wspolnie/platform-testing';
import { CONTEXT_MODULES, MIGRATIONS } from '../src/app/composition';

describe('migrations', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp({ imports: CONTEXT_MODULES, migrations: MIGRATIONS });
  });
  afterAll(() => api?.close());

  it('are named so that TypeORM runs them in the intended order', () => {
    expect(migrationOrderProblems(MIGRATIONS)).toEqual([]);
    const timestamps = MIGRATIONS.map((migration) => Number(/(\d{13})$/.exec(migration.name)?.[1]));
    expect(timestamps).toEqual([...timestamps].sort((a, b) => a - b));
  });

  it('build exactly the schema the entities describe (no drift)', async () => {
    const pending = await api.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('can be undone and applied again', async () => {
    for (let i = 0; i < MIGRATIONS.length; i += 1) await api.dataSource.undoLastMigration({ transaction: 'each' });
    const tables = await api.dataSource.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migration'`);
    expect(tables).toEqual([{ n: 0 }]);
    const applied = await api.dataSource.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(MIGRATIONS.length);
    expect(await api.dataSource.query('SELECT count(*)::int AS n FROM gmina')).toEqual([{ n: 2477 }]);
  });
});
