import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DomainError, ErrorCode, errorMessage } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { AccountsService, assertPasswordStrength, normaliseEmail } from '../account/accounts.service';
import { PasswordHasher } from '../account/password-hasher';
import { asSessionAccount } from '../account/own-account';
import type { UserAccount } from '../account/user-account.entity';
import { identityMessage } from '../identity-messages';
import { SessionEnd } from '../session/auth-session.entity';
import { RefreshToken } from '../session/refresh-token.entity';
import { SessionsService } from '../session/sessions.service';
import type { AuthPayload } from './auth.types';
import { SignInLimiter } from './sign-in-limiter';
import { hashToken, TokensService } from './tokens.service';

/** One answer for an unknown e-mail and a wrong password, so accounts cannot be enumerated. */
const WRONG_CREDENTIALS = identityMessage('auth.wrongCredentials');
const SESSION_ENDED = errorMessage('sessionEnded');

@Injectable()
export class AuthService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly accounts: AccountsService,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokensService,
    private readonly sessions: SessionsService,
    private readonly limiter: SignInLimiter,
  ) {}

  private get refreshTokens() {
    return this.txHost.tx.getRepository(RefreshToken);
  }

  async signIn(email: string, password: string, address: string): Promise<AuthPayload> {
    const normalised = normaliseEmail(email);
    // Counted before the password is checked, so parallel guesses count too.
    await this.limiter.attempt(normalised, address);
    const account = await this.accounts.findByEmail(normalised);
    // The hash is checked even without an account, so both answers take as long.
    const valid = await this.hasher.verify(account?.passwordHash ?? null, password);
    if (!account || !valid) throw new DomainError(ErrorCode.Unauthenticated, WRONG_CREDENTIALS);
    await this.limiter.succeeded(normalised, address);
    if (this.hasher.needsRehash(account.passwordHash)) {
      await this.accounts.repository.update({ id: account.id }, { passwordHash: await this.hasher.hash(password) });
    }
    return this.openSession(account);
  }

  /**
   * Trades a refresh token for a new pair of the same session. A token that was already used
   * ends the session: the ending is committed before the refusal is answered.
   */
  async refresh(refreshToken: string): Promise<AuthPayload> {
    const outcome = await this.txHost.withTransaction(async () => {
      const stored = await this.refreshTokens.findOne({ where: { tokenHash: hashToken(refreshToken) }, lock: { mode: 'pessimistic_write' } });
      if (!stored || stored.expiresAt <= new Date() || !(await this.sessions.stillOpen([stored.sessionId])).has(stored.sessionId)) return { ended: true as const };
      if (stored.usedAt) {
        await this.sessions.end(stored.sessionId, SessionEnd.RefreshTokenReused);
        return { ended: true as const };
      }
      const account = await this.accounts.findById(stored.userId);
      if (!account) return { ended: true as const };
      await this.refreshTokens.update({ id: stored.id }, { usedAt: new Date() });
      return { ended: false as const, payload: await this.issue(account, stored.sessionId) };
    });
    if (outcome.ended) throw new DomainError(ErrorCode.Unauthenticated, SESSION_ENDED);
    return outcome.payload;
  }

  /** Ends the session the refresh token belongs to. Unknown tokens are ignored: the result is the same. */
  async signOut(refreshToken: string): Promise<void> {
    const stored = await this.refreshTokens.findOneBy({ tokenHash: hashToken(refreshToken) });
    if (stored) await this.sessions.end(stored.sessionId, SessionEnd.SignedOut);
  }

  /** Ends every session of the caller, this one included. */
  async signOutEverywhere(actor: Actor): Promise<number> {
    return this.sessions.endAll(actor.userId, SessionEnd.SignedOutEverywhere);
  }

  /** Changes the password and ends every session, then starts a new one for this client. */
  @Transactional()
  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<AuthPayload> {
    const account = await this.accounts.findById(actor.userId);
    if (!account) throw new DomainError(ErrorCode.Unauthenticated, SESSION_ENDED);
    if (!(await this.hasher.verify(account.passwordHash, currentPassword))) {
      throw new DomainError(ErrorCode.BadUserInput, identityMessage('auth.currentPasswordWrong'), { field: 'currentPassword' });
    }
    assertPasswordStrength(newPassword, 'newPassword');
    await this.accounts.repository.update({ id: account.id }, { passwordHash: await this.hasher.hash(newPassword) });
    await this.sessions.endAll(account.id, SessionEnd.PasswordChanged);
    return this.openSession(account);
  }

  /** A new session for someone who proved who they are (a password, or a new account's e-mailed link). */
  async openSession(account: UserAccount): Promise<AuthPayload> {
    return this.txHost.withTransaction(async () => this.issue(account, await this.sessions.start(account.id)));
  }

  private async issue(account: UserAccount, sessionId: string, now = new Date()): Promise<AuthPayload> {
    const refresh = this.tokens.newRefreshToken(now);
    await this.refreshTokens.insert({ sessionId, userId: account.id, tokenHash: refresh.hash, expiresAt: refresh.expiresAt });
    const access = this.tokens.issueAccessToken(account, sessionId, now);
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken: refresh.token,
      refreshTokenExpiresAt: refresh.expiresAt,
      user: asSessionAccount(account),
    };
  }
}
