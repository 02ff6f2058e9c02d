import { Logger } from '@nestjs/common';
import { DomainError, ErrorCode, errorMessage } from '@wspolnie/platform-errors';
import { GraphQLError, type GraphQLFormattedError, graphql, GraphQLObjectType, GraphQLSchema, GraphQLString, GraphQLInputObjectType, GraphQLNonNull, GraphQLList } from 'graphql';
import { formatError, localizeError } from './format-error';
import { PlnScalar } from './pln.scalar';
import { LocalDateScalar, UuidScalar } from './scalars';

/** What Apollo hands formatError for an error thrown in a resolver. */
function fromResolver(original: Error): [GraphQLFormattedError, unknown] {
  const wrapped = new GraphQLError(original.message, { path: ['field'], originalError: original });
  return [{ message: original.message, path: ['field'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['x'] } }, wrapped];
}

const Member = new GraphQLInputObjectType({ name: 'MemberInput', fields: { share: { type: PlnScalar } } });
const Input = new GraphQLInputObjectType({
  name: 'ProjectInput',
  fields: { totalCost: { type: PlnScalar }, startsOn: { type: LocalDateScalar }, members: { type: new GraphQLList(new GraphQLNonNull(Member)) } },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      project: { type: GraphQLString, args: { id: { type: UuidScalar } }, resolve: () => 'ok' },
      create: { type: GraphQLString, args: { input: { type: Input } }, resolve: () => 'ok' },
    },
  }),
});

/** Every error of a real graphql-js run, formatted as the API formats them. */
async function errorsOf(source: string, variableValues?: Record<string, unknown>, locale: 'pl' | 'en' = 'en') {
  const result = await graphql({ schema, source, variableValues });
  return (result.errors ?? []).map((error) => formatError(error.toJSON(), error, locale));
}

describe('formatError', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('passes a DomainError through with its code and details, in the language asked for', () => {
    const error = DomainError.badInput('slug', errorMessage('required', { field: 'slug' }));
    expect(formatError(...fromResolver(error), 'en')).toEqual({
      message: 'slug must not be empty.',
      path: ['field'],
      locations: undefined,
      extensions: { code: 'BAD_USER_INPUT', field: 'slug', fields: [{ field: 'slug', message: 'slug must not be empty.' }] },
    });
    const polish = formatError(...fromResolver(error), 'pl');
    expect(polish.message).toBe('slug nie może być puste.');
    expect(polish.extensions?.['fields']).toEqual([{ field: 'slug', message: 'slug nie może być puste.' }]);
    expect(localizeError(formatError(...fromResolver(error), 'pl'), 'en').message).toBe('slug must not be empty.');
  });

  it('hides anything unexpected behind a generic message, without a stack trace', () => {
    const formatted = formatError(...fromResolver(new TypeError("Cannot read properties of undefined (reading 'id')")), 'en');
    expect(formatted.message).toBe('Something went wrong on the server. It has been logged.');
    expect(formatted.extensions).toEqual({ code: ErrorCode.InternalServerError });
  });

  it.each([
    ['57P01', 'terminating connection due to administrator command', ErrorCode.ServiceUnavailable],
    ['40P01', 'deadlock detected', ErrorCode.ServiceUnavailable],
    ['57014', 'canceling statement due to statement timeout', ErrorCode.Timeout],
  ])('answers SQLSTATE %s as retryable, nothing changed', (code, message, expected) => {
    const formatted = formatError(...fromResolver(Object.assign(new Error(message), { code })), 'en');
    expect(formatted.extensions).toEqual({ code: expected, retryable: true, retryAfterSeconds: 2 });
    expect(formatted.message).toContain('Nothing was changed');
  });

  it('answers a query runner released under a transaction as SERVICE_UNAVAILABLE', () => {
    const released = Object.assign(new Error('Query runner already released. Cannot run queries anymore.'), { name: 'QueryRunnerAlreadyReleasedError' });
    expect(formatError(...fromResolver(released), 'en').extensions?.['code']).toBe(ErrorCode.ServiceUnavailable);
  });

  it("keeps GraphQL's own codes and maps query limits to QUERY_TOO_COMPLEX", () => {
    const validation = new GraphQLError('Syntax Error: Query depth limit of 12 exceeded, found 15.', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const formatted = formatError({ message: validation.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, validation, 'en');
    expect(formatted.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
    expect(formatted.message).toBe('The query is too large or too deep (Query depth limit of 12 exceeded, found 15); ask for less at once.');
    const tokens = new GraphQLError('Syntax Error: Document contains more that 5000 tokens. Parsing aborted.', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(formatError(tokens.toJSON(), tokens, 'en').extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
  });

  it('answers a refused variable with the scalar\'s own message and the path of the field', async () => {
    const [error] = await errorsOf('query ($input: ProjectInput) { create(input: $input) }', { input: { members: [{ share: '1.00' }, { share: '1.234' }] } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'members.1.share' });
    expect(error.message).toBe('"1.234" is ambiguous: a dot could be grosze or thousands; use a comma for grosze, e.g. "1234,50".');
    const [id] = await errorsOf('query ($id: UUID) { project(id: $id) }', { id: '123' }, 'pl');
    expect(id.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(id.message).toContain('„123” nie jest identyfikatorem');
  });

  it('answers a refused literal once, with the path of the field', async () => {
    const errors = await errorsOf('{ create(input: { totalCost: "abc", startsOn: "0000-01-01" }) }');
    expect(errors.map((error) => [error.extensions?.['code'], error.extensions?.['field']])).toEqual([
      ['BAD_USER_INPUT', 'totalCost'],
      ['BAD_USER_INPUT', 'startsOn'],
    ]);
    expect(errors[1].message).toBe('0000-01-01 is outside the dates Wspólnie takes: 1900-01-01 to 2199-12-31.');
    const [notADate] = await errorsOf('{ create(input: { startsOn: "2027-02-30" }) }');
    expect(notADate.message).toBe('"2027-02-30" is not a date; write it as YYYY-MM-DD, e.g. "2027-03-31".');
    const [range] = await errorsOf('query ($d: LocalDate) { create(input: { startsOn: $d }) }', { d: '2500-01-01' });
    expect(range.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsOn' });
    // The field is named as the schema names it, whatever the variable is called.
    const [named] = await errorsOf('query ($i: ProjectInput) { create(input: $i) }', { i: { totalCost: 5 } });
    expect(named.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'totalCost' });
    const [byArgument] = await errorsOf('query ($x: UUID) { project(id: $x) }', { x: 'nope' });
    expect(byArgument.extensions).toMatchObject({ field: 'id' });
  });
});
