import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainError, ErrorCode } from '@wspolnie/platform-errors';
import { RateLimiterPostgres, type RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';

const WINDOW_SECONDS = 15 * 60;
export const FAILURES_PER_ACCOUNT = 5;
export const FAILURES_PER_ADDRESS = 30;

/**
 * Slows down password guessing: after 5 failed sign-ins for one e-mail, or 30 from one address,
 * within 15 minutes, further attempts are refused, without checking the password, until that
 * window ends.
 * Counters live in PostgreSQL (table made by migration), so every API process shares them.
 */
@Injectable()
export class SignInLimiter implements OnModuleInit {
  private perAccount!: RateLimiterPostgres;
  private perAddress!: RateLimiterPostgres;

  constructor(private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    const common = { storeClient: this.dataSource, storeType: 'typeorm', tableName: 'sign_in_limit', tableCreated: true, duration: WINDOW_SECONDS };
    this.perAccount = new RateLimiterPostgres({ ...common, keyPrefix: 'account', points: FAILURES_PER_ACCOUNT });
    this.perAddress = new RateLimiterPostgres({ ...common, keyPrefix: 'address', points: FAILURES_PER_ADDRESS });
  }

  async assertAllowed(email: string, address: string): Promise<void> {
    const [account, source] = await Promise.all([this.perAccount.get(email), this.perAddress.get(address)]);
    const blocked = [
      { state: account, limit: FAILURES_PER_ACCOUNT },
      { state: source, limit: FAILURES_PER_ADDRESS },
    ].find(({ state, limit }) => state !== null && state.consumedPoints >= limit);
    if (blocked) {
      const seconds = Math.ceil((blocked.state as RateLimiterRes).msBeforeNext / 1000);
      throw new DomainError(ErrorCode.TooManyRequests, `Too many failed sign-ins. Try again in ${Math.ceil(seconds / 60)} minutes.`, {
        retryAfterSeconds: seconds,
      });
    }
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.all([this.perAccount.penalty(email, 1), this.perAddress.penalty(address, 1)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }
}
