import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@wspolnie/platform-config';
import { ErrorCode, errorMessage } from '@wspolnie/platform-errors';
import { localeOf, type Message, render } from '@wspolnie/platform-i18n';
import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';

// The parts of Express's request and response used here (Express's own types are not installed).
type Request = IncomingMessage & { method: string; path: string; accepts(types: string[]): string | false };
type Response = ServerResponse & { status(code: number): Response; json(body: unknown): void };
type NextFunction = (error?: unknown) => void;

/**
 * The largest request body taken. Most documents and variables are far smaller; the largest
 * is a plan's whole text (LONGEST_DOCUMENT characters, up to 3 bytes each in UTF-8, „quotes” included).
 */
export const BODY_LIMIT = '2mb';

/** Headers a browser app on an allowed origin may send (CORS preflight). */
const ALLOWED_HEADERS = ['authorization', 'content-type', 'accept', 'accept-language', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-wspolnie-session'];

/** API answers are data, never pages: nothing may run, load or frame them. */
const API_POLICY = helmet.contentSecurityPolicy({ useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] } });

/**
 * The web app's pages and files (served beside the API, apps/api WebAppModule): scripts and
 * styles from the app's own origin only, no inline scripts; inline style attributes are used by
 * the component library's positioning; the API explorer's editor runs in blob: workers.
 */
export const APP_CONTENT_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // 'self' covers the app's own WebSocket (ws/wss of the same host, CSP 3): no other host.
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** What body-parser's refusals (by their `type`) are answered with. */
const BODY_REFUSALS: Record<string, { readonly status: number; readonly message: Message }> = {
  'entity.too.large': { status: 413, message: errorMessage('bodyTooLarge', { limit: BODY_LIMIT.replace('mb', ' MB') }) },
  'entity.parse.failed': { status: 400, message: errorMessage('malformedJson') },
  'encoding.unsupported': { status: 415, message: errorMessage('malformedJson') },
  'charset.unsupported': { status: 415, message: errorMessage('malformedJson') },
};

/** A body the parser refused, answered as GraphQL answers a request error: a code and a message. */
function bodyErrors(error: { type?: string }, request: Request, response: Response, next: NextFunction): void {
  const refusal = error.type ? BODY_REFUSALS[error.type] : undefined;
  if (!refusal) return next(error);
  const message = render(refusal.message, localeOf(request.headers['accept-language']));
  response.status(refusal.status).json({ errors: [{ message, extensions: { code: ErrorCode.BadRequest } }] });
}

/**
 * Settings of the HTTP server every way the API is started shares (main.ts, the test app):
 * which proxies may tell the client's address (sign-in limits count per address), security
 * headers (helmet), CORS for the configured origins only, and a body limit whose refusals
 * carry a code like every other error.
 */
export function configureHttpServer(app: NestExpressApplication, config: AppConfig): void {
  app.set('trust proxy', config.http.trustProxy);
  app.disable('x-powered-by');
  app.use(helmet({ contentSecurityPolicy: false, crossOriginEmbedderPolicy: false }));
  // The web app's files replace this header with APP_CONTENT_POLICY as they are sent.
  app.use(API_POLICY);
  // A preflight from an allowed origin is answered here, before Apollo's CSRF check (which
  // would refuse the OPTIONS request); other origins get no CORS headers, so browsers refuse them.
  const origins = new Set(config.http.corsOrigins);
  app.enableCors({
    origin: (origin, callback) => callback(null, origin !== undefined && origins.has(origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ALLOWED_HEADERS,
    maxAge: 600,
  });
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.use(bodyErrors);
}
