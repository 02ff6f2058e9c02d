import { GraphQLSchemaHost } from '@nestjs/graphql';
import { LONGEST_DOCUMENT, LONGEST_TEXT } from '@wspolnie/platform-graphql';
import { createTestApp, type GraphqlClient, type TestApp } from '@wspolnie/platform-testing';
import {
  type FieldNode,
  type GraphQLArgument,
  GraphQLEnumType,
  GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  type GraphQLScalarType,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  parse,
  parseType,
  print,
} from 'graphql';
import { CONTEXT_MODULES, MIGRATIONS } from '../src/app/composition';
import { type Operation, operationsAgainst, valueFor } from './outsider-walk';
import { PASSWORD } from './people.factory';
import { buildWorld, type World } from './victim.factory';

/** One leaf of an operation's arguments: where it is and what scalar it takes. */
interface Leaf {
  readonly path: string[];
  readonly scalar: string;
}

/** Every scalar leaf below the arguments, optional ones too, one element deep into lists. */
function leavesOf(type: GraphQLInputType, path: string[], depth = 0): Leaf[] {
  if (type instanceof GraphQLNonNull) return leavesOf(type.ofType, path, depth);
  if (type instanceof GraphQLList) return leavesOf(type.ofType, [...path, '0'], depth);
  if (type instanceof GraphQLEnumType) return [];
  if (type instanceof GraphQLInputObjectType) return depth > 3 ? [] : Object.values(type.getFields()).flatMap((field) => leavesOf(field.type, [...path, field.name], depth + 1));
  return [{ path, scalar: (type as GraphQLScalarType).name }];
}

/** The bad values a leaf of this scalar gets, and whether the refusal must name the field. */
function badValuesFor(leaf: Leaf): { label: string; value: unknown; namesField: boolean }[] {
  switch (leaf.scalar) {
    case 'String':
      return [
        // A cursor no list gave out: base64 of something that is not a position.
        ...(leaf.path[leaf.path.length - 1] === 'after' ? [{ label: 'a malformed cursor', value: 'bm90LWEtY3Vyc29y', namesField: true }] : []),
        { label: 'a NUL byte', value: 'Trasa\u0000rowerowa', namesField: true },
        { label: 'a lone surrogate', value: 'Trasa \uD83D rowerowa', namesField: true },
        // Longer than any field takes, and than the ceiling every argument has (LONGEST_TEXT; a document's whole text, LONGEST_DOCUMENT).
        { label: 'over-long text', value: 'ż'.repeat((leaf.path[leaf.path.length - 1] === 'markdown' ? LONGEST_DOCUMENT : LONGEST_TEXT) + 1), namesField: false },
      ];
    case 'UUID':
      return [{ label: 'a malformed id', value: '123', namesField: true }];
    case 'LocalDate':
      return [{ label: 'year 0', value: '0000-01-01', namesField: true }];
    case 'DateTime':
      return [{ label: 'year 0', value: '0000-01-01T00:00:00Z', namesField: true }];
    case 'PLN':
      return [
        { label: 'a negative amount', value: '-1.00', namesField: true },
        { label: 'not an amount', value: '12,3,4', namesField: true },
      ];
    default:
      return [];
  }
}

/** The operation's variables with `value` at `path`; list elements are filled with values they accept. */
function withValueAt(operation: Operation, args: Map<string, GraphQLInputType>, world: World, path: string[], value: unknown): Record<string, unknown> {
  const variables: any = structuredClone(operation.variables);
  let holder = variables;
  let key = path[0];
  let type = args.get(key)!;
  for (const next of path.slice(1)) {
    while (type instanceof GraphQLNonNull) type = type.ofType;
    // An optional input object left out is filled with values it takes, so only the bad one is bad.
    if (holder[key] === undefined || holder[key] === null) holder[key] = type instanceof GraphQLList ? [] : valueFor(key, type, world, path.join('.'));
    if (type instanceof GraphQLList) {
      if (holder[key][0] === undefined) holder[key][0] = valueFor(key, type.ofType, world, path.join('.'));
      type = type.ofType;
    } else {
      type = (type as GraphQLInputObjectType).getFields()[next].type;
    }
    holder = holder[key];
    key = next;
  }
  holder[key] = value;
  return variables;
}

/** Every field a BAD_USER_INPUT names: other values of the walk's input may be refused beside the bad one. */
function namedFields(error: { extensions?: Record<string, unknown> }): string[] {
  const fields = (error.extensions?.['fields'] as { field: string }[] | undefined) ?? [];
  return [String(error.extensions?.['field']), ...fields.map((problem) => problem.field)];
}

/** The operation's document with every argument of its field passed as a variable, optional ones too. */
function withEveryArgument(document: string, args: readonly GraphQLArgument[]): string {
  const parsed = parse(document);
  const operation = parsed.definitions[0] as OperationDefinitionNode;
  const field = operation.selectionSet.selections[0] as FieldNode;
  const passed = new Set(field.arguments?.map((argument) => argument.name.value));
  const more = args.filter((arg) => !passed.has(arg.name));
  const name = (value: string) => ({ kind: Kind.NAME, value }) as const;
  const variable = (value: string) => ({ kind: Kind.VARIABLE, name: name(value) }) as const;
  return print({
    ...parsed,
    definitions: [
      {
        ...operation,
        variableDefinitions: [...(operation.variableDefinitions ?? []), ...more.map((arg) => ({ kind: Kind.VARIABLE_DEFINITION, variable: variable(arg.name), type: parseType(arg.type.toString()) }))],
        selectionSet: { ...operation.selectionSet, selections: [{ ...field, arguments: [...(field.arguments ?? []), ...more.map((arg) => ({ kind: Kind.ARGUMENT, name: name(arg.name), value: variable(arg.name) }))] }] },
      } as OperationDefinitionNode,
    ],
  });
}

/** The input's own name for a leaf: paths are relative to an argument called `input`. */
function fieldOf(path: string[]): string {
  return (path[0] === 'input' && path.length > 1 ? path.slice(1) : path).join('.');
}

describe('bad input, walked through every operation', () => {
  let api: TestApp;
  let world: World;
  let actor: GraphqlClient;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    api = await createTestApp({ imports: CONTEXT_MODULES, migrations: MIGRATIONS });
    world = await buildWorld(api, 'Walidacji');
    // The world's coordinator, its programme's manager and a platform administrator too: every
    // declaration lets them through, so each bad value reaches the rules behind it, not a refusal in front of them.
    await api.dataSource.query('UPDATE user_account SET is_platform_admin = true WHERE id = $1', [world.coordinator.account.id]);
    await api.dataSource.query(`INSERT INTO programme_access (user_id, programme_id, role) VALUES ($1, $2, 'PROGRAMME_MANAGER')`, [world.coordinator.account.id, world.ids['programme']]);
    actor = await api.signIn(world.coordinator.email, PASSWORD);
    schema = api.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(() => api?.close());

  /** Every row of every table, as one hash: a refused operation leaves it as it was. */
  async function fingerprint(): Promise<string> {
    const tables: { name: string }[] = await api.dataSource.query(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migration' ORDER BY 1`);
    const parts = await Promise.all(tables.map(async ({ name }) => (await api.dataSource.query(`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${name}" t`))[0].h as string));
    return parts.join(',');
  }

  it('answers each bad value with a code, naming the field, and changes no row', async () => {
    const operations = operationsAgainst(schema, world).filter((operation) => operation.kind !== 'subscription');
    const findings: string[] = [];
    let calls = 0;
    const walked = new Set<string>();
    for (const operation of operations) {
      const root = operation.kind === 'query' ? schema.getQueryType() : schema.getMutationType();
      const field = root!.getFields()[operation.name];
      const args = new Map(field.args.map((arg) => [arg.name, arg.type] as const));
      // Optional arguments too (cursors, filters): the document passes every one, unset unless walked.
      const document = withEveryArgument(operation.document, field.args);
      const leaves = field.args.flatMap((arg) => leavesOf(arg.type, [arg.name]));
      for (const leaf of leaves) {
        for (const bad of badValuesFor(leaf)) {
          const before = operation.kind === 'mutation' ? await fingerprint() : '';
          const result = await actor.gql(document, withValueAt(operation, args, world, leaf.path, bad.value));
          calls++;
          walked.add(bad.label);
          const where = `${operation.name}(${leaf.path.join('.')}) with ${bad.label}`;
          const error = result.errors?.[0];
          const code = error?.extensions?.code;
          if (!error) findings.push(`${where}: accepted`);
          else if (!code || code === 'INTERNAL_SERVER_ERROR') findings.push(`${where}: answered ${code ?? 'no code'}: ${error.message}`);
          else if (bad.namesField && (code !== 'BAD_USER_INPUT' || !namedFields(error).includes(fieldOf(leaf.path)))) {
            findings.push(`${where}: answered ${code} for field ${String(error.extensions?.field)}: ${error.message}`);
          }
          if (operation.kind === 'mutation' && (await fingerprint()) !== before) findings.push(`${where}: changed rows`);
        }
      }
    }
    expect(findings).toEqual([]);
    // The walk reached the operations: dozens of operations, several bad values each.
    expect(calls).toBeGreaterThan(100);
    expect([...walked].sort()).toEqual(
      ['a NUL byte', 'a lone surrogate', 'a malformed cursor', 'a malformed id', 'a negative amount', 'not an amount', 'over-long text', 'year 0'].sort(),
    );
  }, 600_000);
});
