import type { IncomingMessage, ServerResponse } from 'node:http';
import { Lexer, Source, TokenKind } from 'graphql';

/** What the request log needs of a request: Express's parsed body and query, when present. */
export type LoggedRequest = IncomingMessage & { originalUrl?: string; body?: unknown; query?: unknown };

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;
const OPERATION_KEYWORDS = new Set(['query', 'mutation', 'subscription']);
// A document's first operation comes early; never lex a whole large document for a log line.
const MAX_TOKENS = 500;
const names = new WeakMap<object, string | null>();

/**
 * The GraphQL operation name of a request, for the log: `operationName` as sent (JSON body, or
 * URL for GET), otherwise the name of the document's first operation. Never the document or
 * the variables, and only a well-formed GraphQL name (anything else is not logged at all).
 */
export function graphqlOperationName(req: LoggedRequest): string | undefined {
  if (names.has(req)) return names.get(req) ?? undefined;
  const name = findOperationName(req) ?? null;
  names.set(req, name);
  return name ?? undefined;
}

function findOperationName(req: LoggedRequest): string | undefined {
  const params = [req.body, req.query].find((value): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value));
  if (!params) return undefined;
  const given = params['operationName'];
  if (typeof given === 'string' && given !== '') return GRAPHQL_NAME.test(given) ? given : undefined;
  const query = params['query'];
  return typeof query === 'string' ? firstOperationName(query) : undefined;
}

/** The name of the first operation in a document (undefined for an anonymous one or a bad document). */
export function firstOperationName(document: string): string | undefined {
  try {
    const lexer = new Lexer(new Source(document));
    let depth = 0;
    let inFragment = false;
    for (let i = 0, token = lexer.advance(); token.kind !== TokenKind.EOF && i < MAX_TOKENS; i++, token = lexer.advance()) {
      if (token.kind === TokenKind.BRACE_L) {
        // `{ … }` at the top is an anonymous query, unless it is a fragment's selection.
        if (depth === 0 && !inFragment) return undefined;
        depth++;
      } else if (token.kind === TokenKind.BRACE_R) {
        depth--;
        if (depth === 0) inFragment = false;
      } else if (depth === 0 && !inFragment && token.kind === TokenKind.NAME) {
        if (token.value === 'fragment') inFragment = true;
        else if (OPERATION_KEYWORDS.has(token.value)) {
          const next = lexer.lookahead();
          return next.kind === TokenKind.NAME ? next.value : undefined;
        }
      }
    }
  } catch {
    // Not a GraphQL document: the API answers that; the log line just has no name.
  }
  return undefined;
}

/** Paths whose segment after the prefix is a secret (a calendar feed's key, for applications that cannot sign in). */
const SECRET_SEGMENT = /^(\/calendar\/)[^/]+/;

/**
 * A URL as the log may keep it: without the query string (a link someone pasted may hold a
 * secret there) and with a calendar feed's secret replaced by `…`.
 */
export function loggedPath(url: string | undefined): string {
  return (url ?? '').split('?')[0].replace(SECRET_SEGMENT, '$1…');
}

function pathOf(req: LoggedRequest): string {
  return loggedPath(req.originalUrl ?? req.url);
}

/**
 * One line per request, e.g. `POST /graphql UpdateTask 200 12 ms` (or `… aborted after 12 ms`
 * when the client went away first).
 */
export function requestLine(req: LoggedRequest, res: ServerResponse, responseTime: number): string {
  const outcome = res.writableEnded ? `${res.statusCode} ${responseTime} ms` : `aborted after ${responseTime} ms`;
  return [req.method ?? '-', pathOf(req), graphqlOperationName(req), outcome].filter(Boolean).join(' ');
}

/**
 * pino-http options that make the request log line say what happened; the JSON record also
 * carries `operationName` beside `req.method`, `req.url`, `res.statusCode` and `responseTime`.
 */
export const requestLogOptions = {
  customSuccessMessage: (req: LoggedRequest, res: ServerResponse, responseTime: number) => requestLine(req, res, responseTime),
  // pino-http passes the response time as a fourth argument, which its types leave out.
  customErrorMessage: (req: LoggedRequest, res: ServerResponse, _error: Error, responseTime?: number) => requestLine(req, res, responseTime ?? 0),
  customSuccessObject: (req: LoggedRequest, _res: ServerResponse, value: object) => ({ ...value, operationName: graphqlOperationName(req) }),
  customErrorObject: (req: LoggedRequest, _res: ServerResponse, _error: Error, value: object) => ({ ...value, operationName: graphqlOperationName(req) }),
};
