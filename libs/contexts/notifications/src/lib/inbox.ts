import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { uuidsOf } from '@wspolnie/identity';
import { excerptOf } from '@wspolnie/kernel';
import { EventLog } from '@wspolnie/platform-realtime';
import type { NotificationKind } from './notification-kind';
import { Notification } from './notification.entity';

/** Events of a person's own stream (its id is theirs) that announce a notification; subjectId is its id. */
export const NOTIFICATION_TOPIC = 'notification';

/** How much of a comment (or of what changed) a notification keeps, in characters. */
export const EXCERPT_LENGTH = 200;

export interface NewNotification {
  readonly kind: NotificationKind;
  readonly partnershipId: string;
  /** Who caused it; never notified of their own act. */
  readonly actorId: string | null;
  /** A snapshot: the plan's, task's, project's or meeting's title. */
  readonly subjectTitle: string;
  /** E.g. the beginning of the comment; cut to EXCERPT_LENGTH characters. */
  readonly excerpt?: string | null;
  readonly planId?: string | null;
  readonly threadId?: string | null;
  readonly commentId?: string | null;
  readonly projectId?: string | null;
  readonly taskId?: string | null;
  readonly meetingId?: string | null;
}

/**
 * Where other contexts put what concerns someone. A notification is written in the
 * transaction of the change it tells about, with an event in its recipient's own stream, so
 * both commit with the change or not at all, and a live inbox resumes without loss.
 */
@Injectable()
export class Inbox {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly events: EventLog,
  ) {}

  /**
   * In the caller's transaction, after the change's own event (a partnership's stream first,
   * people's streams second: one order for every writer). Drops the actor and anyone without
   * a role in the partnership.
   */
  deliver(recipientIds: readonly string[], notification: NewNotification): Promise<void> {
    return this.deliverEach([{ recipientIds, notification }]);
  }

  /**
   * Several notifications of one change (a reply that also mentions someone): each person gets
   * the first that names them, and every stream is appended to in one statement, in id order,
   * so two changes delivering to the same people never wait for each other in a cycle.
   */
  @Transactional()
  async deliverEach(batches: readonly { readonly recipientIds: readonly string[]; readonly notification: NewNotification }[]): Promise<void> {
    const chosen = new Map<string, NewNotification>();
    for (const { recipientIds, notification } of batches) {
      const actorId = notification.actorId?.toLowerCase() ?? null;
      for (const id of uuidsOf(recipientIds)) if (id !== actorId && !chosen.has(id)) chosen.set(id, notification);
    }
    if (!chosen.size) return;
    const wanted = [...chosen];
    const holders: { user_id: string; partnership_id: string }[] = await this.txHost.tx.query(
      `SELECT user_id, partnership_id FROM partnership_access
       WHERE (user_id, partnership_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[])) ORDER BY user_id`,
      [wanted.map(([id]) => id), wanted.map(([, notification]) => notification.partnershipId)],
    );
    if (!holders.length) return;
    const recipients = holders.map((holder) => ({ recipientId: holder.user_id, id: randomUUID(), notification: chosen.get(holder.user_id) as NewNotification }));
    const announced = await this.events.appendEach(
      recipients.map(({ recipientId, id, notification }) => ({
        streamId: recipientId,
        topic: NOTIFICATION_TOPIC,
        subjectId: id,
        scopeId: notification.partnershipId,
        action: 'notification.added',
        actorId: notification.actorId?.toLowerCase() ?? null,
      })),
    );
    await this.txHost.tx.getRepository(Notification).insert(
      recipients.map(({ recipientId, id, notification }, index) => ({
        id,
        recipientId,
        seq: announced[index].seq,
        kind: notification.kind,
        partnershipId: notification.partnershipId,
        actorId: notification.actorId?.toLowerCase() ?? null,
        subjectTitle: notification.subjectTitle,
        excerpt: excerptOf(notification.excerpt, EXCERPT_LENGTH) || null,
        planId: notification.planId ?? null,
        threadId: notification.threadId ?? null,
        commentId: notification.commentId ?? null,
        projectId: notification.projectId ?? null,
        taskId: notification.taskId ?? null,
        meetingId: notification.meetingId ?? null,
      })),
    );
  }
}
