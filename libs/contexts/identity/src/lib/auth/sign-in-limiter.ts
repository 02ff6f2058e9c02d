import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainError, ErrorCode } from '@wspolnie/platform-errors';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { identityMessage } from '../identity-messages';

type LimitMessage = 'limit.signInAccount' | 'limit.signInAddress' | 'limit.resetAddress' | 'limit.mailAddress' | 'limit.mailRecipient';

const WINDOW_SECONDS = 15 * 60;
export const FAILURES_PER_ACCOUNT = 5;
export const FAILURES_PER_ADDRESS = 30;
const RESET_WINDOW_SECONDS = 3_600;
export const RESETS_PER_ACCOUNT = 3;
export const RESETS_PER_ADDRESS = 10;
export const PUBLIC_MAILS_PER_RECIPIENT = 3;
export const PUBLIC_MAILS_PER_ADDRESS = 60;

/**
 * Slows down password guessing: 5 attempts for one e-mail, or 30 from one address, within 15
 * minutes, that did not succeed; further attempts are refused, without checking the password,
 * until that window ends. An attempt is counted before its password is checked (one atomic
 * increment), so parallel attempts count too: of 50 sent at once, 5 are checked. A success
 * gives its attempt back. Counters live in PostgreSQL (table made by migration), so every API
 * process shares them. The address is the client's as Express tells it (TRUST_PROXY).
 *
 * The same counters keep anyone from making the API send mail to addresses at will without
 * signing in (a seminar's confirmation link): 3 an hour to one recipient, 60 from one address (a gmina office registers its people from one).
 */
@Injectable()
export class SignInLimiter implements OnModuleInit {
  private perAccount!: RateLimiterPostgres;
  private perAddress!: RateLimiterPostgres;
  private resetsPerAccount!: RateLimiterPostgres;
  private resetsPerAddress!: RateLimiterPostgres;
  private mailsPerRecipient!: RateLimiterPostgres;
  private mailsPerAddress!: RateLimiterPostgres;

  constructor(private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    const common = { storeClient: this.dataSource, storeType: 'typeorm', tableName: 'sign_in_limit', tableCreated: true };
    this.perAccount = new RateLimiterPostgres({ ...common, keyPrefix: 'account', points: FAILURES_PER_ACCOUNT, duration: WINDOW_SECONDS });
    this.perAddress = new RateLimiterPostgres({ ...common, keyPrefix: 'address', points: FAILURES_PER_ADDRESS, duration: WINDOW_SECONDS });
    this.resetsPerAccount = new RateLimiterPostgres({ ...common, keyPrefix: 'reset-account', points: RESETS_PER_ACCOUNT, duration: RESET_WINDOW_SECONDS });
    this.resetsPerAddress = new RateLimiterPostgres({ ...common, keyPrefix: 'reset-address', points: RESETS_PER_ADDRESS, duration: RESET_WINDOW_SECONDS });
    this.mailsPerRecipient = new RateLimiterPostgres({ ...common, keyPrefix: 'mail-recipient', points: PUBLIC_MAILS_PER_RECIPIENT, duration: RESET_WINDOW_SECONDS });
    this.mailsPerAddress = new RateLimiterPostgres({ ...common, keyPrefix: 'mail-address', points: PUBLIC_MAILS_PER_ADDRESS, duration: RESET_WINDOW_SECONDS });
  }

  /** Counts a sign-in attempt, or refuses it with TOO_MANY_REQUESTS. */
  async attempt(email: string, address: string): Promise<void> {
    await consume(this.perAccount, email, 'limit.signInAccount');
    try {
      await consume(this.perAddress, address, 'limit.signInAddress');
    } catch (error) {
      // Refused by the address: this attempt was never made for the account.
      await this.perAccount.reward(email, 1);
      throw error;
    }
  }

  /** The attempt succeeded: the account's count starts again, and the address gets its point back. */
  async succeeded(email: string, address: string): Promise<void> {
    await Promise.all([this.perAccount.delete(email), this.perAddress.reward(address, 1)]);
  }

  /** Counts an e-mail asked for without signing in (a confirmation link), or refuses it with TOO_MANY_REQUESTS. */
  async publicMail(recipient: string, address: string): Promise<void> {
    await consume(this.mailsPerAddress, address, 'limit.mailAddress');
    try {
      await consume(this.mailsPerRecipient, recipient, 'limit.mailRecipient');
    } catch (error) {
      // Refused for the recipient: this request did not count against the address.
      await this.mailsPerAddress.reward(address, 1);
      throw error;
    }
  }

  /**
   * Counts a password-reset request. Too many from one address are refused; too many for one
   * account are answered like any other (no e-mail is sent), so the answer tells nothing.
   */
  async resetRequest(email: string, address: string): Promise<boolean> {
    await consume(this.resetsPerAddress, address, 'limit.resetAddress');
    try {
      await this.resetsPerAccount.consume(email, 1);
      return true;
    } catch (error) {
      if (error instanceof RateLimiterRes) return false;
      throw error;
    }
  }
}

async function consume(limiter: RateLimiterPostgres, key: string, refusal: LimitMessage): Promise<void> {
  try {
    await limiter.consume(key, 1);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const seconds = Math.ceil(error.msBeforeNext / 1000);
    const wait = identityMessage('limit.minutes', { count: Math.max(1, Math.ceil(seconds / 60)) });
    throw new DomainError(ErrorCode.TooManyRequests, identityMessage(refusal, { wait }), { retryAfterSeconds: seconds });
  }
}
