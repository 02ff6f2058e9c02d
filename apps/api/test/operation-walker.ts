import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  type GraphQLObjectType,
  GraphQLScalarType,
  type GraphQLSchema,
  isLeafType,
  getNamedType,
} from 'graphql';

export interface Operation {
  readonly kind: 'query' | 'mutation';
  readonly name: string;
  readonly document: string;
  readonly variables: Record<string, unknown>;
}

/** Values that name the target partnership, so a refusal is about access, not about bad input. */
export interface Target {
  readonly partnershipId: string;
  readonly partnershipSlug: string;
  readonly userId: string;
}

function valueFor(name: string, type: GraphQLInputType, target: Target, depth = 0): unknown {
  if (type instanceof GraphQLNonNull) return valueFor(name, type.ofType, target, depth);
  if (type instanceof GraphQLList) return [];
  if (type instanceof GraphQLEnumType) return type.getValues()[type.getValues().length - 1].name;
  if (type instanceof GraphQLInputObjectType) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => field.type instanceof GraphQLNonNull || depth === 0)
        .filter((field) => field.type instanceof GraphQLNonNull)
        .map((field) => [field.name, valueFor(field.name, field.type, target, depth + 1)]),
    );
  }
  const scalar = (type as GraphQLScalarType).name;
  const lower = name.toLowerCase();
  if (scalar === 'ID') return lower.includes('user') ? target.userId : target.partnershipId;
  if (scalar === 'Int') return 1;
  if (scalar === 'Boolean') return true;
  if (scalar === 'LocalDate') return '2024-01-01';
  if (scalar === 'DateTime') return new Date().toISOString();
  if (scalar === 'PLN') return '0.00';
  if (lower.includes('terc')) return '2417112';
  if (lower.includes('email')) return 'someone@test.example';
  if (lower.includes('slug')) return target.partnershipSlug;
  if (lower.includes('password')) return 'an-attempt-1234';
  if (lower.includes('token')) return 'not-a-real-token';
  return 'Próba';
}

function selectionFor(field: GraphQLField<unknown, unknown>): string {
  return isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
}

/**
 * Every query and mutation of the schema, as a runnable operation whose arguments point at the
 * target partnership. New operations are picked up without touching the tests that use this.
 */
export function allOperations(schema: GraphQLSchema, target: Target): Operation[] {
  const roots: [Operation['kind'], GraphQLObjectType | null | undefined][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ];
  return roots.flatMap(([kind, root]) =>
    Object.values(root?.getFields() ?? {}).map((field) => {
      const args = field.args.filter((arg: GraphQLArgument) => arg.type instanceof GraphQLNonNull || arg.name === 'id');
      const variables = Object.fromEntries(args.map((arg) => [arg.name, valueFor(arg.name, arg.type, target)]));
      const declarations = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
      const passing = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
      const document = `${kind} ${declarations ? `(${declarations})` : ''} { ${field.name}${passing ? `(${passing})` : ''}${selectionFor(field)} }`;
      return { kind, name: field.name, document, variables };
    }),
  );
}
