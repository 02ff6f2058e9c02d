import { Module } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { TransactionHost } from '@nestjs-cls/transactional';
import { Public } from '@wspolnie/platform-graphql';
import { createTestApp, type TestApp } from '@wspolnie/platform-testing';
import { randomUUID } from 'node:crypto';
import { EventLog, EventStreams, RealtimeModule, realtimeMigrations, type StreamEvent } from '../src';

/** A GraphQL schema needs one query; this lib has none of its own. */
@Resolver()
class Probe {
  @Public()
  @Query(() => String)
  ping() {
    return 'pong';
  }
}

@Module({ imports: [RealtimeModule], providers: [Probe] })
class RealtimeTestModule {}

describe('event streams on PostgreSQL', () => {
  let api: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    api = await createTestApp({ imports: [RealtimeTestModule], migrations: realtimeMigrations });
    // A second, independent app on the same database: its own pool and its own LISTEN connection.
    second = await createTestApp({ imports: [RealtimeTestModule], migrations: realtimeMigrations, database: api.database });
  });
  afterAll(async () => {
    await second?.close();
    await api?.close();
  });

  const append = (app: TestApp, streamId: string, action = 'updated', fail = false) =>
    app.app.get(TransactionHost).withTransaction(async () => {
      const event = await app.app.get(EventLog).append(streamId, { topic: 'test', subjectId: streamId, action, changes: { name: { before: 'Łódź', after: 'Żywiec' } } });
      if (fail) throw new Error('rolled back');
      return event;
    });

  /** Takes `count` events from a follower, with a timeout so a missing event fails the test. */
  async function take(iterator: AsyncIterator<StreamEvent>, count: number, timeoutMs = 5_000): Promise<StreamEvent[]> {
    const taken: StreamEvent[] = [];
    const deadline = Date.now() + timeoutMs;
    while (taken.length < count) {
      const next = await Promise.race([
        iterator.next(),
        new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), Math.max(0, deadline - Date.now()))),
      ]);
      if (next === 'timeout') throw new Error(`only ${taken.length} of ${count} events arrived`);
      if (next.done) break;
      taken.push(next.value);
    }
    return taken;
  }

  it('refuses to append outside a transaction', async () => {
    await expect(api.app.get(EventLog).append(randomUUID(), { topic: 't', subjectId: randomUUID(), action: 'a' })).rejects.toThrow(/inside the transaction/);
  });

  it('numbers a stream 1, 2, 3 … and gives a rolled-back number back', async () => {
    const stream = randomUUID();
    expect((await append(api, stream)).seq).toBe(1);
    await expect(append(api, stream, 'updated', true)).rejects.toThrow('rolled back');
    expect((await append(api, stream)).seq).toBe(2);
    const stored = await api.app.get(EventStreams).read(stream, 0);
    expect(stored.map((event) => event.seq)).toEqual([1, 2]);
    expect(stored[0].changes).toEqual({ name: { before: 'Łódź', after: 'Żywiec' } });
  });

  it('gives concurrent writers consecutive numbers with no gap and no repeat', async () => {
    const stream = randomUUID();
    const written = await Promise.all(Array.from({ length: 20 }, (_, i) => append(i % 2 ? api : second, stream)));
    expect(written.map((event) => event.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('replays from a cursor, then delivers live events written by another process, in order', async () => {
    const stream = randomUUID();
    for (let i = 0; i < 5; i += 1) await append(api, stream);
    const follower = second.app.get(EventStreams).follow(stream, { afterSeq: 2 });
    const replayed = await take(follower, 3);
    expect(replayed.map((event) => event.seq)).toEqual([3, 4, 5]);
    const writing = Promise.all([append(api, stream), append(api, stream)]);
    const live = await take(follower, 2);
    await writing;
    expect(live.map((event) => event.seq)).toEqual([6, 7]);
    await follower.return?.();
  });

  it('lets a client that was away for 150 changes resume from its last seq with nothing lost or repeated', async () => {
    const stream = randomUUID();
    const first = api.app.get(EventStreams).follow(stream);
    await append(api, stream);
    const [seen] = await take(first, 1);
    await first.return?.();
    for (let i = 0; i < 150; i += 1) await append(second, stream);
    const resumed = second.app.get(EventStreams).follow(stream, { afterSeq: seen.seq });
    const missed = await take(resumed, 150);
    expect(missed.map((event) => event.seq)).toEqual(Array.from({ length: 150 }, (_, i) => i + 2));
    await resumed.return?.();
  });

  it('ends a follower waiting for events as soon as the consumer stops', async () => {
    const follower = api.app.get(EventStreams).follow(randomUUID());
    const pending = follower.next();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await follower.return?.();
    await expect(pending).resolves.toEqual({ done: true, value: undefined });
  });
});
