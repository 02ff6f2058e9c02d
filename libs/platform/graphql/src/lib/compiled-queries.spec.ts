import { ApolloServer } from '@apollo/server';
import { DomainError, ErrorCode, errorMessage } from '@wspolnie/platform-errors';
import { getIntrospectionQuery, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { compiledQueries } from './compiled-queries';
import { formatError } from './format-error';
import { UuidScalar } from './scalars';

describe('compiled queries', () => {
  const calls = { mutation: 0 };
  const Task = new GraphQLObjectType({
    name: 'Task',
    fields: {
      title: { type: new GraphQLNonNull(GraphQLString) },
      secret: {
        type: GraphQLString,
        resolve: () => {
          throw new DomainError(ErrorCode.Forbidden, errorMessage('signInFirst'));
        },
      },
    },
  });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        tasks: { type: new GraphQLList(Task), args: { first: { type: GraphQLInt } }, resolve: async (_root, args: { first?: number }) => [{ title: 'a' }, { title: 'b' }].slice(0, args.first ?? 2) },
        task: { type: Task, args: { id: { type: new GraphQLNonNull(UuidScalar) } }, resolve: () => ({ title: 'c' }) },
      },
    }),
    mutation: new GraphQLObjectType({ name: 'Mutation', fields: { touch: { type: GraphQLInt, resolve: () => ((calls.mutation += 1), 7) } } }),
  });
  const plain = new ApolloServer({ schema, formatError });
  const compiled = new ApolloServer({ schema, formatError, plugins: [compiledQueries()] });
  const run = async (server: ApolloServer, query: string, variables?: Record<string, unknown>) => {
    const response = await server.executeOperation({ query, variables });
    return response.body.kind === 'single' ? response.body.singleResult : null;
  };

  beforeAll(async () => {
    await plain.start();
    await compiled.start();
  });
  afterAll(async () => {
    await plain.stop();
    await compiled.stop();
  });

  it('answers queries, mutations and errors as graphql-js does', async () => {
    const cases: [string, Record<string, unknown>?][] = [
      ['query ($n: Int) { tasks(first: $n) { title } }', { n: 1 }],
      ['{ tasks { title ...S } } fragment S on Task { secret }'],
      // Refused before anything ran: worded by graphql-js, as clients know it.
      ['query ($id: UUID!) { task(id: $id) { title } }', { id: '123' }],
      ['mutation { touch }'],
      [getIntrospectionQuery()],
    ];
    for (const [query, variables] of cases) expect(await run(compiled, query, variables)).toEqual(await run(plain, query, variables));
    const refused = await run(compiled, '{ tasks { secret } }');
    expect(refused?.errors).toEqual([expect.objectContaining({ path: ['tasks', 0, 'secret'], extensions: { code: 'FORBIDDEN' } }), expect.objectContaining({ path: ['tasks', 1, 'secret'] })]);
    expect(calls.mutation).toBe(2);
  });

  it('runs queries compiled (graphql-js answers with prototype-less objects, the compiled code with plain ones)', async () => {
    expect(Object.getPrototypeOf((await run(plain, '{ tasks { title } }'))?.data)).toBeNull();
    expect(Object.getPrototypeOf((await run(compiled, '{ tasks { title } }'))?.data)).toBe(Object.prototype);
  });
});
