import { Logger } from '@nestjs/common';
import { DomainError, ErrorCode } from '@wspolnie/platform-errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { formatError } from './format-error';

/** What Apollo hands formatError for an error thrown in a resolver. */
function fromResolver(original: Error): [GraphQLFormattedError, unknown] {
  const wrapped = new GraphQLError(original.message, { path: ['field'], originalError: original });
  return [{ message: original.message, path: ['field'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['x'] } }, wrapped];
}

describe('formatError', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('passes a DomainError through with its code and details', () => {
    const formatted = formatError(...fromResolver(DomainError.badInput('slug', 'slug is taken')));
    expect(formatted).toEqual({
      message: 'slug is taken',
      path: ['field'],
      locations: undefined,
      extensions: { code: 'BAD_USER_INPUT', field: 'slug', fields: [{ field: 'slug', message: 'slug is taken' }] },
    });
  });

  it('hides anything unexpected behind a generic message, without a stack trace', () => {
    const formatted = formatError(...fromResolver(new TypeError("Cannot read properties of undefined (reading 'id')")));
    expect(formatted.message).toBe('Something went wrong on the server. It has been logged.');
    expect(formatted.extensions).toEqual({ code: ErrorCode.InternalServerError });
  });

  it('answers SERVICE_UNAVAILABLE when the database connection is lost', () => {
    const formatted = formatError(...fromResolver(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })));
    expect(formatted.extensions).toEqual({ code: ErrorCode.ServiceUnavailable });
    expect(formatted.message).toContain('Nothing was changed');
  });

  it('keeps GraphQL\'s own codes and maps query limits to QUERY_TOO_COMPLEX', () => {
    const validation = new GraphQLError('Syntax Error: Query depth limit of 12 exceeded, found 15.', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(formatError({ message: validation.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, validation)).toEqual({
      message: 'Query depth limit of 12 exceeded, found 15.',
      extensions: { code: 'QUERY_TOO_COMPLEX' },
      locations: undefined,
      path: undefined,
    });
    const coercion = new GraphQLError('Variable "$n" got invalid value "x"', { extensions: { code: 'BAD_USER_INPUT' } });
    expect(formatError({ message: coercion.message, extensions: { code: 'BAD_USER_INPUT', stacktrace: ['at x'] } }, coercion).extensions).toEqual({
      code: 'BAD_USER_INPUT',
    });
  });
});
