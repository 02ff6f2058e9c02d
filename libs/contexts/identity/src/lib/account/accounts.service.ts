import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DomainError, ErrorCode, errorMessage, postgresErrorOf } from '@wspolnie/platform-errors';
import { In } from 'typeorm';
import { identityMessage } from '../identity-messages';
import { SessionEnd } from '../session/auth-session.entity';
import { SessionsService } from '../session/sessions.service';
import type { Language } from './language';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, PasswordHasher } from './password-hasher';
import { UserAccount } from './user-account.entity';

export interface NewAccount {
  email: string;
  displayName: string;
  password: string;
  gminaId?: string | null;
  isPlatformAdmin?: boolean;
  /** Polish unless given. */
  preferredLanguage?: Language;
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

@Injectable()
export class AccountsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
  ) {}

  get repository() {
    return this.txHost.tx.getRepository(UserAccount);
  }

  findByEmail(email: string): Promise<UserAccount | null> {
    return this.repository.findOneBy({ email: normaliseEmail(email) });
  }

  findById(id: string): Promise<UserAccount | null> {
    return this.repository.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<UserAccount[]> {
    return this.repository.findBy({ id: In([...ids]) });
  }

  async create(account: NewAccount): Promise<UserAccount> {
    assertPasswordStrength(account.password, 'password');
    try {
      return await this.repository.save(
        this.repository.create({
          email: normaliseEmail(account.email),
          displayName: account.displayName.trim(),
          gminaId: account.gminaId ?? null,
          passwordHash: await this.hasher.hash(account.password),
          isPlatformAdmin: account.isPlatformAdmin ?? false,
          ...(account.preferredLanguage ? { preferredLanguage: account.preferredLanguage } : {}),
        }),
      );
    } catch (error) {
      if (postgresErrorOf(error)?.constraint === 'user_account_email_key') {
        throw new DomainError(ErrorCode.Conflict, identityMessage('account.exists', { email: normaliseEmail(account.email) }), { field: 'email' });
      }
      throw error;
    }
  }

  async setPreferredLanguage(id: string, preferredLanguage: Language): Promise<UserAccount> {
    const account = await this.findById(id);
    if (!account) throw new DomainError(ErrorCode.Unauthenticated, errorMessage('signInFirst'));
    if (account.preferredLanguage !== preferredLanguage) await this.repository.update({ id }, { preferredLanguage });
    return Object.assign(account, { preferredLanguage });
  }

  /**
   * Gives or takes the platform administrator's title (an operator's command). Taking it ends
   * every session of the account at once: no token or socket keeps powers it no longer has.
   */
  @Transactional()
  async setPlatformAdmin(email: string, isPlatformAdmin: boolean): Promise<UserAccount> {
    const account = await this.findByEmail(email);
    if (!account) throw DomainError.badInput('email', identityMessage('account.unknown', { email: normaliseEmail(email) }));
    if (account.isPlatformAdmin === isPlatformAdmin) return account;
    await this.repository.update({ id: account.id }, { isPlatformAdmin });
    if (!isPlatformAdmin) await this.sessions.endAll(account.id, SessionEnd.AdministrationRevoked);
    return Object.assign(account, { isPlatformAdmin });
  }
}

export function assertPasswordStrength(password: string, field: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw DomainError.badInput(field, identityMessage('password.tooShort', { min: MIN_PASSWORD_LENGTH }));
  if (password.length > MAX_PASSWORD_LENGTH) throw DomainError.badInput(field, identityMessage('password.tooLong', { max: MAX_PASSWORD_LENGTH }));
}
