import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { Session } from '@wspolnie/platform-graphql';
import { Signals } from '@wspolnie/platform-realtime';
import { type GrantRow, rememberRequestGrants } from '../access/request-grants';
import { TokensService } from '../auth/tokens.service';
import { AuthSession, type SessionEnd } from './auth-session.entity';

/** The signal every API process receives when a session ends ("session.ended:<id>"). */
export const SESSION_ENDED = 'session.ended';

/**
 * The one place that says whether a session holds: HTTP requests and WebSocket connections
 * both ask it, and ending a session here ends every access token and every open socket of it
 * at once (the signal reaches every process when the ending commits).
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly tokens: TokensService,
    private readonly signals: Signals,
  ) {}

  /**
   * The session behind a valid access token, unless it has ended; one statement. For one HTTP
   * request (`request`) the same statement reads the caller's partnership roles, which that
   * request's checks then use instead of a statement each.
   */
  async authenticate(accessToken: string, use: 'request' | 'connection' = 'connection'): Promise<Session | null> {
    const claims = this.tokens.verifyAccessToken(accessToken);
    if (!claims) return null;
    const forRequest = use === 'request';
    const grants = forRequest
      ? `(SELECT coalesce(json_agg(json_build_object('p', access.partnership_id, 'r', access.role, 'g', access.gmina_id)), '[]') FROM partnership_access access WHERE access.user_id = session.user_id)`
      : 'NULL';
    const rows: { is_platform_admin: boolean; grants: GrantRow[] | null }[] = await this.txHost.tx.query(
      `SELECT account.is_platform_admin, ${grants} AS grants FROM auth_session session JOIN user_account account ON account.id = session.user_id
       WHERE session.id = $1 AND session.user_id = $2 AND session.ended_at IS NULL`,
      [claims.sid, claims.sub],
    );
    if (!rows.length) return null;
    const session: Session = { userId: claims.sub, sessionId: claims.sid, isPlatformAdmin: rows[0].is_platform_admin, expiresAt: new Date(claims.exp * 1000) };
    if (forRequest) rememberRequestGrants(session, rows[0].grants ?? []);
    return session;
  }

  async start(userId: string): Promise<string> {
    const result = await this.txHost.tx.getRepository(AuthSession).insert({ userId });
    return (result.identifiers[0] as { id: string }).id;
  }

  /** Ends one session (signing out, a reused refresh token). */
  async end(sessionId: string, reason: SessionEnd): Promise<void> {
    await this.endWhere(`id = $1`, [sessionId], reason);
  }

  /** Ends every session of someone (password changed or reset, administration taken away, signing out everywhere). */
  async endAll(userId: string, reason: SessionEnd): Promise<number> {
    return this.endWhere(`user_id = $1`, [userId], reason);
  }

  /** Which of these sessions are still open (for sockets, after signals may have been missed). */
  async stillOpen(sessionIds: readonly string[]): Promise<Set<string>> {
    if (!sessionIds.length) return new Set();
    const rows: { id: string }[] = await this.txHost.tx.query(`SELECT id FROM auth_session WHERE id = ANY($1::uuid[]) AND ended_at IS NULL`, [sessionIds]);
    return new Set(rows.map((row) => row.id));
  }

  private async endWhere(condition: string, parameters: unknown[], reason: SessionEnd): Promise<number> {
    // In the caller's transaction when there is one: the signals go out when it commits.
    return this.txHost.withTransaction(async () => {
      const [rows] = (await this.txHost.tx.query(`UPDATE auth_session SET ended_at = now(), end_reason = $${parameters.length + 1} WHERE ${condition} AND ended_at IS NULL RETURNING id`, [
        ...parameters,
        reason,
      ])) as [{ id: string }[], number];
      for (const row of rows) await this.signals.publish(SESSION_ENDED, row.id);
      return rows.length;
    });
  }
}
