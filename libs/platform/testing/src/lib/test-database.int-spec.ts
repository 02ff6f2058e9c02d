import { Client } from 'pg';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createTestDatabase, type TestDatabase } from './test-database';

class CreateNote1795627000000 implements MigrationInterface {
  async up(db: QueryRunner) {
    await db.query(`CREATE TABLE note (id serial PRIMARY KEY, text text NOT NULL)`);
    await db.query(`INSERT INTO note (text) VALUES ('zażółć gęślą jaźń')`);
  }
  async down(db: QueryRunner) {
    await db.query(`DROP TABLE note`);
  }
}

async function query(database: TestDatabase, sql: string): Promise<unknown[]> {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('createTestDatabase', () => {
  it('gives each caller its own database, cloned from a template the migrations built once', async () => {
    const [first, second] = await Promise.all([createTestDatabase([CreateNote1795627000000]), createTestDatabase([CreateNote1795627000000])]);
    try {
      expect(first.name).not.toBe(second.name);
      expect(await query(first, 'SELECT text FROM note')).toEqual([{ text: 'zażółć gęślą jaźń' }]);
      await query(first, `INSERT INTO note (text) VALUES ('only here')`);
      expect(await query(second, 'SELECT count(*)::int AS n FROM note')).toEqual([{ n: 1 }]);
      expect(await query(second, 'SELECT name FROM schema_migration')).toEqual([{ name: 'CreateNote1795627000000' }]);
    } finally {
      await Promise.all([first.drop(), second.drop()]);
    }
  });

  it('drops a database on request', async () => {
    const database = await createTestDatabase([CreateNote1795627000000]);
    await database.drop();
    await expect(query(database, 'SELECT 1')).rejects.toThrow(/does not exist/);
  });
});
