import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from '@nestjs/common';
import { DomainError, ErrorCode, isDatabaseUnavailable } from '@wspolnie/platform-errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

const logger = new Logger('GraphQL');

const LIMIT_MESSAGES = [/depth limit/i, /aliases limit/i, /cost limit/i, /token limit/i, /directives limit/i];

/**
 * The single translation from anything thrown to what a client sees: a human message and an
 * `extensions.code` from the catalogue. Nothing else leaves the server: no stack traces, no
 * SQL, no class names. Unexpected errors are logged with their stack and answered generically.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
  }

  // GraphQL's own errors (parse, validation, variable coercion) and deliberate GraphQLErrors
  // already speak to the client and carry a code; only the stack trace is dropped.
  const code = original instanceof GraphQLError ? original.extensions['code'] : undefined;
  if (original instanceof GraphQLError && typeof code === 'string' && code !== ErrorCode.InternalServerError) {
    if (code === 'GRAPHQL_VALIDATION_FAILED' && LIMIT_MESSAGES.some((pattern) => pattern.test(original.message))) {
      return { ...base, message: original.message.replace(/^Syntax Error: /, ''), extensions: { code: ErrorCode.QueryTooComplex } };
    }
    // graphql-armor's token limit re-parses the document and reports syntax errors as validation.
    if (code === 'GRAPHQL_VALIDATION_FAILED' && original.message.startsWith('Syntax Error:')) {
      return { ...base, message: original.message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } };
    }
    return { ...base, message: original.message, extensions: { code } };
  }

  if (isDatabaseUnavailable(original)) {
    logger.warn(`database unavailable: ${(original as Error).message}`);
    return {
      ...base,
      message: 'The database is not reachable right now. Nothing was changed; please try again shortly.',
      extensions: { code: ErrorCode.ServiceUnavailable },
    };
  }

  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return { ...base, message: 'Something went wrong on the server. It has been logged.', extensions: { code: ErrorCode.InternalServerError } };
}
