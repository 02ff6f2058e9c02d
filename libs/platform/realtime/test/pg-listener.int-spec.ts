import { Module } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { DomainError } from '@wspolnie/platform-errors';
import { AccessRecheck } from '@wspolnie/platform-graphql';
import { createTestApp, createTestDatabase, type PgProxy, ProbeResolver, startPgProxy, type TestApp, type TestDatabase } from '@wspolnie/platform-testing';
import { randomUUID } from 'node:crypto';
import { EventLog, EventStreams, PgListener, RealtimeModule, realtimeMigrations, type StreamEvent } from '../src';

@Module({ imports: [RealtimeModule], providers: [ProbeResolver] })
class RealtimeTestModule {}

/** Polls `condition` until it holds; fails after `ms` (generous: the machine may be busy). */
async function until(condition: () => boolean | Promise<boolean>, what: string, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Takes `count` events from a follower; a missing one fails the test after `ms`. */
async function take(iterator: AsyncIterator<StreamEvent | AccessRecheck>, count: number, ms = 20_000): Promise<number[]> {
  const taken: number[] = [];
  const deadline = Date.now() + ms;
  while (taken.length < count) {
    let timer: NodeJS.Timeout | undefined;
    const next = await Promise.race([
      iterator.next(),
      new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), Math.max(0, deadline - Date.now())))),
    ]);
    clearTimeout(timer);
    if (next === 'timeout') throw new Error(`only ${taken.length} of ${count} events arrived`);
    if (next.done) break;
    if (!(next.value instanceof AccessRecheck)) taken.push(next.value.seq);
  }
  return taken;
}

/**
 * The LISTEN connection under faults. The app under test reaches PostgreSQL through a proxy
 * the test controls; a second app on the same database, connected directly, writes.
 */
describe('the LISTEN connection under faults', () => {
  let database: TestDatabase;
  let proxy: PgProxy;
  let api: TestApp;
  let writer: TestApp;
  let listener: PgListener;

  beforeAll(async () => {
    database = await createTestDatabase(realtimeMigrations);
    proxy = await startPgProxy(database.url);
    api = await createTestApp({ imports: [RealtimeTestModule], migrations: realtimeMigrations, database: { ...database, url: proxy.url } });
    writer = await createTestApp({ imports: [RealtimeTestModule], migrations: realtimeMigrations, database });
    listener = api.app.get(PgListener);
  });
  afterEach(async () => {
    proxy.release();
    proxy.restore();
    await until(() => listener.health.up, 'the listener coming back');
  });
  afterAll(async () => {
    await writer?.close();
    await api?.close();
    await proxy?.close();
    await database?.drop();
  });

  const append = (streamId: string, count = 1) =>
    writer.app.get(TransactionHost).withTransaction(async () => {
      for (let i = 0; i < count; i += 1) await writer.app.get(EventLog).append(streamId, { topic: 'test', subjectId: streamId, action: 'updated' });
    });
  /** The backends of the app's LISTEN connections (through the proxy; the writer has its own). */
  const listenerPids = async (): Promise<number[]> => {
    const ports = proxy.connections().flatMap((connection) => (connection.applicationName === 'wspolnie-listener' && connection.clientPort ? [connection.clientPort] : []));
    const rows = await writer.dataSource.query(`SELECT pid FROM pg_stat_activity WHERE application_name = 'wspolnie-listener' AND client_port = ANY($1::int[])`, [ports]);
    return rows.map((row: { pid: number }) => row.pid);
  };

  it('notices a connection that stopped answering, goes on delivering by reading the log, and is replaced', async () => {
    const stream = randomUUID();
    const follower = api.app.get(EventStreams).follow(stream, { afterSeq: 0 });
    await append(stream);
    expect(await take(follower, 1)).toEqual([1]);
    expect(listener.health.up).toBe(true);

    // The socket stays open, and nothing comes back: a frozen server process, as with SIGSTOP.
    proxy.hang('wspolnie-listener');
    await until(() => !listener.health.up, 'noticing the hung connection');
    expect(listener.health.reason).toMatch(/heartbeat|terminated|timeout/i);

    // New LISTEN connections hang too, so these reach the follower by the reads on a timer.
    await append(stream, 2);
    expect(await take(follower, 2)).toEqual([2, 3]);
    expect(listener.health.up).toBe(false);

    proxy.release();
    await until(() => listener.health.up, 'reconnecting');
    await append(stream);
    expect(await take(follower, 1)).toEqual([4]);
    await follower.return?.();
  });

  it('replaces a killed LISTEN backend, and catches up on what was committed meanwhile', async () => {
    const stream = randomUUID();
    const follower = api.app.get(EventStreams).follow(stream, { afterSeq: 0 });
    const next = take(follower, 3);
    const [killed] = await listenerPids();
    expect(killed).toBeDefined();
    await writer.dataSource.query(`SELECT pg_terminate_backend($1)`, [killed]);
    await append(stream, 2);
    await until(async () => listener.health.up && (await listenerPids()).length === 1 && !(await listenerPids()).includes(killed), 'a new LISTEN connection');
    await append(stream);
    expect(await next).toEqual([1, 2, 3]);
    await follower.return?.();
  });

  it('keeps trying to reconnect while the database is gone, and ends a follower that needs it with SERVICE_UNAVAILABLE', async () => {
    const stream = randomUUID();
    await append(stream);
    const follower = api.app.get(EventStreams).follow(stream, { afterSeq: 1 });
    const pending = follower.next();
    proxy.cut();
    await until(() => !listener.health.up, 'noticing the lost connection');
    // The follower's read on the timer finds no database, and it is told to come back with its seq.
    const error = await pending.then(() => undefined, (thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', message: expect.stringContaining('afterSeq') });
    expect(api.app.get(EventStreams)['tails'].has(stream)).toBe(false);
    await until(() => (listener.health.attempts ?? 0) >= 5, 'five reconnect attempts');
    proxy.restore();
    await until(() => listener.health.up, 'reconnecting once the database is back');

    await append(stream);
    const resumed = api.app.get(EventStreams).follow(stream, { afterSeq: 1 });
    expect(await take(resumed, 1)).toEqual([2]);
    await resumed.return?.();
  });
});
