import type { DataSource } from 'typeorm';

// Any constant shared by every process of the product; serialises migrations and seeding.
const MIGRATION_LOCK = 7_240_001;

/**
 * Applies pending migrations while holding a PostgreSQL advisory lock, so two API processes
 * starting together on one database do not race each other through the same migration.
 */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  return withAdvisoryLock(dataSource, MIGRATION_LOCK, async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  });
}

/** Runs `work` while this process holds the session-level advisory lock `key`. */
export async function withAdvisoryLock<T>(dataSource: DataSource, key: number, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [key]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [key]);
    }
  } finally {
    await runner.release();
  }
}

export interface MigrationClass {
  readonly name: string;
}

/**
 * TypeORM orders migrations by the timestamp at the end of the class name, not by file
 * name; a class named without one, or two with the same one, would run in the wrong order.
 */
export function migrationOrderProblems(migrations: readonly MigrationClass[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const migration of migrations) {
    const timestamp = /(\d{13})$/.exec(migration.name)?.[1];
    if (!timestamp) {
      problems.push(`${migration.name} does not end in a 13-digit timestamp`);
      continue;
    }
    const other = seen.get(timestamp);
    if (other) problems.push(`${migration.name} and ${other} share the timestamp ${timestamp}`);
    seen.set(timestamp, migration.name);
  }
  return problems;
}
