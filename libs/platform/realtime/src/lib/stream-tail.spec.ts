import { DomainError } from '@wspolnie/platform-errors';
import { AccessRecheck } from '@wspolnie/platform-graphql';
import type { StreamEvent } from './stream-event.entity';
import { PAGE } from './backlog-pages';
import { ACCESS_TOPIC, approximateBytes, type EventFilter, type Follower, StreamTail, TAIL_BYTES, type TailSource, topicsOf } from './stream-tail';

const event = (seq: number, topic = 'task', text = ''): StreamEvent =>
  ({ streamId: 's', seq, topic, subjectId: 'x', scopeId: null, action: 'updated', actorId: null, changes: text ? { description: { after: text } } : {}, occurredAt: new Date(0) }) as StreamEvent;

/**
 * A stream_event table whose queries answer with the rows present when they were sent (as a
 * statement's snapshot would) and, when `held`, only once released: the test decides when a
 * fetch that is in flight finishes.
 */
class FakeTable implements TailSource {
  readonly rows: StreamEvent[] = [];
  readonly pending: (() => void)[] = [];
  queries = 0;
  held = false;
  /** The next query fails with this, once. */
  failure?: Error;

  add(count: number, topic?: string, text?: string): void {
    for (let i = 0; i < count; i += 1) this.rows.push(event(this.rows.length + 1, topic, text));
  }

  head(): Promise<number> {
    return this.answer(this.rows.length) as Promise<number>;
  }

  newest(_streamId: string, limit: number): Promise<StreamEvent[]> {
    return this.answer(this.rows.slice(-limit).reverse());
  }

  read(_streamId: string, afterSeq: number, filter: EventFilter, limit: number): Promise<StreamEvent[]> {
    const wanted = (row: StreamEvent) => !topicsOf(filter) || topicsOf(filter)?.includes(row.topic) || row.topic === filter.alsoTopic;
    return this.answer(this.rows.filter((row) => row.seq > afterSeq && wanted(row)).slice(0, limit));
  }

  release(): void {
    this.pending.splice(0).forEach((resolve) => resolve());
  }

  private answer<T>(snapshot: T): Promise<T> {
    this.queries += 1;
    const failure = this.failure;
    this.failure = undefined;
    if (failure) return Promise.reject(failure);
    if (!this.held) return Promise.resolve(snapshot);
    return new Promise((resolve) => this.pending.push(() => resolve(snapshot)));
  }
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

async function seqs(iterator: AsyncIterator<StreamEvent | AccessRecheck>, count: number): Promise<number[]> {
  const taken: number[] = [];
  while (taken.length < count) {
    const { value } = await iterator.next();
    if (!(value instanceof AccessRecheck)) taken.push(value.seq);
  }
  return taken;
}

/** Everything a follower yields, access changes as "access:<user>". */
async function items(iterator: AsyncIterator<StreamEvent | AccessRecheck>, count: number): Promise<string[]> {
  const taken: string[] = [];
  while (taken.length < count) {
    const { value } = await iterator.next();
    taken.push(value instanceof AccessRecheck ? `access:${value.userId}` : String(value.seq));
  }
  return taken;
}

describe('StreamTail', () => {
  it('announces an access change in its place to every follower, whatever its filter', async () => {
    const table = new FakeTable();
    table.add(2);
    table.add(1, ACCESS_TOPIC);
    table.add(1);
    const tail = new StreamTail('s', table, { events: 2 });
    // Tasks only; one from the kept tail, one far behind it (reading the table).
    expect(await items(tail.events(2, { topic: 'task' }, tail.join()), 2)).toEqual(['access:x', '4']);
    expect(await items(tail.events(0, { topic: 'task' }, tail.join()), 4)).toEqual(['1', '2', 'access:x', '4']);
  });

  it('passes on only the topics of a list, from the kept tail and from the table alike', async () => {
    const table = new FakeTable();
    table.add(1, 'task');
    table.add(1, 'attachment');
    table.add(1, 'comment');
    table.add(1, 'attachment');
    table.add(1, 'task');
    const tail = new StreamTail('s', table, { events: 2 });
    const topics = async (afterSeq: number) => (await seqs(tail.events(afterSeq, { topic: ['task', 'comment'] }, tail.join()), 3)).map((seq) => table.rows[seq - 1].topic);
    expect(await topics(0)).toEqual(['task', 'comment', 'task']);
    expect(await seqs(tail.events(3, { topic: ['task', 'comment'] }, tail.join()), 1)).toEqual([5]);
    expect(await seqs(tail.events(0, { topic: 'comment' }, tail.join()), 1)).toEqual([3]);
  });

  it('answers a wake of many followers with one query', async () => {
    const table = new FakeTable();
    table.add(3);
    const tail = new StreamTail('s', table);
    const followers = Array.from({ length: 100 }, () => tail.events(0, {}, tail.join()));
    expect(await Promise.all(followers.map((follower) => seqs(follower, 3)))).toEqual(followers.map(() => [1, 2, 3]));
    expect(table.queries).toBe(1);

    const next = Promise.all(followers.map((follower) => seqs(follower, 2)));
    table.add(2);
    tail.wake(4);
    tail.wake(5);
    expect(await next).toEqual(followers.map(() => [4, 5]));
    expect(table.queries).toBe(2);
  });

  it('gives a follower woken while a fetch is in flight a newer fetch, not that one\'s answer', async () => {
    const table = new FakeTable();
    table.held = true;
    table.add(1);
    const tail = new StreamTail('s', table);
    const early = tail.events(0, {}, tail.join());
    let next = early.next();
    await settle();
    table.release();
    expect((await next).value.seq).toBe(1);

    next = early.next();
    table.add(1);
    tail.wake(2);
    await settle();
    expect(table.pending).toHaveLength(1);
    // Seq 3 commits and is announced while the fetch that will return only seq 2 is running.
    table.add(1);
    tail.wake(3);
    const late = tail.events(0, {}, tail.join());
    const lateEvents = seqs(late, 3);
    await settle();
    table.release();
    expect((await next).value.seq).toBe(2);
    await settle();
    expect(table.pending).toHaveLength(1);
    table.release();
    expect(await seqs(early, 1)).toEqual([3]);
    expect(await lateEvents).toEqual([1, 2, 3]);
    expect(table.queries).toBe(3);
  });

  it('skips the query for an announced seq it already holds, but not after a reconnect', async () => {
    const table = new FakeTable();
    table.add(2);
    const tail = new StreamTail('s', table);
    const follower = tail.events(0, {}, tail.join());
    expect(await seqs(follower, 2)).toEqual([1, 2]);
    const next = follower.next();
    tail.wake(2);
    await settle();
    expect(table.queries).toBe(1);
    tail.wake();
    await settle();
    expect(table.queries).toBe(2);
    table.add(1);
    tail.wake(3);
    expect((await next).value.seq).toBe(3);
  });

  it('sends a follower the tail has left behind to the table, filtered, and back to the tail', async () => {
    const table = new FakeTable();
    table.add(2, 'task');
    const tail = new StreamTail('s', table, { events: 3 });
    const fast = tail.events(0, {}, tail.join());
    const slow = tail.events(0, { topic: 'task' }, tail.join());
    expect(await seqs(fast, 2)).toEqual([1, 2]);
    expect(await seqs(slow, 1)).toEqual([1]);
    table.add(5, 'project');
    table.add(5, 'task');
    tail.wake(12);
    expect(await seqs(fast, 10)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    // The tail now holds 10–12 only; the slow follower's cursor is at 1.
    const before = table.queries;
    expect(await seqs(slow, 6)).toEqual([2, 8, 9, 10, 11, 12]);
    expect(table.queries).toBe(before + 1);
    table.add(1, 'task');
    tail.wake(13);
    expect(await seqs(slow, 1)).toEqual([13]);
  });

  it('ends a waiting follower when it leaves', async () => {
    const table = new FakeTable();
    const tail = new StreamTail('s', table);
    const follower = tail.join();
    const events = tail.events(0, {}, follower);
    const next = events.next();
    await settle();
    tail.leave(follower);
    await expect(next).resolves.toEqual({ done: true, value: undefined });
    expect(tail.idle).toBe(true);
  });

  it('keeps its events within a byte budget, and sends a follower behind it to the table', async () => {
    const table = new FakeTable();
    const text = 'ż'.repeat(10_000);
    table.add(30, 'task', text);
    const budget = 10 * approximateBytes(table.rows[0]);
    const tail = new StreamTail('s', table, { events: 1_000, bytes: budget });
    const live = tail.events(30, {}, tail.join());
    const next = live.next();
    await settle();
    // The first load keeps the newest events that fit: 21–30, not 1,000 of them.
    expect(tail.lastSeq).toBe(30);
    expect(tail.keptBytes).toBeLessThanOrEqual(budget);
    table.add(5, 'task', text);
    tail.wake(35);
    expect((await next).value.seq).toBe(31);
    expect(await seqs(live, 4)).toEqual([32, 33, 34, 35]);
    expect(tail.keptBytes).toBeLessThanOrEqual(budget);
    // One from the start: what the tail dropped comes from the table, then the tail; none missed.
    const before = table.queries;
    expect(await seqs(tail.events(0, {}, tail.join()), 35)).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
    expect(table.queries).toBe(before + 1);
  });

  it('holds 1,000 events of 10,000-character texts in TAIL_BYTES, not 40 MB', async () => {
    const table = new FakeTable();
    table.add(1_000, 'task', 'ą'.repeat(10_000));
    const tail = new StreamTail('s', table);
    expect(await seqs(tail.events(999, {}, tail.join()), 1)).toEqual([1_000]);
    expect(tail.keptBytes).toBeLessThanOrEqual(TAIL_BYTES);
    expect(tail.keptBytes).toBeGreaterThan(TAIL_BYTES / 2);
  });

  it('keeps the newest event even when it alone is over the budget', async () => {
    const table = new FakeTable();
    table.add(3, 'task', 'x'.repeat(5_000));
    const tail = new StreamTail('s', table, { bytes: 100 });
    expect(await seqs(tail.events(2, {}, tail.join()), 1)).toEqual([3]);
    expect(tail.lastSeq).toBe(3);
  });

  it('without afterSeq, sends only what commits after the follower started', async () => {
    const table = new FakeTable();
    table.add(5);
    const tail = new StreamTail('s', table);
    const follower = tail.events(undefined, {}, tail.join());
    const next = follower.next();
    await settle();
    table.add(2);
    tail.wake(7);
    expect((await next).value.seq).toBe(6);
    expect(await seqs(follower, 1)).toEqual([7]);
    // afterSeq 0 still replays from the start.
    expect(await seqs(tail.events(0, {}, tail.join()), 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('ends its followers with SERVICE_UNAVAILABLE when the database went away, and lets them go', async () => {
    const table = new FakeTable();
    table.add(1);
    const tail = new StreamTail('s', table);
    const followers = [tail.events(1, {}, tail.join()), tail.events(1, {}, tail.join())];
    const pending = followers.map((follower) => follower.next());
    await settle();
    table.failure = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    table.add(1);
    tail.wake(2);
    for (const next of pending) {
      const error = await next.then(() => undefined, (thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', message: expect.stringContaining('afterSeq') });
    }
    expect(tail.idle).toBe(true);
    // A mistake that is not the database's is not disguised as one.
    table.failure = new TypeError('a bug');
    const fresh = new StreamTail('s', table);
    await expect(fresh.events(0, {}, fresh.join()).next()).rejects.toThrow(TypeError);
  });
  it('hands a follower with a sink its events as they come while it waits, and one it refuses through next(), in order', async () => {
    const table = new FakeTable();
    table.add(2);
    const tail = new StreamTail('s', table);
    const pushed: string[] = [];
    let refuse = 0;
    const follower: Follower = tail.join();
    follower.sink = (value) => {
      const item = value instanceof AccessRecheck ? `access:${value.userId}` : String(value.seq);
      if (item === String(refuse)) return false;
      pushed.push(item);
      return true;
    };
    const events = tail.events(0, {}, follower);
    let next = events.next();
    await settle();
    expect(pushed).toEqual(['1', '2']);
    table.add(1);
    table.add(1, ACCESS_TOPIC);
    tail.wake(4);
    await settle();
    expect(pushed).toEqual(['1', '2', '3', 'access:x', '4']);
    // Refused: seq 6 and what follows it come through next(), then it is handed events again.
    refuse = 6;
    table.add(3);
    tail.wake(7);
    expect((await next).value.seq).toBe(6);
    expect(pushed).toEqual(['1', '2', '3', 'access:x', '4', '5']);
    next = events.next();
    await settle();
    expect(pushed.slice(-1)).toEqual(['7']);
    table.add(1);
    tail.wake(8);
    await settle();
    expect(pushed.slice(-1)).toEqual(['8']);
    tail.leave(follower);
    await expect(next).resolves.toEqual({ done: true, value: undefined });
  });

  it('shares its backlog reads: 20 followers resuming from nearby seqs read each page once, as one follower does', async () => {
    const catchUp = async (starts: number[]) => {
      const table = new FakeTable();
      table.add(3 * PAGE + 200);
      const tail = new StreamTail('s', table, { events: 100 });
      // A live follower loads the tail: the rest of the stream is behind it, in the table.
      const liveFollower = tail.join();
      const waiting = tail.events(table.rows.length, {}, liveFollower).next();
      await settle();
      const before = table.queries;
      const taken = await Promise.all(starts.map((start) => seqs(tail.events(start, {}, tail.join()), table.rows.length - start)));
      taken.forEach((got, i) => expect(got).toEqual(Array.from({ length: table.rows.length - starts[i] }, (_, j) => starts[i] + j + 1)));
      tail.leave(liveFollower);
      await waiting;
      return table.queries - before;
    };
    const one = await catchUp([0]);
    expect(one).toBe(4);
    expect(await catchUp(Array.from({ length: 20 }, (_, i) => i * 3))).toBe(one);
  });
});
