import { createServer, type Server, connect, type Socket } from 'node:net';

/**
 * A TCP proxy between an app and PostgreSQL that a test can make misbehave, deterministically
 * and without privileges: hang the connections of one application_name (open, but nothing
 * gets through either way, as with a frozen server process), or cut every connection and
 * refuse new ones (a database that went away, as in a restart).
 */
export interface PgProxy {
  /** `databaseUrl` with its host and port replaced by the proxy's. */
  readonly url: string;
  /**
   * Nothing passes, either way, on the connections whose startup message names this
   * application_name, open ones and new ones alike, until `release`. The sockets stay open.
   */
  hang(applicationName: string): void;
  /** Hung connections pass again (what they held is delivered), and new ones are not hung. */
  release(): void;
  /** Destroys every connection, and every new one at once, until `restore`. */
  cut(): void;
  restore(): void;
  /**
   * The connections open now: their application_name ('' while the startup is not read yet)
   * and the local port of the proxy's socket to the server (pg_stat_activity.client_port).
   */
  connections(): { applicationName: string; clientPort?: number }[];
  close(): Promise<void>;
}

interface Pipe {
  readonly client: Socket;
  readonly server: Socket;
  name?: string;
  /** Startup bytes read so far, until the startup message is complete. */
  startup: Buffer;
  readonly toServer: Buffer[];
  readonly toClient: Buffer[];
}

/** The application_name of a complete StartupMessage, '' when it names none, undefined while incomplete. */
function applicationNameOf(startup: Buffer): string | undefined {
  if (startup.length < 8) return undefined;
  const length = startup.readInt32BE(0);
  if (startup.length < length) return undefined;
  // key\0value\0 pairs after the length and the protocol version.
  const fields = startup.subarray(8, length).toString('utf8').split('\u0000');
  const at = fields.indexOf('application_name');
  return at >= 0 ? (fields[at + 1] ?? '') : '';
}

export async function startPgProxy(databaseUrl: string): Promise<PgProxy> {
  const target = new URL(databaseUrl);
  const pipes = new Set<Pipe>();
  let hung: string | undefined;
  let cut = false;

  const holds = (pipe: Pipe) => pipe.name === undefined || (hung !== undefined && pipe.name === hung);
  const flush = (pipe: Pipe) => {
    if (holds(pipe)) return;
    pipe.toServer.splice(0).forEach((chunk) => pipe.server.write(chunk));
    pipe.toClient.splice(0).forEach((chunk) => pipe.client.write(chunk));
  };
  const end = (pipe: Pipe) => {
    pipes.delete(pipe);
    pipe.client.destroy();
    pipe.server.destroy();
  };

  const proxy: Server = createServer((client) => {
    if (cut) {
      client.destroy();
      return;
    }
    const server = connect(Number(target.port || 5432), target.hostname);
    const pipe: Pipe = { client, server, startup: Buffer.alloc(0), toServer: [], toClient: [] };
    pipes.add(pipe);
    client.on('data', (chunk: Buffer) => {
      if (pipe.name === undefined) {
        pipe.startup = Buffer.concat([pipe.startup, chunk]);
        pipe.name = applicationNameOf(pipe.startup);
      }
      pipe.toServer.push(chunk);
      flush(pipe);
    });
    server.on('data', (chunk: Buffer) => {
      pipe.toClient.push(chunk);
      flush(pipe);
    });
    for (const socket of [client, server]) {
      socket.on('error', () => end(pipe));
      socket.on('close', () => end(pipe));
    }
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const address = proxy.address();
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(typeof address === 'object' && address ? address.port : 0);

  return {
    url: url.toString(),
    hang(applicationName) {
      hung = applicationName;
    },
    release() {
      hung = undefined;
      pipes.forEach(flush);
    },
    cut() {
      cut = true;
      [...pipes].forEach(end);
    },
    restore() {
      cut = false;
    },
    connections: () => [...pipes].map((pipe) => ({ applicationName: pipe.name ?? '', clientPort: pipe.server.localPort })),
    async close() {
      [...pipes].forEach(end);
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    },
  };
}
