import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccessService, PartnershipReferences } from '@wspolnie/identity';
import { excerptOf } from '@wspolnie/kernel';
import { Inbox, NotificationKind } from '@wspolnie/notifications';
import { versionedUpdate } from '@wspolnie/platform-database';
import { DomainError } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import type { Message } from '@wspolnie/platform-i18n';
import { EventLog } from '@wspolnie/platform-realtime';
import { In } from 'typeorm';
import { CommentEdit, CommentMention } from './comment-history.entity';
import type { CommentSubjectKind } from './comment-subject-kind';
import { CommentSubjects, type HeldSubject } from './comment-subjects';
import { Comment } from './comment.entity';
import { discussionMessage } from './discussion-messages';
import { type Mention, mentionsIn, withReadableMentions } from './mentions';

/** A comment as a CONFLICT names it: its first words. */
const nameOf = (comment: Comment) => excerptOf(comment.body, 60);

type Changes = Record<string, { before?: unknown; after?: unknown }>;

export interface NewComment {
  readonly kind: CommentSubjectKind;
  readonly subjectId: string;
  readonly body: string;
  /** A comment on the same subject it answers. */
  readonly inReplyToId?: string | null;
}

export interface WriteOptions {
  /** The input field a refused reply is named by (inReplyToId unless the operation names it otherwise). */
  readonly replyField?: string;
  /** More of what the event of the new comment says (a plan thread's section). */
  readonly changes?: Changes;
  /** A refusal of mentioning outsiders in the owner's words. */
  readonly mentionRefusal?: (name: string) => Message;
}

/**
 * The one comment mechanism: writing, replying, editing (each earlier text is kept) and
 * deleting (the text goes, a placeholder stays) comments on whatever a context registered as a
 * subject. Every change is an event of the partnership's stream (topic comment, scoped by the
 * subject's scope), then mentions and the subject's audience are notified, in that order.
 */
@Injectable()
export class DiscussionService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly subjects: CommentSubjects,
    private readonly references: PartnershipReferences,
    private readonly access: AccessService,
    private readonly inbox: Inbox,
    private readonly events: EventLog,
  ) {}

  private get comments() {
    return this.txHost.tx.getRepository(Comment);
  }

  async get(id: string): Promise<Comment> {
    const comment = await this.comments.findOneBy({ id });
    if (!comment) throw DomainError.notFound(discussionMessage('noun.comment'), id);
    return comment;
  }

  /** Holds the subject through its owner (which refuses when it takes no comments), then writes. */
  @Transactional()
  async write(actor: Actor, input: NewComment, options: WriteOptions = {}): Promise<Comment> {
    return this.writeOn(actor, await this.subjects.hold(input.kind, input.subjectId), input, options);
  }

  /** For an owner that has held (and checked) the subject itself, as a plan holds a new thread's plan. */
  @Transactional()
  async writeOn(actor: Actor, held: HeldSubject, input: NewComment, options: WriteOptions = {}): Promise<Comment> {
    const answered = input.inReplyToId ? await this.answered(input, options.replyField ?? 'inReplyToId') : null;
    const mentions = await this.mentionsOf(held.partnershipId, input.body, options.mentionRefusal);
    const authorGminaId = (await this.access.grantOf(actor.userId, held.partnershipId))?.gminaId ?? null;
    const comment = await this.comments.save(
      this.comments.create({
        subjectKind: input.kind,
        subjectId: input.subjectId,
        scopeId: held.scopeId,
        partnershipId: held.partnershipId,
        inReplyToId: answered?.id ?? null,
        authorId: actor.userId,
        authorGminaId,
        body: input.body.trim(),
      }),
    );
    await this.keepMentions(comment, mentions);
    await this.record(actor, held, comment, 'comment.created', {
      [held.eventKey]: { after: comment.subjectId },
      ...options.changes,
      ...(answered ? { inReplyToId: { after: answered.id } } : {}),
      body: { after: comment.body },
    });
    // Whoever is mentioned hears of that; the subject's audience of the comment (deliverEach: the first that names them).
    const audience = await held.audience(comment);
    await this.inbox.deliverEach([
      { recipientIds: mentions.map((mention) => mention.userId), notification: { kind: NotificationKind.MENTION, ...this.about(actor, held, comment) } },
      { recipientIds: audience.recipientIds, notification: { kind: audience.kind, ...this.about(actor, held, comment) } },
    ]);
    return comment;
  }

  @Transactional()
  async edit(actor: Actor, input: { id: string; body: string; expectedVersion: number }, options: Pick<WriteOptions, 'mentionRefusal'> = {}): Promise<Comment> {
    const before = await this.get(input.id);
    const held = await this.subjects.hold(before.subjectKind, before.subjectId);
    if (before.deletedAt) throw DomainError.badInput('id', discussionMessage('commentDeleted'));
    const mentions = await this.mentionsOf(held.partnershipId, input.body, options.mentionRefusal);
    const after = await versionedUpdate(this.txHost.tx, Comment, {
      id: before.id,
      expectedVersion: input.expectedVersion,
      changes: { body: input.body.trim(), editedAt: () => 'now()' } as never,
      noun: discussionMessage('noun.comment'),
      nameOf,
    });
    const history = this.txHost.tx.getRepository(CommentEdit);
    await history.insert({ commentId: before.id, number: (await history.countBy({ commentId: before.id })) + 1, body: before.body, writtenAt: before.editedAt ?? before.createdAt });
    // Only people the new text mentions for the first time are told.
    const already = new Set((await this.txHost.tx.getRepository(CommentMention).findBy({ commentId: before.id })).map((row) => row.userId));
    const added = mentions.filter((mention) => !already.has(mention.userId));
    await this.keepMentions(after, added);
    await this.record(actor, held, after, 'comment.edited', { body: { before: before.body, after: after.body } });
    if (added.length)
      await this.inbox.deliver(
        added.map((mention) => mention.userId),
        { kind: NotificationKind.MENTION, ...this.about(actor, held, after) },
      );
    return after;
  }

  /**
   * The text and its earlier versions go (the author withdrew them), from the comment, its
   * events and the excerpts of its notifications; who wrote when stays, as a placeholder.
   */
  @Transactional()
  async delete(actor: Actor, input: { id: string; expectedVersion: number }): Promise<Comment> {
    const before = await this.get(input.id);
    const held = await this.subjects.hold(before.subjectKind, before.subjectId);
    if (before.deletedAt) throw DomainError.badInput('id', discussionMessage('commentDeleted'));
    const after = await versionedUpdate(this.txHost.tx, Comment, {
      id: before.id,
      expectedVersion: input.expectedVersion,
      changes: { body: '', deletedAt: () => 'now()' } as never,
      noun: discussionMessage('noun.comment'),
      nameOf,
    });
    await this.txHost.tx.getRepository(CommentEdit).delete({ commentId: before.id });
    await this.txHost.tx.getRepository(CommentMention).delete({ commentId: before.id });
    await this.record(actor, held, after, 'comment.deleted', {});
    // Nor do its earlier events and notifications keep the text: the partnership's stream first
    // (as every writer takes it), people's notifications second.
    await this.events.redact(held.partnershipId, { topic: 'comment', subjectId: before.id, scopeId: held.scopeId }, ['body']);
    await this.inbox.forgetExcerptsOf({ partnershipId: held.partnershipId, commentId: before.id });
    return after;
  }

  /** Comments on subjects of a kind, oldest first. */
  commentsOf(kind: CommentSubjectKind, subjectIds: readonly string[]): Promise<Comment[]> {
    return this.comments.find({ where: { subjectKind: kind, subjectId: In([...subjectIds]) }, order: { seq: 'ASC' } });
  }

  /** How many comments each subject has (deleted ones not counted: their placeholders are no comment), in one query. */
  async countsOf(kind: CommentSubjectKind, subjectIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { subject_id: string; n: number }[] = await this.txHost.tx.query(
      `SELECT subject_id, count(*)::int AS n FROM comment WHERE subject_kind = $1 AND subject_id = ANY($2::uuid[]) AND deleted_at IS NULL GROUP BY subject_id`,
      [kind, [...subjectIds]],
    );
    return new Map(rows.map((row) => [row.subject_id, row.n]));
  }

  /** Who wrote on a subject (for its audience), in one query. */
  async authorsOn(kind: CommentSubjectKind, subjectId: string): Promise<string[]> {
    const rows: { author_id: string }[] = await this.txHost.tx.query(`SELECT DISTINCT author_id FROM comment WHERE subject_kind = $1 AND subject_id = $2 AND author_id IS NOT NULL`, [kind, subjectId]);
    return rows.map((row) => row.author_id);
  }

  editsOf(commentIds: readonly string[]): Promise<CommentEdit[]> {
    return this.txHost.tx.getRepository(CommentEdit).find({ where: { commentId: In([...commentIds]) }, order: { number: 'ASC' } });
  }

  mentionRowsOf(commentIds: readonly string[]): Promise<CommentMention[]> {
    return this.txHost.tx.getRepository(CommentMention).find({ where: { commentId: In([...commentIds]) } });
  }

  /** The people `body` mentions; each must hold a role in the partnership, else the mention is named in the refusal. */
  async mentionsOf(partnershipId: string, body: string, refusal?: (name: string) => Message, field = 'body'): Promise<Mention[]> {
    const mentions = mentionsIn(body);
    await this.references.assertUsable(
      partnershipId,
      mentions.map((mention) => ({ field, kind: 'person', id: mention.userId, refusal: refusal?.(mention.name) ?? discussionMessage('mentionOutsider', { name: mention.name }) })),
    );
    return mentions;
  }

  private async answered(input: NewComment, field: string): Promise<Comment> {
    const answered = await this.comments.findOneBy({ id: input.inReplyToId as string });
    if (!answered || answered.subjectKind !== input.kind || answered.subjectId !== input.subjectId) throw DomainError.badInput(field, discussionMessage('replyElsewhere'));
    if (answered.deletedAt) throw DomainError.badInput(field, discussionMessage('replyToDeleted'));
    return answered;
  }

  private async keepMentions(comment: Comment, mentions: readonly Mention[]): Promise<void> {
    if (mentions.length) await this.txHost.tx.getRepository(CommentMention).insert(mentions.map((mention) => ({ commentId: comment.id, userId: mention.userId })));
  }

  private about(actor: Actor, held: HeldSubject, comment: Comment) {
    return { partnershipId: held.partnershipId, actorId: actor.userId, subjectTitle: held.title, excerpt: withReadableMentions(comment.body), commentId: comment.id, ...held.links };
  }

  private record(actor: Actor, held: HeldSubject, comment: Comment, action: string, changes: Changes) {
    return this.events.append(held.partnershipId, { topic: 'comment', subjectId: comment.id, scopeId: held.scopeId, action, actorId: actor.userId, changes });
  }
}
