import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import DataLoader from 'dataloader';
import { AccessService, PartnershipAccess } from '@wspolnie/identity';
import { DomainError } from '@wspolnie/platform-errors';
import { AccessRecheck, alignByKey } from '@wspolnie/platform-graphql';
import { type ConnectionArgs, type ConnectionShape, newestFirst } from '@wspolnie/platform-pagination';
import { EventStreams, streamFailure } from '@wspolnie/platform-realtime';
import { In } from 'typeorm';
import { NOTIFICATION_TOPIC } from './inbox';
import { Notification } from './notification.entity';
import { notificationsMessage } from './notifications-messages';

/**
 * A person's inbox as they may see it now: only notifications of partnerships where they
 * hold a role at the moment of reading. A role taken away hides what came from there (and
 * brings it back if the role is given again); nothing in a notification outlives the access
 * it was sent under.
 */
@Injectable()
export class NotificationsService {
  /**
   * Live subscribers woken by one delivery load their notifications together: look-ups in the
   * same tick go as one query. Nothing is cached: a notification marked read counts at once.
   */
  private readonly byId = new DataLoader<string, Notification | null>(
    async (ids) => alignByKey(ids, await this.notifications.findBy({ id: In([...ids]) }), (notification) => notification.id),
    { cache: false, maxBatchSize: 5_000 },
  );

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly access: AccessService,
    private readonly streams: EventStreams,
  ) {}

  private get notifications() {
    return this.txHost.tx.getRepository(Notification);
  }

  /** The recipient's notifications from partnerships where they hold a role now: one join, no second look-up. */
  private visibleTo(userId: string) {
    return this.notifications
      .createQueryBuilder('notification')
      .innerJoin(PartnershipAccess, 'access', 'access.user_id = notification.recipient_id AND access.partnership_id = notification.partnership_id')
      .where('notification.recipient_id = :userId', { userId });
  }

  /** Newest first; a cursor is the seq of the last notification seen. */
  list(userId: string, args: ConnectionArgs, unreadOnly: boolean): Promise<ConnectionShape<Notification>> {
    const query = this.visibleTo(userId);
    if (unreadOnly) query.andWhere('notification.read_at IS NULL');
    return newestFirst(args, {
      read: (beforeSeq, limit) => query.clone().andWhere('notification.seq < :beforeSeq', { beforeSeq }).orderBy('notification.seq', 'DESC').limit(limit).getMany(),
      seqOf: (notification) => notification.seq,
      count: () => query.getCount(),
    });
  }

  unreadCount(userId: string): Promise<number> {
    return this.visibleTo(userId).andWhere('notification.read_at IS NULL').getCount();
  }

  /** Someone else's notification, or one the caller may no longer see, is answered as if it did not exist. */
  @Transactional()
  async markRead(userId: string, id: string): Promise<Notification> {
    const notification = await this.visibleTo(userId).andWhere('notification.id = :id', { id }).getOne();
    if (!notification) throw DomainError.notFound(notificationsMessage('noun.notification'), id);
    if (notification.readAt) return notification;
    // Marked read twice at once, it keeps the first time.
    const result = await this.notifications
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: () => 'coalesce(read_at, now())' })
      .where('id = :id', { id })
      .returning('read_at')
      .execute();
    const [row] = (result.raw ?? []) as { read_at: Date }[];
    return Object.assign(notification, { readAt: row.read_at });
  }

  /** Every notification the caller sees now; answers how many were unread. */
  @Transactional()
  async markAllRead(userId: string): Promise<number> {
    const result = await this.notifications
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: () => 'now()' })
      .where('recipient_id = :userId AND read_at IS NULL', { userId })
      .andWhere(
        `EXISTS (SELECT 1 FROM partnership_access access
                 WHERE access.user_id = notification.recipient_id AND access.partnership_id = notification.partnership_id)`,
      )
      .execute();
    return result.affected ?? 0;
  }

  /**
   * The person's notifications as they are delivered, from their own stream (its id is
   * theirs): after `afterSeq`, then live. One from a partnership where they no longer hold a
   * role is skipped, as the list skips it.
   */
  follow(userId: string, afterSeq: number | undefined): AsyncIterableIterator<Notification> {
    const events = this.streams.follow(userId, { afterSeq, topic: NOTIFICATION_TOPIC });
    const next = async (): Promise<IteratorResult<Notification>> => {
      for (;;) {
        const result = await events.next();
        if (result.done) return { done: true, value: undefined };
        const event = result.value;
        // No role changes in a person's own stream: what counts is the role in each notification's partnership.
        if (event instanceof AccessRecheck || !event.scopeId) continue;
        const [notification, grant] = await Promise.all([this.byId.load(event.subjectId), this.access.grantOf(userId, event.scopeId)]).catch(async (error: unknown) => {
          // Ends like a failed stream read: SERVICE_UNAVAILABLE when the database went away; resume with afterSeq.
          await events.return?.();
          throw streamFailure(error);
        });
        if (notification && grant && notification.recipientId === userId.toLowerCase()) return { done: false, value: notification };
      }
    };
    // Not an async generator: its return() would wait behind a pending next(), i.e. the next
    // delivery, while the stream's own return() ends that wait at once.
    return {
      next,
      return: async () => {
        await events.return?.();
        return { done: true, value: undefined };
      },
      throw: async (error?: unknown) => {
        await events.return?.();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }
}
