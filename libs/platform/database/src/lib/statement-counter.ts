import { AsyncLocalStorage } from 'node:async_hooks';
import { Logger as NestLogger } from '@nestjs/common';
import type { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';

/** Statements counted for the work running in this async context (one HTTP request). */
export const statementsInContext = new AsyncLocalStorage<{ statements: number }>();

export const SLOW_QUERY_THRESHOLD_MS = 500;

/**
 * TypeORM logger that counts every SQL statement sent, so tests can assert that a nested
 * GraphQL query runs a bounded number of statements (no N+1), and that logs slow queries and
 * failures through the application logger. Statement text goes to debug level only.
 */
export class DatabaseLogger implements TypeOrmLogger {
  private readonly logger = new NestLogger('Database');
  private statements = 0;

  get statementCount(): number {
    return this.statements;
  }

  logQuery(query: string): void {
    this.statements += 1;
    const context = statementsInContext.getStore();
    if (context) context.statements += 1;
    this.logger.debug?.(query);
  }

  logQueryError(error: string | Error, query: string): void {
    this.statements += 1;
    const context = statementsInContext.getStore();
    if (context) context.statements += 1;
    this.logger.warn(`query failed: ${error instanceof Error ? error.message : error} (${query.slice(0, 200)})`);
  }

  logQuerySlow(time: number, query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    this.logger.warn(`slow query (${time} ms): ${query.slice(0, 500)}`);
  }

  logSchemaBuild(message: string): void {
    this.logger.debug?.(message);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
    else this.logger.debug?.(String(message));
  }
}
