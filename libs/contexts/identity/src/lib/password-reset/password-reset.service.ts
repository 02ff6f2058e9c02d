import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AppConfig } from '@wspolnie/platform-config';
import { DomainError } from '@wspolnie/platform-errors';
import { MailOutbox } from '@wspolnie/platform-mail';
import { IsNull } from 'typeorm';
import { AccountsService, assertPasswordStrength, normaliseEmail } from '../account/accounts.service';
import { PasswordHasher } from '../account/password-hasher';
import { SignInLimiter } from '../auth/sign-in-limiter';
import { hashToken, newLinkSecret } from '../auth/tokens.service';
import { identityMessage } from '../identity-messages';
import { passwordResetMail } from './password-reset-mail';
import { SessionEnd } from '../session/auth-session.entity';
import { SessionsService } from '../session/sessions.service';
import { PasswordReset } from './password-reset.entity';

export const RESET_TTL_MINUTES = 60;
const INVALID = identityMessage('reset.invalid');

/**
 * A forgotten password, reset through a single-use, expiring link e-mailed to the account's
 * address. The answer to asking is the same whether the address has an account or not; the
 * new password ends every session of the account.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly accounts: AccountsService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly limiter: SignInLimiter,
    private readonly mail: MailOutbox,
    private readonly config: AppConfig,
  ) {}

  @Transactional()
  async request(email: string, address: string): Promise<void> {
    const normalised = normaliseEmail(email);
    if (!(await this.limiter.resetRequest(normalised, address))) return;
    const account = await this.accounts.findByEmail(normalised);
    if (!account) return;
    const secret = newLinkSecret();
    const expiresAt = new Date(Date.now() + RESET_TTL_MINUTES * 60_000);
    await this.txHost.tx.getRepository(PasswordReset).insert({ userId: account.id, tokenHash: secret.hash, expiresAt });
    await this.mail.enqueue(passwordResetMail(account.email, `${this.config.auth.publicUrl}/reset-password#token=${secret.token}`, expiresAt, account.preferredLanguage));
  }

  /** Sets the new password, uses up every open link of the account and ends all its sessions. */
  @Transactional()
  async reset(token: string, newPassword: string): Promise<void> {
    // Checked before the link is used, so a too-short password does not cost the link.
    assertPasswordStrength(newPassword, 'newPassword');
    const claimed = await this.txHost.tx
      .getRepository(PasswordReset)
      .createQueryBuilder()
      .update()
      .set({ usedAt: () => 'now()' })
      .where('token_hash = :hash AND used_at IS NULL AND expires_at > now()', { hash: hashToken(token) })
      .returning('user_id')
      .execute();
    const userId = (claimed.raw as { user_id: string }[])[0]?.user_id;
    if (!userId) throw DomainError.badInput('token', INVALID);
    await this.accounts.repository.update({ id: userId }, { passwordHash: await this.hasher.hash(newPassword) });
    await this.txHost.tx.getRepository(PasswordReset).update({ userId, usedAt: IsNull() }, { usedAt: new Date() });
    await this.sessions.endAll(userId, SessionEnd.PasswordReset);
  }
}
