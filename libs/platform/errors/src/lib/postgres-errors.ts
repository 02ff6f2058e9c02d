/** SQLSTATE codes the services translate; see https://www.postgresql.org/docs/current/errcodes-appendix.html */
export const PgErrorCode = {
  UniqueViolation: '23505',
  ForeignKeyViolation: '23503',
  CheckViolation: '23514',
  NotNullViolation: '23502',
  StringTooLong: '22001',
  InvalidTextRepresentation: '22P02',
  QueryCanceled: '57014',
  LockNotAvailable: '55P03',
  SerializationFailure: '40001',
  DeadlockDetected: '40P01',
  AdminShutdown: '57P01',
  CrashShutdown: '57P02',
  CannotConnectNow: '57P03',
} as const;

interface PgLikeError {
  code?: unknown;
  constraint?: unknown;
  driverError?: PgLikeError;
}

/** The SQLSTATE and constraint name of an error from pg, whether or not TypeORM wrapped it. */
export function postgresErrorOf(error: unknown): { code: string; constraint?: string } | null {
  const candidate = error as PgLikeError | null;
  const pg = candidate?.driverError ?? candidate;
  if (typeof pg?.code !== 'string' || !/^[0-9A-Z]{5}$/.test(pg.code)) return null;
  return { code: pg.code, constraint: typeof pg.constraint === 'string' ? pg.constraint : undefined };
}

const CONNECTION_FAILURES = [/QueryRunnerAlreadyReleased/, /ECONNREFUSED/, /Connection terminated/i, /ECONNRESET/, /timeout exceeded when trying to connect/i];

/** Lost or refused database connections: the client may retry, nothing was written. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const pg = postgresErrorOf(error);
  if (pg) return UNAVAILABLE.has(pg.code) || pg.code.startsWith('08');
  // TypeORM's QueryRunnerAlreadyReleasedError: the pool dropped the connection mid-transaction.
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return CONNECTION_FAILURES.some((pattern) => pattern.test(text));
}

const UNAVAILABLE = new Set<string>([
  PgErrorCode.AdminShutdown,
  PgErrorCode.CrashShutdown,
  PgErrorCode.CannotConnectNow,
  // Rolled back whole by the server; the same request again is the right answer.
  PgErrorCode.SerializationFailure,
  PgErrorCode.DeadlockDetected,
]);

/** A statement stopped by statement_timeout or lock_timeout: undone, worth one more try later. */
export function isDatabaseTimeout(error: unknown): boolean {
  const code = postgresErrorOf(error)?.code;
  return code === PgErrorCode.QueryCanceled || code === PgErrorCode.LockNotAvailable;
}
