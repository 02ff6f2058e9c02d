import type { DataSourceOptions, MixedList } from 'typeorm';
import { Logger } from '@nestjs/common';
import { DatabaseLogger, SLOW_QUERY_THRESHOLD_MS } from './statement-counter';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type MigrationList = MixedList<Function>;

export interface DataSourceSettings {
  readonly url: string;
  readonly poolSize: number;
  /** Default 30 s: a statement (lock waits included) running longer is stopped by the server. */
  readonly statementTimeoutMs?: number;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly entities: MixedList<Function>;
  readonly migrations: MigrationList;
}

/**
 * The one place the PostgreSQL connection is configured. Schema comes from migrations only
 * (`synchronize` stays off everywhere, tests included); statements are bounded by a timeout,
 * and pool errors are logged instead of crashing the process.
 */
export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  const log = new Logger('Database');
  return {
    type: 'postgres',
    url: settings.url,
    entities: settings.entities,
    migrations: settings.migrations,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    applicationName: 'wspolnie-api',
    logger: new DatabaseLogger(),
    maxQueryExecutionTime: SLOW_QUERY_THRESHOLD_MS,
    poolSize: settings.poolSize,
    poolErrorHandler: (error: unknown) =>
      log.warn(`database connection lost: ${error instanceof Error ? error.message : String(error)}`),
    extra: {
      statement_timeout: settings.statementTimeoutMs ?? 30_000,
      idle_in_transaction_session_timeout: 60_000,
      connectionTimeoutMillis: 10_000,
    },
  };
}
