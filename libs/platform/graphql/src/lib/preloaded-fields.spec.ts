import { execute, GraphQLList, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from 'graphql';
import { answerPreloadedFields, PreloadedFields, selectedFields, selectsField } from './preloaded-fields';

describe('preloaded fields', () => {
  let resolverCalls = 0;
  const seen: boolean[] = [];
  const selections: string[][] = [];
  const Person = new GraphQLObjectType({ name: 'Person', fields: { name: { type: GraphQLString } } });
  const Task = new GraphQLObjectType({
    name: 'Task',
    fields: {
      title: { type: GraphQLString },
      assignee: { type: Person, extensions: { preloadable: true }, resolve: async () => ((resolverCalls += 1), { name: 'z resolvera' }) },
    },
  });
  const schema = answerPreloadedFields(
    new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          tasks: {
            type: new GraphQLList(Task),
            resolve: (_root, _args, context: { preloaded: PreloadedFields; preload: boolean }, info) => {
              seen.push(selectsField(info, 'assignee'));
              selections.push([[...selectedFields(info)].sort().join(','), [...selectedFields(info, 'assignee')].join(',')]);
              const tasks = [{ title: 'a' }, { title: 'b' }];
              if (context.preload) tasks.forEach((task, i) => context.preloaded.set(task, 'assignee', i ? null : { name: 'Zofia Żak' }));
              return tasks;
            },
          },
        },
      }),
    }),
  );
  const run = (query: string, preload: boolean) => execute({ schema, document: parse(query), contextValue: { preloaded: new PreloadedFields(), preload } });

  beforeEach(() => {
    resolverCalls = 0;
    seen.length = 0;
    selections.length = 0;
  });

  it('answers preloaded values, null included, without calling the resolver', async () => {
    expect((await run('{ tasks { title assignee { name } } }', true)).data).toEqual({
      tasks: [
        { title: 'a', assignee: { name: 'Zofia Żak' } },
        { title: 'b', assignee: null },
      ],
    });
    expect(resolverCalls).toBe(0);
  });

  it('falls back to the resolver when nothing was preloaded', async () => {
    expect((await run('{ tasks { assignee { name } } }', false)).data).toEqual({ tasks: [{ assignee: { name: 'z resolvera' } }, { assignee: { name: 'z resolvera' } }] });
    expect(resolverCalls).toBe(2);
  });

  it('sees a field selected directly, in an inline fragment or through a named one', async () => {
    await run('{ tasks { assignee { name } } }', false);
    await run('{ tasks { ... on Task { assignee { name } } } }', false);
    await run('{ tasks { ...T } } fragment T on Task { assignee { name } }', false);
    await run('{ tasks { title } }', false);
    expect(seen).toEqual([true, true, true, false]);
  });

  it('names the fields selected on the value and on a field of it, through fragments too', async () => {
    await run('{ tasks { title ... on Task { assignee { name } } } }', false);
    await run('{ tasks { ...T } } fragment T on Task { title assignee { ...P } } fragment P on Person { name }', false);
    await run('{ tasks { title } }', false);
    expect(selections).toEqual([
      ['assignee,title', 'name'],
      ['assignee,title', 'name'],
      ['title', ''],
    ]);
  });
});
