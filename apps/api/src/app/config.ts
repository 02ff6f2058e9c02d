import { createServer } from 'node:net';
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

/**
 * Ends the process with one line when the HTTP port is taken (or not allowed), before anything
 * else starts: a second `npm start` beside a running one says so at once. `0` picks a free port.
 */
export async function portFreeOrExit(port: number, host?: string): Promise<void> {
  if (port === 0) return;
  const problem = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
    const probe = createServer();
    probe.once('error', resolve);
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(null)));
  });
  if (!problem) return;
  const where = host ? `${host}:${port}` : `port ${port}`;
  if (problem.code === 'EADDRINUSE') fail(`Wspólnie could not start: ${where} is already in use (is Wspólnie already running? Stop it, or set PORT to another port)`);
  if (problem.code === 'EACCES') fail(`Wspólnie could not start: ${where} needs more privileges (set PORT to 1024 or above)`);
  exitWith('Wspólnie could not start', problem);
}

function fail(line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(1);
}
