import { randomInt, randomUUID } from 'node:crypto';
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
  /**
   * Notify each recipient at most once with this key, however often and in however many
   * processes it is delivered (a scheduled reminder: "task-due:<task>:<day>"). A repeat is
   * skipped whole: no row and no event in the recipient's stream.
   */
  readonly onceKey?: string | null;
}

/**
 * An SQL condition that holds while `recipient` has not been sent `onceKey` (both SQL
 * expressions of the caller's query, e.g. a task's assignee and its reminder's key), read
 * through the once key's unique index: a scheduled job leaves out what it already sent without
 * reading the notification table itself. Only a saving: the key's ON CONFLICT stays the guarantee.
 */
export function notSentOnce(recipient: string, onceKey: string): string {
  return `NOT EXISTS (SELECT 1 FROM notification sent WHERE sent.recipient_id = ${recipient} AND sent.once_key = ${onceKey})`;
}

/** "person:partnership" as PostgreSQL writes the two ids (lower case), whatever case a caller gave them in. */
function pairKey(recipientId: string, partnershipId: string): string {
  return `${recipientId.toLowerCase()}:${partnershipId.toLowerCase()}`;
}

/** One notification to one person (Inbox.deliverMany). */
export interface AddressedNotification {
  readonly recipientId: string;
  readonly notification: NewNotification;
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
    const holding = await this.holding(wanted.map(([recipientId, notification]) => ({ recipientId, notification })));
    const recipients = wanted
      .filter(([recipientId, notification]) => holding.has(pairKey(recipientId, notification.partnershipId)))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([recipientId, notification]) => ({ recipientId, notification }));
    if (!recipients.length) return;
    if (recipients.some(({ notification }) => notification.onceKey)) await this.writeOnce(recipients);
    else await this.write(recipients);
  }

  /**
   * Many notifications, several to one person allowed (a scheduled job's reminders of many
   * tasks), each to its recipient while they hold a role in its partnership, in a few
   * statements whatever their number. Answers those written: a repeated once key is not.
   */
  @Transactional()
  async deliverMany(items: readonly AddressedNotification[]): Promise<AddressedNotification[]> {
    const wanted = items.filter(({ recipientId, notification }) => recipientId.toLowerCase() !== notification.actorId?.toLowerCase());
    if (!wanted.length) return [];
    const holding = await this.holding(wanted);
    const recipients = wanted.filter(({ recipientId, notification }) => holding.has(pairKey(recipientId, notification.partnershipId)));
    return recipients.length ? this.writeOnce(recipients) : [];
  }

  /** Which of the (person, partnership) pairs hold a role there now, as "person:partnership". */
  private async holding(wanted: readonly AddressedNotification[]): Promise<Set<string>> {
    const pairs = [...new Map(wanted.map(({ recipientId, notification }) => [pairKey(recipientId, notification.partnershipId), [recipientId, notification.partnershipId]])).values()];
    const holders: { user_id: string; partnership_id: string }[] = await this.txHost.tx.query(
      `SELECT user_id, partnership_id FROM partnership_access
       WHERE (user_id, partnership_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))`,
      [pairs.map(([user]) => user), pairs.map(([, partnership]) => partnership)],
    );
    return new Set(holders.map((holder) => pairKey(holder.user_id, holder.partnership_id)));
  }

  /** One notification per person: the events first (they give each row its seq), then the rows. */
  private async write(recipients: readonly AddressedNotification[]): Promise<void> {
    const ids = recipients.map(() => randomUUID());
    const announced = await this.events.appendEach(recipients.map((recipient, index) => announcement(recipient, ids[index])));
    await this.txHost.tx.getRepository(Notification).insert(recipients.map((recipient, index) => rowOf(recipient, ids[index], announced[index].seq)));
  }

  /**
   * The rows first, each repeat of a once key skipped by the database (ON CONFLICT on the unique
   * key, which also makes a concurrent writer of the same key wait for the first to commit and
   * then skip), and only then the events, for the rows actually written, so a stream never
   * announces a notification that does not exist. Rows go in (person, key) order, so two
   * writers of overlapping keys wait in one order, never in a cycle. Until its event gives it
   * one, a row holds a random negative seq, which no committed row keeps and no other writer's
   * row in flight shares (a shared one would make the two wait on each other's seq, too).
   */
  private async writeOnce(recipients: readonly AddressedNotification[]): Promise<AddressedNotification[]> {
    const order = (recipient: AddressedNotification) => `${recipient.recipientId.toLowerCase()} ${recipient.notification.onceKey ?? ''}`;
    const ordered = [...recipients].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
    const placeholders = new Set<number>();
    const rows = ordered.map((recipient) => {
      let seq = -randomInt(1, 2 ** 47);
      while (placeholders.has(seq)) seq = -randomInt(1, 2 ** 47);
      placeholders.add(seq);
      return { recipient, row: rowOf(recipient, randomUUID(), seq) };
    });
    const inserted = await this.txHost.tx
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values(rows.map(({ row }) => row))
      // No column to overwrite: TypeORM writes ON CONFLICT (…) WHERE once_key IS NOT NULL DO NOTHING.
      .orUpdate([], ['recipient_id', 'once_key'], { indexPredicate: 'once_key IS NOT NULL' })
      .returning(['id'])
      .updateEntity(false)
      .execute();
    const written = new Set((inserted.raw as { id: string }[]).map(({ id }) => id));
    const kept = rows.filter(({ row }) => written.has(row.id));
    if (!kept.length) return [];
    const announced = await this.events.appendEach(kept.map(({ recipient, row }) => announcement(recipient, row.id)));
    const ids = kept.map(({ row }) => row.id);
    const seqs = announced.map((event) => event.seq);
    await this.txHost.tx.query(`UPDATE notification SET seq = given.seq FROM unnest($1::uuid[], $2::bigint[]) AS given (id, seq) WHERE notification.id = given.id`, [ids, seqs]);
    return kept.map(({ recipient }) => recipient);
  }

  /**
   * The excerpts of notifications of a comment whose text its author withdrew; the rows stay
   * (someone was told of a comment). The partnership narrows the rows read to its index.
   */
  async forgetExcerptsOf(of: { readonly partnershipId: string; readonly commentId: string }): Promise<void> {
    await this.txHost.tx.query(`UPDATE notification SET excerpt = NULL WHERE partnership_id = $1 AND comment_id = $2 AND excerpt IS NOT NULL`, [of.partnershipId, of.commentId]);
  }
}

/** The event in a person's own stream that announces their notification `id`. */
function announcement({ recipientId, notification }: AddressedNotification, id: string) {
  return {
    streamId: recipientId,
    topic: NOTIFICATION_TOPIC,
    subjectId: id,
    scopeId: notification.partnershipId,
    action: 'notification.added',
    actorId: notification.actorId?.toLowerCase() ?? null,
  };
}

function rowOf({ recipientId, notification }: AddressedNotification, id: string, seq: number) {
  return {
    id,
    recipientId,
    seq,
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
    onceKey: notification.onceKey ?? null,
  };
}
