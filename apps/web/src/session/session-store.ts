import { print } from 'graphql';
import { RefreshSessionDocument, type SessionUserFragment, SignOutDocument } from './graphql.generated';

/** The header that asks the API to keep the refresh token in its HttpOnly cookie (never in this script's reach). */
export const SESSION_HEADER = { 'x-wspolnie-session': 'cookie' } as const;

export interface Session {
  readonly accessToken: string;
  readonly expiresAt: number;
  readonly user: SessionUserFragment;
}

export type SessionEnd = 'ended' | 'signedOut';
export type SessionState = { readonly status: 'restoring' } | { readonly status: 'signedIn'; readonly session: Session } | { readonly status: 'signedOut'; readonly reason?: SessionEnd };

/** Refresh this long before the access token expires, so no request meets an expired one. */
const REFRESH_AHEAD_MS = 60_000;
const LOCK = 'wspolnie-session-refresh';

type Payload = { accessToken: string; accessTokenExpiresAt: string; user: SessionUserFragment };

/**
 * The session of this tab: the access token in memory only; the refresh token in the API's
 * HttpOnly cookie. Refresh tokens are single use and a reused one ends the session, so every
 * refresh in this tab shares one request, and tabs take turns through a Web Lock: the second tab
 * then sends the cookie the first one's refresh left.
 */
export class SessionStore {
  private state: SessionState = { status: 'restoring' };
  private readonly listeners = new Set<(state: SessionState) => void>();
  private inflight: Promise<Session | null> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly endpoint = '/graphql',
    private readonly language: () => string = () => document.documentElement.lang || 'pl',
  ) {}

  get current(): SessionState {
    return this.state;
  }

  subscribe(listener: (state: SessionState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** At start: a session the cookie still holds, or signed out. */
  async restore(): Promise<void> {
    if ((await this.refresh()) === null && this.state.status === 'restoring') this.set({ status: 'signedOut' });
  }

  /** After sign-in (or a new account, or a changed password): the API's answer. */
  signedIn(payload: Payload): Session {
    const session = { accessToken: payload.accessToken, expiresAt: Date.parse(payload.accessTokenExpiresAt), user: payload.user };
    this.set({ status: 'signedIn', session });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), Math.max(1_000, session.expiresAt - Date.now() - REFRESH_AHEAD_MS));
    return session;
  }

  /** An access token good for the next request, refreshed first when it is about to expire. */
  async accessToken(): Promise<string | null> {
    if (this.inflight) return (await this.inflight)?.accessToken ?? null;
    if (this.state.status !== 'signedIn') return null;
    if (this.state.session.expiresAt - Date.now() > REFRESH_AHEAD_MS / 2) return this.state.session.accessToken;
    return (await this.refresh())?.accessToken ?? null;
  }

  /** One refresh at a time in this tab, and across tabs. Null: there is no session. */
  refresh(): Promise<Session | null> {
    this.inflight ??= this.withLock(() => this.requestRefresh()).finally(() => (this.inflight = null));
    return this.inflight;
  }

  /** The API said the session is over (ended elsewhere, password changed, signed out everywhere). */
  ended(): void {
    if (this.state.status === 'signedIn' || this.state.status === 'restoring') this.end('ended');
  }

  /**
   * Ends the session on the server, then here. If the API did not confirm, the session (and its
   * cookie) may still be alive: this throws and the person stays signed in to try again, rather
   * than being told they are signed out while the next visitor of this browser is let in.
   */
  async signOut(): Promise<void> {
    const body = (await this.post(print(SignOutDocument))) as { data?: { signOut?: boolean } | null };
    if (body.data?.signOut !== true) throw new Error('sign-out not confirmed');
    this.end('signedOut');
  }

  private end(reason: SessionEnd): void {
    clearTimeout(this.timer);
    this.set({ status: 'signedOut', reason });
  }

  private async requestRefresh(): Promise<Session | null> {
    let body: { data?: { refreshSession?: Payload } | null; errors?: { extensions?: { code?: string } }[] };
    try {
      body = (await this.post(print(RefreshSessionDocument))) as typeof body;
    } catch {
      // The server is unreachable: keep what we have and try again shortly.
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.refresh(), 10_000);
      return this.state.status === 'signedIn' ? this.state.session : null;
    }
    const payload = body.data?.refreshSession;
    if (payload) return this.signedIn(payload);
    // Only UNAUTHENTICATED means the session is over; a busy or failing server is asked again.
    if (!body.errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED') && this.state.status === 'signedIn') {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.refresh(), 10_000);
      return this.state.session;
    }
    if (this.state.status === 'signedIn') this.end('ended');
    return null;
  }

  private async post(query: string): Promise<unknown> {
    const response = await fetch(this.endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'accept-language': this.language(), ...SESSION_HEADER },
      body: JSON.stringify({ query }),
    });
    return response.json();
  }

  private withLock<T>(work: () => Promise<T>): Promise<T> {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    return locks ? (locks.request(LOCK, work) as Promise<T>) : work();
  }

  private set(state: SessionState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }
}
