import type { RequestContext } from '@wspolnie/platform-graphql';
import type { AuthPayload } from './auth.types';

/**
 * The browser app keeps its refresh token where its own scripts cannot read it: in an HttpOnly,
 * SameSite=Strict cookie scoped to /graphql. A script injected into the page could read memory
 * or storage and take the session elsewhere; it cannot read this cookie, and other sites cannot
 * make the browser send it. The access token (15 minutes) stays in the app's memory only.
 *
 * A client asks for this with the header below; without it (scripts, tests, other apps) the
 * token travels in the answer as before. With it, the answer's refreshToken is empty and
 * refreshSession/signOut take an empty argument to mean "the one in the cookie".
 */
export const SESSION_COOKIE_HEADER = 'x-wspolnie-session';
export const SESSION_COOKIE = 'wspolnie_session';
const COOKIE_PATH = '/graphql';

type CookieRequest = { req: NonNullable<RequestContext['req']>; res: NonNullable<RequestContext['res']> };

/** The request and response of a client that asked for the cookie; null for any other. */
function cookieClient(context: RequestContext | undefined): CookieRequest | null {
  const req = context?.req;
  const res = context?.res;
  return req && res && req.headers[SESSION_COOKIE_HEADER] === 'cookie' ? { req, res } : null;
}

/** Behind TLS (directly or through a trusted proxy), and always in production, it never travels in the clear. */
function options(client: CookieRequest, production: boolean) {
  return { httpOnly: true, sameSite: 'strict', secure: production || client.req.secure === true, path: COOKIE_PATH };
}

/** The payload as the client may see it; the refresh token goes into the cookie when asked. */
export function deliverSession(payload: AuthPayload, context: RequestContext | undefined, production: boolean): AuthPayload {
  const client = cookieClient(context);
  if (!client) return payload;
  client.res.cookie(SESSION_COOKIE, payload.refreshToken, { ...options(client, production), expires: payload.refreshTokenExpiresAt });
  return { ...payload, refreshToken: '' };
}

/** The refresh token the client means: the argument, or the cookie's when the argument is empty. */
export function refreshTokenOf(argument: string, context: RequestContext | undefined): string {
  const client = cookieClient(context);
  if (argument !== '' || !client) return argument;
  const header = client.req.headers['cookie'];
  for (const cookie of (Array.isArray(header) ? header.join('; ') : (header ?? '')).split(';')) {
    const [name, ...value] = cookie.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('='));
  }
  return '';
}

/** Removes the cookie (signed out, or the session it held has ended). */
export function forgetSession(context: RequestContext | undefined, production: boolean): void {
  const client = cookieClient(context);
  if (client) client.res.clearCookie(SESSION_COOKIE, options(client, production));
}
