import { AppConfig, ConfigurationError, readEnvironment } from '@wspolnie/platform-config';

/** Reads the configuration, or ends the process with one line naming what is wrong. */
export function configOrExit(options: { shareRunningServer?: boolean } = {}): AppConfig {
  try {
    return new AppConfig(readEnvironment(process.env), process.cwd(), options);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/** The last words of a process that could not start: one line, no stack trace. */
export function exitWith(what: string, error: unknown): never {
  const reason = error instanceof Error ? error.message : String(error);
  const hint = /EADDRINUSE/.test(reason)
    ? ' (the port is taken: set PORT to another one)'
    : /ECONNREFUSED|ENOTFOUND|password authentication failed|does not exist/.test(reason)
      ? ' (check that PostgreSQL runs where DATABASE_URL points, or unset DATABASE_URL to use the embedded one)'
      : '';
  process.stderr.write(`${what}: ${reason.split('\n')[0]}${hint}\n`);
  process.exit(1);
}
