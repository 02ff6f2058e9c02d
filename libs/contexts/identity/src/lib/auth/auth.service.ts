import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DomainError, ErrorCode } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { IsNull } from 'typeorm';
import { AccountsService, assertPasswordStrength, normaliseEmail } from '../account/accounts.service';
import { PasswordHasher } from '../account/password-hasher';
import type { UserAccount } from '../account/user-account.entity';
import type { AuthPayload } from './auth.types';
import { RefreshToken } from './refresh-token.entity';
import { SignInLimiter } from './sign-in-limiter';
import { hashToken, TokensService } from './tokens.service';

/** One answer for an unknown e-mail and a wrong password, so accounts cannot be enumerated. */
const WRONG_CREDENTIALS = 'The e-mail or the password is not right.';
const SESSION_ENDED = 'This session has ended; sign in again.';

@Injectable()
export class AuthService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly accounts: AccountsService,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokensService,
    private readonly limiter: SignInLimiter,
  ) {}

  private get refreshTokens() {
    return this.txHost.tx.getRepository(RefreshToken);
  }

  async signIn(email: string, password: string, address: string): Promise<AuthPayload> {
    const normalised = normaliseEmail(email);
    await this.limiter.assertAllowed(normalised, address);
    const account = await this.accounts.findByEmail(normalised);
    // The hash is checked even without an account, so both answers take as long.
    const valid = await this.hasher.verify(account?.passwordHash ?? null, password);
    if (!account || !valid) {
      await this.limiter.recordFailure(normalised, address);
      throw new DomainError(ErrorCode.Unauthenticated, WRONG_CREDENTIALS);
    }
    await this.limiter.recordSuccess(normalised);
    if (this.hasher.needsRehash(account.passwordHash)) {
      await this.accounts.repository.update({ id: account.id }, { passwordHash: await this.hasher.hash(password) });
    }
    return this.startSession(account, randomUUID());
  }

  /**
   * Trades a refresh token for a new pair. A token that was already used revokes its whole
   * family: the revocation is committed before the refusal is answered.
   */
  async refresh(refreshToken: string): Promise<AuthPayload> {
    const outcome = await this.txHost.withTransaction(async () => {
      const stored = await this.refreshTokens.findOne({ where: { tokenHash: hashToken(refreshToken) }, lock: { mode: 'pessimistic_write' } });
      if (!stored || stored.revokedAt || stored.expiresAt <= new Date()) return { ended: true as const };
      if (stored.usedAt) {
        await this.refreshTokens.update({ familyId: stored.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
        return { ended: true as const };
      }
      const account = await this.accounts.findById(stored.userId);
      if (!account) return { ended: true as const };
      await this.refreshTokens.update({ id: stored.id }, { usedAt: new Date() });
      return { ended: false as const, payload: await this.startSession(account, stored.familyId) };
    });
    if (outcome.ended) throw new DomainError(ErrorCode.Unauthenticated, SESSION_ENDED);
    return outcome.payload;
  }

  /** Ends the session the refresh token belongs to. Unknown tokens are ignored: the result is the same. */
  async signOut(refreshToken: string): Promise<void> {
    const stored = await this.refreshTokens.findOneBy({ tokenHash: hashToken(refreshToken) });
    if (stored) await this.refreshTokens.update({ familyId: stored.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Changes the password and ends every session, then starts a new one for this client. */
  @Transactional()
  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<AuthPayload> {
    const account = await this.accounts.findById(actor.userId);
    if (!account) throw new DomainError(ErrorCode.Unauthenticated, SESSION_ENDED);
    if (!(await this.hasher.verify(account.passwordHash, currentPassword))) {
      throw new DomainError(ErrorCode.BadUserInput, 'The current password is not right.', { field: 'currentPassword' });
    }
    assertPasswordStrength(newPassword, 'newPassword');
    // Tokens carry whole seconds: sessions are valid from the next full second, so every token
    // issued before now (even within this second) is refused and the new one is not.
    const validFrom = new Date(Math.ceil((Date.now() + 1) / 1000) * 1000);
    await this.accounts.repository.update({ id: account.id }, { passwordHash: await this.hasher.hash(newPassword), sessionsValidFrom: validFrom });
    await this.refreshTokens.update({ userId: account.id, revokedAt: IsNull() }, { revokedAt: new Date() });
    return this.startSession(account, randomUUID(), validFrom);
  }

  /** The account behind a valid access token, unless its sessions were ended after it was issued. */
  async authenticate(accessToken: string): Promise<UserAccount | null> {
    const claims = this.tokens.verifyAccessToken(accessToken);
    if (!claims) return null;
    const account = await this.accounts.findById(claims.sub);
    if (!account || claims.iat < Math.floor(account.sessionsValidFrom.getTime() / 1000)) return null;
    return account;
  }

  /** A new session for someone who proved who they are another way (an accepted invitation). */
  openSession(account: UserAccount): Promise<AuthPayload> {
    return this.startSession(account, randomUUID());
  }

  private async startSession(account: UserAccount, familyId: string, now = new Date()): Promise<AuthPayload> {
    const refresh = this.tokens.newRefreshToken(now);
    await this.refreshTokens.insert({ familyId, userId: account.id, tokenHash: refresh.hash, expiresAt: refresh.expiresAt });
    const access = this.tokens.issueAccessToken(account, now);
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken: refresh.token,
      refreshTokenExpiresAt: refresh.expiresAt,
      user: account,
    };
  }
}
