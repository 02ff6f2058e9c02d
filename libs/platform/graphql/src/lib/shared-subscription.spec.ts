import { type ExecutionResult, GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from 'graphql';
import { isShareable, shareableSubscribe } from './shared-subscription';

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
  const Event = new GraphQLObjectType({
    name: 'Event',
    extensions: { sameForEverySubscriber: true },
    fields: {
      seq: { type: GraphQLInt, resolve: (event: { seq: number }) => (executions += 1, event.seq) },
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
  });

  const subscribe = async (query: string, contextValue: unknown = {}, variableValues?: Record<string, unknown>) =>
    (await shareableSubscribe({ schema, document: parse(query), contextValue, variableValues })) as AsyncIterableIterator<ExecutionResult>;

  it('tells shareable selections from those that read the subscriber', () => {
    expect(isShareable(schema, parse('subscription { events { seq label __typename } }'))).toBe(true);
    expect(isShareable(schema, parse('subscription { events { ...E } } fragment E on Event { seq }'))).toBe(true);
    expect(isShareable(schema, parse('subscription { viewerEvents { name } }'))).toBe(false);
    expect(isShareable(schema, parse('query { ping }'))).toBe(false);
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
