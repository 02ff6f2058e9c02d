import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/** OWASP's recommendation for argon2id: 19 MiB, two passes, one lane (about 50 ms here). */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

@Injectable()
export class PasswordHasher {
  /** Verified when an e-mail is unknown, so that answer takes as long as a wrong password. */
  private readonly dummy = argon2.hash('wspolnie-no-such-account', OPTIONS);

  hash(password: string): Promise<string> {
    return argon2.hash(password, OPTIONS);
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash ?? (await this.dummy), password);
    } catch {
      return false;
    }
  }

  needsRehash(hash: string): boolean {
    return argon2.needsRehash(hash, OPTIONS);
  }
}
