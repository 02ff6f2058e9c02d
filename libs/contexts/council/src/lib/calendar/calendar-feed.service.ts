import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccessService } from '@wspolnie/identity';
import { AppConfig } from '@wspolnie/platform-config';
import { DomainError } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { createHash, randomBytes } from 'node:crypto';
import { CalendarFeed } from './calendar-feed.entity';
import type { CalendarFeedInfo, CalendarFeedUrls } from './calendar-feed.types';

/** What a feed's secret looks like: 32 random bytes, base64url. Anything else names no feed. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * The secret behind a person's calendar feed URLs. A calendar application cannot sign in, so the
 * URL itself is the key: it is shown once, only its SHA-256 hash is kept, and rotating replaces
 * it at once (the old URL stops working with the same write). One secret covers all of a
 * person's feeds; what each feed shows is decided at every fetch from the roles they hold then.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly access: AccessService,
    private readonly config: AppConfig,
  ) {}

  /** When the caller's current feed address was made, or null before the first. */
  async info(userId: string): Promise<CalendarFeedInfo | null> {
    const feed = await this.txHost.tx.getRepository(CalendarFeed).findOne({ where: { userId }, select: { userId: true, createdAt: true } });
    return feed ? { createdAt: feed.createdAt } : null;
  }

  /** Makes a new secret (the old one, if any, stops working) and answers the feed URLs it opens, this once. */
  @Transactional()
  async rotate(userId: string): Promise<CalendarFeedUrls> {
    const token = randomBytes(32).toString('base64url');
    await this.txHost.tx.query(
      `INSERT INTO council_calendar_feed (user_id, token_hash, created_at) VALUES ($1, $2, now())
       ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = EXCLUDED.created_at`,
      [userId, hashOf(token)],
    );
    const grants = await this.access.grantsOf([userId]);
    const partnershipIds = await this.readable(
      userId,
      grants.map((grant) => grant.partnershipId),
    );
    const base = `${this.config.auth.publicUrl}/calendar/${token}`;
    return { meetingsUrl: `${base}/meetings.ics`, partnershipUrls: partnershipIds.map((partnershipId) => ({ partnershipId, url: `${base}/partnerships/${partnershipId}.ics` })) };
  }

  /** The person a feed secret belongs to, or null (a malformed or replaced secret names nobody). */
  async userOf(token: string): Promise<string | null> {
    if (!TOKEN_SHAPE.test(token)) return null;
    const [row] = await this.txHost.tx.query(`SELECT user_id FROM council_calendar_feed WHERE token_hash = $1`, [hashOf(token)]);
    return row?.user_id ?? null;
  }

  /**
   * Of these partnerships, those whose council the person may read now, by the policy table the
   * API uses (`council.read`). A feed acts for its owner as a member, never with platform powers:
   * it shows only partnerships where they hold a role. Outside a transaction the checks of one
   * call go to the database together, however many partnerships there are.
   */
  async readable(userId: string, partnershipIds: readonly string[]): Promise<string[]> {
    const actor: Actor = { userId, isPlatformAdmin: false };
    const checked = await Promise.all(
      [...new Set(partnershipIds)].map((partnershipId) =>
        this.access.assertCan(actor, 'council.read', 'partnership', partnershipId).then(
          () => partnershipId,
          (error: unknown) => {
            if (error instanceof DomainError) return null;
            throw error;
          },
        ),
      ),
    );
    return checked.filter((id): id is string => id !== null);
  }
}
