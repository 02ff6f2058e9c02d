import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from '@nestjs/common';
import { DomainError, ErrorCode, errorMessage, isDatabaseTimeout, isDatabaseUnavailable } from '@wspolnie/platform-errors';
import { DEFAULT_LOCALE, isMessage, type Locale, type Message, render } from '@wspolnie/platform-i18n';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { inputPathOf } from './input-path';

const logger = new Logger('GraphQL');

const LIMIT_MESSAGES = [/depth limit/i, /aliases limit/i, /cost limit/i, /token limit/i, /directives limit/i, /contains more tha[nt] \d+ tokens/i];

/** Seconds a client should wait before retrying after a database fault. */
const RETRY_AFTER_SECONDS = 2;

/** The message behind a formatted error, for answering it again in the caller's language. */
export const ERROR_MESSAGE = Symbol('wspolnie.errorMessage');

interface Answer {
  readonly text: Message | string;
  readonly code: string;
  readonly details?: Record<string, unknown>;
}

/**
 * The single translation from anything thrown to what a client sees: a message in the
 * caller's language and an `extensions.code` from the catalogue. Nothing else leaves the
 * server: no stack traces, no SQL, no class names. Unexpected errors are logged with their
 * stack and answered generically.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, locale: Locale = DEFAULT_LOCALE): GraphQLFormattedError {
  const answer = answerOf(error);
  const base = { locations: formatted.locations, path: formatted.path };
  const result: GraphQLFormattedError = { ...base, message: textIn(answer.text, locale), extensions: { code: answer.code, ...renderDetails(answer.details, locale) } };
  // Symbol keys do not reach JSON: this only lets the HTTP plugin answer in the caller's language.
  Object.defineProperty(result, ERROR_MESSAGE, { value: answer, enumerable: false });
  return result;
}

/** The same answer in another language (formatError has no request to read the language from). */
export function localizeError(formatted: GraphQLFormattedError, locale: Locale): GraphQLFormattedError {
  const answer = (formatted as { [ERROR_MESSAGE]?: Answer })[ERROR_MESSAGE];
  if (!answer) return formatted;
  return { ...formatted, message: textIn(answer.text, locale), extensions: { ...formatted.extensions, code: answer.code, ...renderDetails(answer.details, locale) } };
}

function answerOf(error: unknown): Answer {
  const original = unwrapResolverError(error);

  if (original instanceof DomainError) return { text: original.text, code: original.code, details: original.details };

  if (original instanceof GraphQLError) {
    // A scalar refused a value: graphql-js wrapped its DomainError in a message of its own.
    const inner = domainCause(original);
    if (inner) {
      const field = inner.details['field'] ?? inputPathOf(original);
      return { text: inner.text, code: inner.code, details: { ...inner.details, ...(field ? { field, fields: [{ field, message: inner.text }] } : {}) } };
    }
    // GraphQL's own errors (parse, validation, variable coercion) and deliberate GraphQLErrors
    // already speak to the client and carry a code; only the stack trace is dropped.
    const code = original.extensions['code'];
    if (typeof code === 'string' && code !== ErrorCode.InternalServerError) {
      if (LIMIT_MESSAGES.some((pattern) => pattern.test(original.message))) {
        // graphql-js writes "more that" and adds "Parsing aborted"; the person needs only the limit.
        const detail = original.message.replace(/^Syntax Error: /, '').replace('more that', 'more than').replace(/\. Parsing aborted\.$/, '').replace(/\.$/, '');
        return { text: errorMessage('tooComplex', { detail }), code: ErrorCode.QueryTooComplex };
      }
      // graphql-armor's token limit re-parses the document and reports syntax errors as validation.
      if (code === 'GRAPHQL_VALIDATION_FAILED' && original.message.startsWith('Syntax Error:')) return { text: original.message, code: 'GRAPHQL_PARSE_FAILED' };
      return { text: original.message, code };
    }
  }

  if (isDatabaseTimeout(original)) {
    logger.warn(`statement timeout: ${(original as Error).message}`);
    return { text: errorMessage('databaseBusy'), code: ErrorCode.Timeout, details: { retryable: true, retryAfterSeconds: RETRY_AFTER_SECONDS } };
  }
  if (isDatabaseUnavailable(original)) {
    logger.warn(`database unavailable: ${(original as Error).message}`);
    return { text: errorMessage('databaseUnavailable'), code: ErrorCode.ServiceUnavailable, details: { retryable: true, retryAfterSeconds: RETRY_AFTER_SECONDS } };
  }

  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return { text: errorMessage('internal'), code: ErrorCode.InternalServerError };
}

/** The DomainError a scalar threw, under the one or two GraphQLErrors graphql-js wrapped it in. */
function domainCause(error: GraphQLError): DomainError | undefined {
  let cause: unknown = error.originalError;
  for (let depth = 0; depth < 3 && cause; depth++) {
    if (cause instanceof DomainError) return cause;
    cause = cause instanceof GraphQLError ? cause.originalError : undefined;
  }
  return undefined;
}

function textIn(text: Message | string, locale: Locale): string {
  return typeof text === 'string' ? text : render(text, locale);
}

/** Details as the client reads them: messages in them (the list of bad fields) rendered. */
function renderDetails(details: Record<string, unknown> | undefined, locale: Locale): Record<string, unknown> {
  if (!details) return {};
  const rendered: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(details)) {
    if (isMessage(value)) rendered[name] = render(value, locale);
    else if (name === 'fields' && Array.isArray(value)) rendered[name] = value.map((problem: { field: string; message: Message }) => ({ field: problem.field, message: render(problem.message, locale) }));
    else rendered[name] = value;
  }
  return rendered;
}
