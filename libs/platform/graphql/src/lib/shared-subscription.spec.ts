import { type ExecutionResult, GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from 'graphql';
import { isShareable, shapeKey, SHARED_RESULTS_LIMIT, sharedResultsHeld, shareableSubscribe } from './shared-subscription';

/**
 * One stream's log, shared by its followers as the event tail is: each follower reads the same
 * event objects from its own cursor, then waits for appended ones.
 */
function sharedLog() {
  const events: { seq: number }[] = [];
  const waiting = new Set<() => void>();
  return {
    events,
    append(count: number) {
      for (let i = 0; i < count; i += 1) events.push({ seq: events.length + 1 });
      [...waiting].forEach((wake) => wake());
    },
    follow(afterSeq: number): AsyncIterableIterator<{ seq: number }> {
      let cursor = afterSeq;
      let stopped = false;
      let wake: (() => void) | undefined;
      return {
        async next() {
          while (!stopped && cursor >= events.length) {
            await new Promise<void>((resolve) => waiting.add((wake = resolve)));
            waiting.delete(wake!);
          }
          return stopped ? { done: true, value: undefined } : { done: false, value: events[cursor++] };
        },
        async return() {
          stopped = true;
          wake?.();
          return { done: true, value: undefined };
        },
        [Symbol.asyncIterator]() {
          return this;
        },
      };
    },
  };
}

/** A source that yields what is pushed into it, and records whether it was released. */
function channel<T>() {
  const waiting: ((value: IteratorResult<T>) => void)[] = [];
  const state = { released: false };
  const iterator: AsyncIterableIterator<T> = {
    next: () => new Promise((resolve) => waiting.push(resolve)),
    return: async () => {
      state.released = true;
      waiting.splice(0).forEach((resolve) => resolve({ done: true, value: undefined }));
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return { iterator, state, push: (value: T) => waiting.splice(0).forEach((resolve) => resolve({ done: false, value })) };
}

describe('subscriptions shared between subscribers', () => {
  let executions = 0;
  const subscribers: ReturnType<typeof channel<{ seq: number }>>[] = [];
  let log = sharedLog();
  const Event = new GraphQLObjectType({
    name: 'Event',
    extensions: { sameForEverySubscriber: true },
    fields: {
      seq: { type: GraphQLInt, resolve: (event: { seq: number }) => (executions += 1, event.seq) },
      secret: { type: GraphQLString, extensions: { access: { kind: 'action', action: 'event.secret', scope: [] } } },
      open: { type: GraphQLString, extensions: { access: { kind: 'public' } } },
      label: { type: GraphQLString, args: { prefix: { type: GraphQLString } }, resolve: (event: { seq: number }, args: { prefix?: string }) => `${args.prefix ?? ''}${event.seq}` },
    },
  });
  const Viewer = new GraphQLObjectType({ name: 'Viewer', fields: { name: { type: GraphQLString, resolve: (_e, _a, context: { name: string }) => context.name } } });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ping: { type: GraphQLString } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        events: {
          type: Event,
          extensions: { sameForEverySubscriber: true },
          subscribe: () => {
            const source = channel<{ seq: number }>();
            subscribers.push(source);
            return source.iterator;
          },
          resolve: (event: unknown) => event,
        },
        replay: {
          type: Event,
          args: { afterSeq: { type: GraphQLInt }, stream: { type: GraphQLString } },
          extensions: { sameForEverySubscriber: true },
          subscribe: (_root: unknown, args: { afterSeq?: number }) => log.follow(args.afterSeq ?? 0),
          resolve: (event: unknown) => event,
        },
        viewerEvents: {
          type: Viewer,
          subscribe: () => {
            const source = channel<{ seq: number }>();
            subscribers.push(source);
            return source.iterator;
          },
          resolve: (event: unknown) => event,
        },
      },
    }),
  });

  beforeEach(() => {
    executions = 0;
    subscribers.length = 0;
    log = sharedLog();
  });
  afterEach(() => expect(sharedResultsHeld()).toBe(0));

  const subscribe = async (query: string, contextValue: unknown = {}, variableValues?: Record<string, unknown>) =>
    (await shareableSubscribe({ schema, document: parse(query), contextValue, variableValues })) as AsyncIterableIterator<ExecutionResult>;

  it('tells shareable selections from those that read the subscriber', () => {
    expect(isShareable(schema, parse('subscription { events { seq label __typename } }'))).toBe(true);
    expect(isShareable(schema, parse('subscription { events { ...E } } fragment E on Event { seq }'))).toBe(true);
    expect(isShareable(schema, parse('subscription { viewerEvents { name } }'))).toBe(false);
    expect(isShareable(schema, parse('query { ping }'))).toBe(false);
    // A field with an access rule of its own answers by who asks; a public one does not.
    expect(isShareable(schema, parse('subscription { events { seq secret } }'))).toBe(false);
    expect(isShareable(schema, parse('subscription { events { seq open } }'))).toBe(true);
  });

  it('shapes results by selection and variables, not by afterSeq or the operation name', () => {
    const key = (query: string, variableValues?: Record<string, unknown>) => shapeKey({ document: parse(query), variableValues });
    const resume = 'subscription Resume($a: Int, $s: String) { replay(afterSeq: $a, stream: $s) { seq } }';
    expect(key(resume, { a: 1, s: 'x' })).toBe(key(resume, { a: 900, s: 'x' }));
    expect(key(resume, { a: 1, s: 'x' })).toBe(key('subscription Other($s: String) { replay(afterSeq: 5, stream: $s) { seq } }', { s: 'x' }));
    expect(key(resume, { a: 1, s: 'x' })).toBe(key('subscription ($s: String) { replay(stream: $s) { seq } }', { s: 'x', unused: 1 }));
    expect(key(resume, { a: 1, s: 'x' })).not.toBe(key(resume, { a: 1, s: 'y' }));
    expect(key(resume, { a: 1, s: 'x' })).not.toBe(key('subscription ($a: Int, $s: String) { replay(afterSeq: $a, stream: $s) { seq label } }', { a: 1, s: 'x' }));
  });

  it('executes each event once for subscribers resuming from different afterSeq values, holding a bounded number of results', async () => {
    const count = 200;
    log.append(50);
    const query = 'subscription ($after: Int) { replay(afterSeq: $after) { seq } }';
    const streams = await Promise.all(Array.from({ length: count }, (_, i) => subscribe(query, {}, { after: i % 50 })));
    const received = streams.map(() => [] as number[]);
    let mostHeld = 0;
    const reading = streams.map(async (stream, i) => {
      while (received[i].at(-1) !== 60) {
        const { value } = await stream.next();
        received[i].push(value?.data?.['replay'].seq);
        mostHeld = Math.max(mostHeld, sharedResultsHeld());
      }
    });
    // Live events while some are still replaying.
    await new Promise((resolve) => setImmediate(resolve));
    log.append(10);
    await Promise.all(reading);
    received.forEach((seqs, i) => expect(seqs).toEqual(Array.from({ length: 60 - (i % 50) }, (_, k) => (i % 50) + k + 1)));
    // One execution per event, not one per subscriber and event (200 × 60 minus the skipped).
    expect(executions).toBe(60);
    expect(mostHeld).toBeLessThanOrEqual(60);
    await Promise.all(streams.map((stream) => stream.return?.()));
  });

  it('drops a live result once every subscriber has been sent it, and bounds what a lagging one leaves', async () => {
    const query = 'subscription ($after: Int) { replay(afterSeq: $after) { seq } }';
    const live = await Promise.all([0, 0, 0].map((after) => subscribe(query, {}, { after })));
    log.append(1);
    await Promise.all(live.map((stream) => stream.next()));
    expect(executions).toBe(1);
    expect(sharedResultsHeld()).toBe(0);

    // A subscriber of the same shape that never reads: every result waits for it, up to the limit.
    const lagging = await subscribe(query, {}, { after: 1 });
    const events = SHARED_RESULTS_LIMIT + 500;
    log.append(events);
    for (let i = 0; i < events; i += 1) await Promise.all(live.map((stream) => stream.next()));
    expect(executions).toBe(1 + events);
    expect(sharedResultsHeld()).toBe(SHARED_RESULTS_LIMIT);
    await Promise.all([...live, lagging].map((stream) => stream.return?.()));
  });

  it('executes an event once for every subscriber with the same query and variables', async () => {
    const streams = await Promise.all(Array.from({ length: 50 }, () => subscribe('subscription { events { seq } }')));
    const event = { seq: 7 };
    const answers = streams.map((stream) => stream.next());
    subscribers.forEach((source) => source.push(event));
    expect((await Promise.all(answers)).map((answer) => answer.value)).toEqual(Array(50).fill({ data: { events: { seq: 7 } } }));
    expect(executions).toBe(1);
  });

  it('executes separately for other variables, and for every subscriber when a field reads the subscriber', async () => {
    const labelled = await Promise.all(['a', 'b'].map((prefix) => subscribe('subscription ($p: String) { events { seq label(prefix: $p) } }', {}, { p: prefix })));
    const viewers = await Promise.all(['Ala', 'Ola'].map((name) => subscribe('subscription { viewerEvents { name } }', { name })));
    const event = { seq: 3 };
    const answers = [...labelled, ...viewers].map((stream) => stream.next());
    subscribers.forEach((source) => source.push(event));
    expect((await Promise.all(answers)).map((answer) => answer.value?.data)).toEqual([
      { events: { seq: 3, label: 'a3' } },
      { events: { seq: 3, label: 'b3' } },
      { viewerEvents: { name: 'Ala' } },
      { viewerEvents: { name: 'Ola' } },
    ]);
    expect(executions).toBe(2);
  });

  it('releases the source at once when a subscriber leaves while waiting for an event', async () => {
    const stream = await subscribe('subscription { events { seq } }');
    const pending = stream.next();
    await stream.return?.();
    expect(subscribers[0].state.released).toBe(true);
    await expect(pending).resolves.toMatchObject({ done: true });
  });
});
