import type { Actor } from '../loader-registry';
import type { AccessRule } from './access-rule';

/** A signed-in session: who, which session, and until when its access token is good. */
export interface Session extends Actor {
  readonly sessionId: string;
  /** When the access token that proved it expires. */
  readonly expiresAt: Date;
}

/**
 * What the API asks the context that knows people and roles (identity). It lives here, as a
 * port, so the GraphQL layer can enforce every declaration without knowing any domain.
 */
export interface AccessGate {
  /**
   * The session behind an access token, or null when the token is invalid or the session ended.
   * `request`: it serves one HTTP request, whose checks may use what was read with it; a
   * connection's session (the default) lives on and must be checked afresh every time.
   */
  authenticate(accessToken: string, use?: 'request' | 'connection'): Promise<Session | null>;
  /** Resolves when the caller may; otherwise throws the error the caller is answered with. */
  authorize(actor: Actor | undefined, rule: AccessRule, source: { readonly args: Record<string, unknown>; readonly parent?: unknown }): Promise<void>;
  /** Throws unless every action the declarations name is in the policy table. */
  assertKnownActions(actions: readonly string[]): void;
}

export const ACCESS_GATE = Symbol('AccessGate');

/**
 * Yielded by a subscription's source stream between its events when someone's access in that
 * stream changed (a role given, changed or taken away). It is never sent to the client: the
 * subscription re-checks its caller's access first (when `userId` is theirs, or is absent)
 * and ends with the refusal if access is gone, so no later event reaches them.
 */
export class AccessRecheck {
  constructor(readonly userId?: string) {}
}
