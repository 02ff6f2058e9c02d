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

function wantsCookie(context: RequestContext | undefined): boolean {
  return context?.req?.headers[SESSION_COOKIE_HEADER] === 'cookie' && Boolean(context.res);
}

/** The payload as the client may see it; the refresh token goes into the cookie when asked. */
export function deliverSession(payload: AuthPayload, context: RequestContext | undefined): AuthPayload {
  if (!wantsCookie(context)) return payload;
  context!.res!.cookie(SESSION_COOKIE, payload.refreshToken, {
    httpOnly: true,
    sameSite: 'strict',
    // Behind TLS (directly or through a trusted proxy) the cookie never travels in the clear.
    secure: context!.req?.secure === true,
    path: COOKIE_PATH,
    expires: payload.refreshTokenExpiresAt,
  });
  return { ...payload, refreshToken: '' };
}

/** The refresh token the client means: the argument, or the cookie's when the argument is empty. */
export function refreshTokenOf(argument: string, context: RequestContext | undefined): string {
  if (argument !== '' || !wantsCookie(context)) return argument;
  const header = context!.req?.headers['cookie'];
  const cookies = (Array.isArray(header) ? header.join('; ') : (header ?? '')).split(';');
  for (const cookie of cookies) {
    const [name, ...value] = cookie.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('='));
  }
  return '';
}

/** Removes the cookie (signed out, or the session it held has ended). */
export function forgetSession(context: RequestContext | undefined): void {
  if (wantsCookie(context)) context!.res!.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: context!.req?.secure === true, path: COOKIE_PATH });
}
