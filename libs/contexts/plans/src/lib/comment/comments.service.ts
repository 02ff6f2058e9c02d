import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { excerptOf } from '@wspolnie/kernel';
import { Inbox, NotificationKind } from '@wspolnie/notifications';
import { versionedUpdate } from '@wspolnie/platform-database';
import { DomainError } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { EventLog } from '@wspolnie/platform-realtime';
import { quoteFits } from '../document/quotes';
import { PlanStatus } from '../plan/plan-status';
import type { Plan } from '../plan/plan.entity';
import { PlansService } from '../plan/plans.service';
import { plansMessage } from '../plans-messages';
import { PlanSection } from '../revision/plan-section.entity';
import { RevisionsService } from '../revision/revisions.service';
import { CommentEdit, CommentMention } from './comment-history.entity';
import { CommentRules } from './comment-rules';
import { CommentThread } from './comment-thread.entity';
import type { CommentOnPlanInput, CommentVersionInput, EditCommentInput, ReplyToCommentInput } from './comment.inputs';
import { type Mention, withReadableMentions } from './mentions';
import { PlanComment } from './plan-comment.entity';

/** A comment as a CONFLICT names it: its first words. */
const nameOf = (comment: PlanComment) => excerptOf(comment.body, 60);

/**
 * Writing comments: starting a thread on a section (or a quoted passage), replying, editing
 * (each earlier text is kept) and deleting (the text goes, a placeholder stays). Mentions and
 * replies notify people; every change is an event of the plan in its partnership's stream.
 */
@Injectable()
export class CommentsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly plans: PlansService,
    private readonly revisions: RevisionsService,
    private readonly rules: CommentRules,
    private readonly inbox: Inbox,
    private readonly events: EventLog,
  ) {}

  private get comments() {
    return this.txHost.tx.getRepository(PlanComment);
  }

  async get(id: string): Promise<PlanComment> {
    const comment = await this.comments.findOneBy({ id });
    if (!comment) throw DomainError.notFound(plansMessage('noun.comment'), id);
    return comment;
  }

  @Transactional()
  async startThread(actor: Actor, input: CommentOnPlanInput): Promise<CommentThread> {
    const plan = await this.plans.holdForComment(input.planId);
    await this.rules.assertTakesComments(plan);
    const revision = await this.revisions.get(input.revisionId);
    if (!revision || revision.planId !== plan.id) throw DomainError.badInput('revisionId', plansMessage('revisionOfAnotherPlan', { title: plan.title }));
    const section = await this.txHost.tx.getRepository(PlanSection).findOneBy({ revisionId: revision.id, key: input.sectionKey });
    if (!section) throw DomainError.badInput('sectionKey', plansMessage('noSuchSection', { number: revision.number, title: plan.title, key: input.sectionKey }));
    if (input.quote && !quoteFits(section.body, input.quote)) {
      throw DomainError.badInput('quote', plansMessage('quoteNotInSection', { heading: section.heading, start: input.quote.start, end: input.quote.end }));
    }
    const mentions = await this.rules.mentionsOf(plan.partnershipId, input.body);
    const threads = this.txHost.tx.getRepository(CommentThread);
    const thread = await threads.save(
      threads.create({
        planId: plan.id,
        partnershipId: plan.partnershipId,
        roundNumber: plan.status === PlanStatus.IN_CONSULTATION ? plan.roundNumber : 0,
        originRevisionId: revision.id,
        revisionId: revision.id,
        sectionKey: section.key,
        quote: input.quote?.text ?? null,
        quoteStart: input.quote?.start ?? null,
        quoteEnd: input.quote?.end ?? null,
        startedBy: actor.userId,
      }),
    );
    // Written on an older revision (one was published meanwhile): it goes where the section is now.
    if (revision.number < plan.revisionCount) await this.revisions.carryToLatest(plan, [thread]);
    const comment = await this.write(actor, plan, thread, null, input.body, mentions);
    await this.record(actor, plan, comment, 'comment.created', { threadId: { after: thread.id }, sectionKey: { after: thread.sectionKey }, body: { after: comment.body } });
    await this.notifyMentioned(actor, plan, comment, mentions);
    return thread;
  }

  @Transactional()
  async reply(actor: Actor, input: ReplyToCommentInput): Promise<PlanComment> {
    const answered = await this.get(input.commentId);
    const plan = await this.plans.holdForComment(answered.planId);
    await this.rules.assertTakesComments(plan);
    if (answered.deletedAt) throw DomainError.badInput('commentId', plansMessage('replyToDeleted'));
    const mentions = await this.rules.mentionsOf(plan.partnershipId, input.body);
    const thread = await this.txHost.tx.getRepository(CommentThread).findOneByOrFail({ id: answered.threadId });
    const comment = await this.write(actor, plan, thread, answered.id, input.body, mentions);
    await this.record(actor, plan, comment, 'comment.created', { threadId: { after: thread.id }, inReplyToId: { after: answered.id }, body: { after: comment.body } });
    // Everyone who wrote in the thread hears of the answer; whoever is mentioned hears of that instead (deliverEach: the first that names them).
    const takingPart: { author_id: string }[] = await this.txHost.tx.query(
      `SELECT DISTINCT author_id FROM plan_comment WHERE thread_id = $1 AND author_id IS NOT NULL
       UNION SELECT started_by FROM plan_thread WHERE id = $1 AND started_by IS NOT NULL`,
      [thread.id],
    );
    await this.inbox.deliverEach([
      { recipientIds: mentions.map((mention) => mention.userId), notification: { kind: NotificationKind.MENTION, ...this.about(actor, plan, comment) } },
      { recipientIds: takingPart.map((row) => row.author_id), notification: { kind: NotificationKind.REPLY, ...this.about(actor, plan, comment) } },
    ]);
    return comment;
  }

  @Transactional()
  async edit(actor: Actor, input: EditCommentInput): Promise<PlanComment> {
    const before = await this.get(input.id);
    const plan = await this.plans.holdForComment(before.planId);
    await this.rules.assertTakesComments(plan);
    if (before.deletedAt) throw DomainError.badInput('id', plansMessage('commentDeleted'));
    const mentions = await this.rules.mentionsOf(plan.partnershipId, input.body);
    const after = await versionedUpdate(this.txHost.tx, PlanComment, {
      id: before.id,
      expectedVersion: input.expectedVersion,
      changes: { body: input.body.trim(), editedAt: () => 'now()' } as never,
      noun: plansMessage('noun.comment'),
      nameOf,
    });
    const history = this.txHost.tx.getRepository(CommentEdit);
    await history.insert({ commentId: before.id, number: (await history.countBy({ commentId: before.id })) + 1, body: before.body, writtenAt: before.editedAt ?? before.createdAt });
    // Only people the new text mentions for the first time are told.
    const already = new Set((await this.txHost.tx.getRepository(CommentMention).findBy({ commentId: before.id })).map((row) => row.userId));
    const added = mentions.filter((mention) => !already.has(mention.userId));
    await this.keepMentions(after, added);
    await this.record(actor, plan, after, 'comment.edited', { body: { before: before.body, after: after.body } });
    await this.notifyMentioned(actor, plan, after, added);
    return after;
  }

  /** The text and its earlier versions go (the author withdrew them); who wrote when stays, as a placeholder. */
  @Transactional()
  async delete(actor: Actor, input: CommentVersionInput): Promise<PlanComment> {
    const before = await this.get(input.id);
    const plan = await this.plans.holdForComment(before.planId);
    await this.rules.assertTakesComments(plan);
    if (before.deletedAt) throw DomainError.badInput('id', plansMessage('commentDeleted'));
    const after = await versionedUpdate(this.txHost.tx, PlanComment, {
      id: before.id,
      expectedVersion: input.expectedVersion,
      changes: { body: '', deletedAt: () => 'now()' } as never,
      noun: plansMessage('noun.comment'),
      nameOf,
    });
    await this.txHost.tx.getRepository(CommentEdit).delete({ commentId: before.id });
    await this.txHost.tx.getRepository(CommentMention).delete({ commentId: before.id });
    await this.record(actor, plan, after, 'comment.deleted', {});
    return after;
  }

  private async write(actor: Actor, plan: Plan, thread: CommentThread, inReplyToId: string | null, body: string, mentions: readonly Mention[]): Promise<PlanComment> {
    const authorGminaId = await this.rules.gminaOf(actor, plan.partnershipId);
    const comment = await this.comments.save(
      this.comments.create({ threadId: thread.id, planId: plan.id, partnershipId: plan.partnershipId, inReplyToId, authorId: actor.userId, authorGminaId, body: body.trim() }),
    );
    await this.keepMentions(comment, mentions);
    return comment;
  }

  private async keepMentions(comment: PlanComment, mentions: readonly Mention[]): Promise<void> {
    if (mentions.length) await this.txHost.tx.getRepository(CommentMention).insert(mentions.map((mention) => ({ commentId: comment.id, userId: mention.userId })));
  }

  /**
   * After the change's own event: every writer appends to the partnership's stream first and
   * to people's inboxes second, so two transactions never wait for each other's streams.
   */
  private async notifyMentioned(actor: Actor, plan: Plan, comment: PlanComment, mentions: readonly Mention[]): Promise<void> {
    if (!mentions.length) return;
    await this.inbox.deliver(
      mentions.map((mention) => mention.userId),
      { kind: NotificationKind.MENTION, ...this.about(actor, plan, comment) },
    );
  }

  private about(actor: Actor, plan: Plan, comment: PlanComment) {
    return { partnershipId: plan.partnershipId, actorId: actor.userId, subjectTitle: plan.title, excerpt: withReadableMentions(comment.body), planId: plan.id, threadId: comment.threadId, commentId: comment.id };
  }

  private record(actor: Actor, plan: Plan, comment: PlanComment, action: string, changes: Record<string, { before?: unknown; after?: unknown }>) {
    return this.events.append(plan.partnershipId, { topic: 'comment', subjectId: comment.id, scopeId: plan.id, action, actorId: actor.userId, changes });
  }
}
