import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { PartnershipRole } from '@wspolnie/identity';
import { createTestApp, createTestDatabase, type PgProxy, startPgProxy, type TestApp, type TestDatabase } from '@wspolnie/platform-testing';
import { createClient } from 'graphql-ws';
import { Client } from 'pg';
import WebSocket from 'ws';
import { CONTEXT_MODULES, MIGRATIONS } from '../src/app/composition';
import { HealthController } from '../src/app/health/health.controller';
import { partnershipRow, signedIn } from './people.factory';

@Module({ imports: [TerminusModule], controllers: [HealthController] })
class HealthTestModule {}

/** The id is written in the document, not a variable: it works whichever id scalar the argument is declared with. */
const activity = (partnershipId: string) => `subscription ($afterSeq: Int) {
  partnershipActivity(partnershipId: "${partnershipId}", afterSeq: $afterSeq) { seq action }
}`;

/** Polls `condition` until it holds; fails after `ms` (generous: the machine may be busy). */
async function until(condition: () => boolean | Promise<boolean>, what: string, ms = 25_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface Ended {
  readonly code: string;
  readonly message?: string;
}

/** One graphql-ws connection of a signed-in person; each `follow` is a subscription on it, recording its seqs and how it ended. */
function socketOf(api: TestApp, token: string) {
  const client = createClient({ url: api.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  return {
    follow(partnershipId: string, afterSeq?: number) {
      const seqs: number[] = [];
      let settle!: (ended: Ended) => void;
      const ended = new Promise<Ended>((resolve) => (settle = resolve));
      const stop = client.subscribe(
        { query: activity(partnershipId), variables: afterSeq === undefined ? {} : { afterSeq } },
        {
          next: (message) => {
            if (message.errors) return settle({ code: String(message.errors[0]?.extensions?.['code']), message: message.errors[0]?.message });
            seqs.push((message.data as { partnershipActivity: { seq: number } }).partnershipActivity.seq);
          },
          error: (error) => {
            const first = Array.isArray(error) ? (error[0] as { message?: string; extensions?: { code?: string } }) : undefined;
            settle({ code: first?.extensions?.code ?? `closed ${(error as { code?: number }).code ?? ''}`, message: first?.message });
          },
          complete: () => settle({ code: 'complete' }),
        },
      );
      return { seqs, ended, stop };
    },
    close: () => client.dispose() as Promise<void>,
  };
}

/**
 * Live updates when the database misbehaves, seen from outside: a graphql-ws subscriber of one
 * API process, its /health/ready, and changes made through a second process on the same
 * database. The first process reaches PostgreSQL through a proxy the test controls.
 */
describe('live updates under database faults', () => {
  let database: TestDatabase;
  let proxy: PgProxy;
  let api: TestApp;
  let writer: TestApp;
  let partnership: { id: string };
  let coordinator: Awaited<ReturnType<typeof signedIn>>;
  let observer: Awaited<ReturnType<typeof signedIn>>;
  let version = 1;

  beforeAll(async () => {
    database = await createTestDatabase(MIGRATIONS);
    proxy = await startPgProxy(database.url);
    api = await createTestApp({ imports: [...CONTEXT_MODULES, HealthTestModule], migrations: MIGRATIONS, database: { ...database, url: proxy.url } });
    writer = await createTestApp({ imports: CONTEXT_MODULES, migrations: MIGRATIONS, database });
    partnership = await partnershipRow(writer);
    coordinator = await signedIn(writer, { partnershipId: partnership.id, role: PartnershipRole.COORDINATOR });
    observer = await signedIn(api, { partnershipId: partnership.id, role: PartnershipRole.OBSERVER });
    await change();
  });
  afterEach(async () => {
    proxy.release();
    proxy.restore();
    await until(async () => (await ready()).status === 200, 'readiness coming back');
  });
  afterAll(async () => {
    await writer?.close();
    await api?.close();
    await proxy?.close();
    await database?.drop();
  });

  /** A change through the other process: the next seq of the partnership's log. */
  async function change(): Promise<void> {
    const result = await coordinator.gql(`mutation ($i: UpdatePartnershipInput!) { updatePartnership(input: $i) { version } }`, {
      i: { id: partnership.id, expectedVersion: version, description: `zmiana ${version}` },
    });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    version += 1;
  }
  const lastSeq = async () => Number((await writer.dataSource.query(`SELECT last_seq FROM event_stream WHERE stream_id = $1`, [partnership.id]))[0]?.last_seq ?? 0);
  const ready = async () => {
    const response = await fetch(api.url.replace('/graphql', '/health/ready'));
    return { status: response.status, body: (await response.json()) as { details?: Record<string, { status: string }> } };
  };
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

  it('say not ready while the LISTEN connection hangs, deliver every change meanwhile, and are ready again once it is replaced', async () => {
    expect((await ready()).status).toBe(200);
    const socket = socketOf(api, observer.accessToken);
    const from = await lastSeq();
    const followed = socket.follow(partnership.id, from);
    await change();
    await until(() => followed.seqs.includes(from + 1), 'the first change');

    // Its socket stays open and nothing comes back, as from a frozen backend (SIGSTOP).
    proxy.hang('wspolnie-listener');
    await until(async () => (await ready()).status === 503, 'readiness going red');
    const red = await ready();
    expect(red.body.details?.['liveUpdates']?.status).toBe('down');
    expect(red.body.details?.['database']?.status).toBe('up');

    // Replacement connections hang too: these arrive by reading the log on a timer.
    await change();
    await change();
    await until(() => followed.seqs.length === 3, 'the changes made while the listener hangs');
    expect((await ready()).status).toBe(503);

    proxy.release();
    await until(async () => (await ready()).status === 200, 'readiness going green');
    await change();
    await until(() => followed.seqs.length === 4, 'a change after the listener is back');
    expect(followed.seqs).toEqual(range(from + 1, from + 4));
    await socket.close();
  });

  it('end a subscription whose read is killed (57P01) with SERVICE_UNAVAILABLE, and lose nothing when it subscribes again with afterSeq', async () => {
    const socket = socketOf(api, observer.accessToken);
    const from = await lastSeq();
    const followed = socket.follow(partnership.id, from);
    await change();
    await until(() => followed.seqs.includes(from + 1), 'the first change');

    // The next read of the log waits on a lock; its backend is then terminated.
    const locker = new Client({ connectionString: database.url });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE stream_event IN ACCESS EXCLUSIVE MODE');
      await writer.dataSource.query(`SELECT pg_notify('wspolnie_events', $1)`, [`${partnership.id}:${from + 2}`]);
      let waiting: number[] = [];
      await until(async () => {
        waiting = (await writer.dataSource.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock' AND query LIKE '%stream_event%'`, [database.name])).map((row: { pid: number }) => row.pid);
        return waiting.length > 0;
      }, 'the read waiting on the lock');
      await writer.dataSource.query(`SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid`, [waiting]);
      const ended = await followed.ended;
      expect(ended.code).toBe('SERVICE_UNAVAILABLE');
      expect(ended.message).toMatch(/afterSeq/);
    } finally {
      await locker.query('ROLLBACK').catch(() => undefined);
      await locker.end();
    }

    // On the same socket: everything after the last seq it saw, then live changes.
    await change();
    const resumed = socket.follow(partnership.id, followed.seqs.at(-1));
    await until(() => resumed.seqs.length === 1, 'the change missed while away');
    await change();
    await until(() => resumed.seqs.length === 2, 'a live change');
    expect([...followed.seqs, ...resumed.seqs]).toEqual(range(from + 1, from + 3));
    await socket.close();
  });

  it('end subscriptions with SERVICE_UNAVAILABLE when the database goes away, say not ready until it is back, and lose nothing', async () => {
    const socket = socketOf(api, observer.accessToken);
    const from = await lastSeq();
    const followed = socket.follow(partnership.id, from);
    await change();
    await until(() => followed.seqs.includes(from + 1), 'the first change');

    // Every connection of this process to the database is cut and refused, as in a restart.
    proxy.cut();
    const ended = await followed.ended;
    expect(ended.code).toBe('SERVICE_UNAVAILABLE');
    expect(ended.message).toMatch(/afterSeq/);
    expect((await ready()).status).toBe(503);
    // The other process still writes.
    await change();
    await change();

    proxy.restore();
    await until(async () => (await ready()).status === 200, 'readiness going green');
    const resumed = socket.follow(partnership.id, followed.seqs.at(-1));
    await until(() => resumed.seqs.length === 2, 'the changes made while the database was away');
    await change();
    await until(() => resumed.seqs.length === 3, 'a live change');
    expect([...followed.seqs, ...resumed.seqs]).toEqual(range(from + 1, from + 4));
    await socket.close();
  });

  it('send only changes committed after the subscription started without afterSeq, and the whole log from afterSeq 0', async () => {
    const socket = socketOf(api, observer.accessToken);
    const before = await lastSeq();
    const live = socket.follow(partnership.id);
    // Its start is not visible from outside: change until one arrives.
    await until(async () => {
      await change();
      await new Promise((resolve) => setTimeout(resolve, 200));
      return live.seqs.length > 0;
    }, 'a live change');
    const last = await lastSeq();
    await until(() => live.seqs.at(-1) === last, 'the changes after it');
    // Nothing from before it started, and from its first on, everything once and in order.
    expect(live.seqs[0]).toBeGreaterThan(before);
    expect(live.seqs).toEqual(range(live.seqs[0], last));

    const replay = socket.follow(partnership.id, 0);
    await until(() => replay.seqs.at(-1) === last, 'the replay');
    expect(replay.seqs).toEqual(range(1, last));
    await socket.close();
  });
});
