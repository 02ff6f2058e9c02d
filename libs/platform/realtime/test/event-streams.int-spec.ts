import { Module } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { AccessRecheck } from '@wspolnie/platform-graphql';
import { createTestApp, ProbeResolver, type TestApp } from '@wspolnie/platform-testing';
import { randomUUID } from 'node:crypto';
import { EVENTS_CHANNEL, EventLog, EventStreams, type FollowOptions, type NewEvent, RealtimeModule, realtimeMigrations, type StreamEvent } from '../src';
import { TAIL_BYTES } from '../src/lib/stream-tail';

@Module({ imports: [RealtimeModule], providers: [ProbeResolver] })
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

  const append = (app: TestApp, streamId: string, action = 'updated', fail = false, shape: Partial<NewEvent> = {}) =>
    app.app.get(TransactionHost).withTransaction(async () => {
      const event = await app.app.get(EventLog).append(streamId, { topic: 'test', subjectId: streamId, action, changes: { name: { before: 'Łódź', after: 'Żywiec' } }, ...shape });
      if (fail) throw new Error('rolled back');
      return event;
    });

  /** Appends `count` events in one transaction, numbered and announced as EventLog does, without `count` round trips. */
  const appendMany = (app: TestApp, streamId: string, count: number) =>
    app.dataSource.transaction(async (manager) => {
      const [{ last_seq: last }] = await manager.query(
        `INSERT INTO event_stream (stream_id, last_seq) VALUES ($1, $2)
         ON CONFLICT (stream_id) DO UPDATE SET last_seq = event_stream.last_seq + $2 RETURNING last_seq`,
        [streamId, count],
      );
      await manager.query(
        `INSERT INTO stream_event (stream_id, seq, topic, subject_id, action, changes)
         SELECT $1, $2::bigint - $3::int + g, 'bulk', $1, 'updated', '{}' FROM generate_series(1, $3::int) g`,
        [streamId, last, count],
      );
      await manager.query(`SELECT pg_notify($1, $2)`, [EVENTS_CHANNEL, `${streamId}:${last}`]);
    });

  /** Records the reads of stream_event one app sends, as its DatabaseLogger sees every statement. */
  function watchReads(app: TestApp) {
    const spy = jest.spyOn(app.dataSource.logger, 'logQuery');
    const reads = () => spy.mock.calls.filter(([query]) => /^\s*SELECT/i.test(query) && query.includes('FROM "stream_event"'));
    return { reads, clear: () => spy.mockClear(), stop: () => spy.mockRestore() };
  }

  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

  /** Takes `count` events from a follower, with a timeout so a missing event fails the test. */
  async function take(iterator: AsyncIterator<StreamEvent | AccessRecheck>, count: number, timeoutMs = 5_000): Promise<StreamEvent[]> {
    const taken: StreamEvent[] = [];
    const deadline = Date.now() + timeoutMs;
    while (taken.length < count) {
      let timer: NodeJS.Timeout | undefined;
      const next = await Promise.race([
        iterator.next(),
        new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), Math.max(0, deadline - Date.now())))),
      ]);
      clearTimeout(timer);
      if (next === 'timeout') throw new Error(`only ${taken.length} of ${count} events arrived`);
      if (next.done) break;
      if (!(next.value instanceof AccessRecheck)) taken.push(next.value);
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

  it('appends one event to each of several streams in one statement, and overlapping batches written at once neither deadlock nor repeat a seq', async () => {
    const streams = Array.from({ length: 6 }, () => randomUUID());
    await append(api, streams[2]);
    const log = api.app.get(EventLog);
    const each = (app: TestApp, ids: readonly string[]) =>
      app.app.get(TransactionHost).withTransaction(() => app.app.get(EventLog).appendEach(ids.map((streamId) => ({ streamId, topic: 'test', subjectId: streamId, action: 'noticed' }))));
    let written: StreamEvent[] = [];
    const statements = await api.countStatements(async () => (written = await each(api, [streams[3], streams[2], streams[0]])));
    // BEGIN, the one statement, COMMIT
    expect(statements).toBe(3);
    expect(written.map((event) => [event.streamId, event.seq])).toEqual([[streams[3], 1], [streams[2], 2], [streams[0], 1]]);
    await expect(log.appendEach([{ streamId: streams[1], topic: 't', subjectId: streams[1], action: 'a' }])).rejects.toThrow(/inside the transaction/);
    // Each batch names the streams in another order: the rows are locked sorted, whatever the order given.
    const batches = Array.from({ length: 12 }, (_, i) => (i % 2 ? [...streams].reverse() : [...streams.slice(i % 6), ...streams.slice(0, i % 6)]));
    await Promise.all(batches.map((ids, i) => each(i % 2 ? api : second, ids)));
    for (const stream of streams) {
      const seqs = (await api.app.get(EventStreams).read(stream, 0)).map((event) => event.seq);
      expect(seqs).toEqual(range(1, seqs.length));
    }
    expect(await api.app.get(EventStreams).count(streams[2])).toBe(14);
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
    const first = api.app.get(EventStreams).follow(stream, { afterSeq: 0 });
    await append(api, stream);
    const [seen] = await take(first, 1);
    await first.return?.();
    for (let i = 0; i < 150; i += 1) await append(second, stream);
    const resumed = second.app.get(EventStreams).follow(stream, { afterSeq: seen.seq });
    const missed = await take(resumed, 150);
    expect(missed.map((event) => event.seq)).toEqual(Array.from({ length: 150 }, (_, i) => i + 2));
    await resumed.return?.();
  });

  it('without afterSeq sends only what commits after the follower started; afterSeq 0 replays from the start', async () => {
    const stream = randomUUID();
    const streams = api.app.get(EventStreams);
    for (let i = 0; i < 3; i += 1) await append(second, stream);
    const live = streams.follow(stream);
    const liveEvents = take(live, 2);
    // It has read where the stream stands (and loaded the tail after it).
    while (streams['tails'].get(stream)?.lastSeq !== 3) await new Promise((resolve) => setTimeout(resolve, 20));
    await append(second, stream);
    await append(second, stream);
    expect((await liveEvents).map((event) => event.seq)).toEqual([4, 5]);
    const replay = streams.follow(stream, { afterSeq: 0 });
    expect((await take(replay, 5)).map((event) => event.seq)).toEqual([1, 2, 3, 4, 5]);
    await Promise.all([live.return?.(), replay.return?.()]);
  });

  it('keeps a byte-bounded tail of long texts, and gives a follower from the start every event from the table', async () => {
    const stream = randomUUID();
    const streams = api.app.get(EventStreams);
    const text = 'Zażółć gęślą jaźń. '.repeat(530);
    const live = streams.follow(stream, { afterSeq: 0 });
    const liveEvents = take(live, 120, 20_000);
    for (let i = 0; i < 120; i += 1) await append(second, stream, 'updated', false, { changes: { description: { before: text, after: `${text}${i}` } } });
    expect((await liveEvents).map((event) => event.seq)).toEqual(range(1, 120));
    const tail = streams['tails'].get(stream)!;
    expect(tail.keptBytes).toBeLessThanOrEqual(TAIL_BYTES);
    expect(tail.lastSeq - tail['base']).toBeLessThan(120);
    const late = streams.follow(stream, { afterSeq: 0 });
    const events = await take(late, 120, 20_000);
    expect(events.map((event) => event.seq)).toEqual(range(1, 120));
    expect(events[119].changes).toEqual({ description: { before: text, after: `${text}119` } });
    await Promise.all([live.return?.(), late.return?.()]);
  });

  it('ends a follower waiting for events as soon as the consumer stops', async () => {
    const follower = api.app.get(EventStreams).follow(randomUUID());
    const pending = follower.next();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await follower.return?.();
    await expect(pending).resolves.toEqual({ done: true, value: undefined });
  });

  it('serves 200 followers of one stream with reads that do not grow with them: every event to each, in order, once', async () => {
    const stream = randomUUID();
    const streams = api.app.get(EventStreams);
    const followers = Array.from({ length: 200 }, () => streams.follow(stream, { afterSeq: 0 }));
    const watch = watchReads(api);
    const received = followers.map(() => [] as number[]);
    const readsPerBurst: number[] = [];
    const bursts = 5;
    const size = 10;
    try {
      for (let burst = 0; burst < bursts; burst += 1) {
        watch.clear();
        // Written by the other process, so this app's statements are the followers' reads alone.
        const writing = Promise.all(Array.from({ length: size }, () => append(second, stream)));
        const taken = await Promise.all(followers.map((follower) => take(follower, size)));
        await writing;
        taken.forEach((events, i) => received[i].push(...events.map((event) => event.seq)));
        readsPerBurst.push(watch.reads().length);
      }
    } finally {
      watch.stop();
    }
    for (const seqs of received) expect(seqs).toEqual(range(1, bursts * size));
    // At most one read per notification (plus the tail's first load), whether 1 or 200 follow.
    for (const reads of readsPerBurst) expect(reads).toBeLessThanOrEqual(size + 1);
    await Promise.all(followers.map((follower) => follower.return?.()));
    expect(streams['tails'].has(stream)).toBe(false);
  });

  it('lets a follower resume from further back than the kept tail, and across bursts bigger than it, with no gap', async () => {
    const stream = randomUUID();
    const streams = api.app.get(EventStreams);
    await appendMany(second, stream, 1_200);
    // A live follower makes the tail keep the newest 1,000 (201–1,200).
    const live = streams.follow(stream, { afterSeq: 1_200 });
    const liveEvents = take(live, 20 + 1_500, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const watch = watchReads(api);
    const resumed = streams.follow(stream, { afterSeq: 50 });
    const resumedEvents = take(resumed, 1_150 + 20 + 1_500, 20_000);
    try {
      for (let i = 0; i < 20; i += 1) await append(second, stream);
      await appendMany(second, stream, 1_500);
      expect((await resumedEvents).map((event) => event.seq)).toEqual(range(51, 2_720));
      expect((await liveEvents).map((event) => event.seq)).toEqual(range(1_201, 2_720));
      // It read the table from its own cursor, before the tail begins.
      expect(watch.reads().some(([, parameters]) => (parameters as unknown[] | undefined)?.[1] === 50)).toBe(true);
    } finally {
      watch.stop();
      await Promise.all([live.return?.(), resumed.return?.()]);
    }
  });

  it('catches up from the table a follower whose slow consumer the tail has left behind', async () => {
    const stream = randomUUID();
    const streams = api.app.get(EventStreams);
    const fast = streams.follow(stream, { afterSeq: 0 });
    const slow = streams.follow(stream, { afterSeq: 0 });
    await append(second, stream);
    expect((await take(slow, 1)).map((event) => event.seq)).toEqual([1]);
    await appendMany(second, stream, 1_500);
    await append(second, stream);
    expect((await take(fast, 1_502, 20_000)).at(-1)?.seq).toBe(1_502);
    expect((await take(slow, 1_501, 20_000)).map((event) => event.seq)).toEqual(range(2, 1_502));
    await Promise.all([fast.return?.(), slow.return?.()]);
  });

  it('filters by scope and topic in memory for followers within the tail, each from its own cursor', async () => {
    const stream = randomUUID();
    const [scopeA, scopeB] = [randomUUID(), randomUUID()];
    const shapes = [
      { topic: 'task', scopeId: scopeA },
      { topic: 'project', scopeId: scopeA },
      { topic: 'task', scopeId: scopeB },
      { topic: 'project', scopeId: null },
      { topic: 'task', scopeId: null },
    ];
    const shapeOf = (seq: number) => shapes[(seq - 1) % shapes.length];
    const write = async (count: number) => {
      for (let i = 0; i < count; i += 1) await append(second, stream, 'updated', false, shapeOf((await api.app.get(EventStreams).count(stream)) + 1));
    };
    await write(20);
    const filters: FollowOptions[] = [{}, { scopeId: scopeA }, { topic: 'task' }, { scopeId: scopeA, topic: 'task' }, { scopeId: scopeB, topic: 'task' }, { topic: ['project', 'meeting'] }];
    const topicOk = (filter: FollowOptions, topic: string) => !filter.topic || (typeof filter.topic === 'string' ? [filter.topic] : filter.topic).includes(topic);
    const expected = (filter: FollowOptions, afterSeq: number) =>
      range(afterSeq + 1, 40).filter((seq) => (!filter.scopeId || shapeOf(seq).scopeId === filter.scopeId) && topicOk(filter, shapeOf(seq).topic));
    const watch = watchReads(api);
    const followers = filters.flatMap((filter) =>
      [0, 10].map((afterSeq) => ({ want: expected(filter, afterSeq), events: api.app.get(EventStreams).follow(stream, { ...filter, afterSeq }) })),
    );
    try {
      const taking = followers.map(({ want, events }) => take(events, want.length));
      await write(20);
      const taken = await Promise.all(taking);
      taken.forEach((events, i) => expect(events.map((event) => event.seq)).toEqual(followers[i].want));
      const filtered = watch.reads().filter(([query]) => /"(scope_id|topic)" =/.test(query.split('WHERE')[1] ?? ''));
      expect(filtered).toEqual([]);
      // Read from the table (a follower behind the tail), a topic list filters there too.
      const listed = await api.app.get(EventStreams).read(stream, 0, { scopeId: scopeA, topic: ['project', 'meeting'] });
      expect(listed.map((event) => event.seq)).toEqual(expected({ scopeId: scopeA, topic: ['project', 'meeting'] }, 0));
    } finally {
      watch.stop();
      await Promise.all(followers.map(({ events }) => events.return?.()));
    }
  });
  it('shares the backlog reads of followers resuming one stream from nearby seqs: 20 read the table as often as one', async () => {
    const streams = api.app.get(EventStreams);
    const readsToCatchUp = async (starts: number[]) => {
      const stream = randomUUID();
      await appendMany(second, stream, 2_500);
      // A live follower makes the tail keep the newest 1,000: the rest is read from the table.
      const live = streams.follow(stream, { afterSeq: 2_500 });
      const waiting = live.next();
      await new Promise((resolve) => setTimeout(resolve, 100));
      const watch = watchReads(api);
      const followers = starts.map((afterSeq) => streams.follow(stream, { afterSeq }));
      try {
        const taken = await Promise.all(followers.map((follower, i) => take(follower, 2_500 - starts[i], 20_000)));
        taken.forEach((events, i) => expect(events.map((event) => event.seq)).toEqual(range(starts[i] + 1, 2_500)));
        return watch.reads().length;
      } finally {
        watch.stop();
        await Promise.all([...followers, live].map((follower) => follower.return?.()));
        await waiting;
      }
    };
    const one = await readsToCatchUp([0]);
    expect(one).toBe(2);
    expect(await readsToCatchUp(Array.from({ length: 20 }, (_, i) => i * 5))).toBe(one);
  });
});
