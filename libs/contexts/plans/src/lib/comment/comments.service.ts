import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { type Comment, CommentSubjectKind, DiscussionService } from '@wspolnie/discussion';
import { DomainError } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { quoteFits } from '../document/quotes';
import { PlanStatus } from '../plan/plan-status';
import { PlansService } from '../plan/plans.service';
import { plansMessage } from '../plans-messages';
import { PlanSection } from '../revision/plan-section.entity';
import { RevisionsService } from '../revision/revisions.service';
import { CommentRules } from './comment-rules';
import { CommentThread } from './comment-thread.entity';
import type { CommentOnPlanInput, ReplyToCommentInput } from './comment.inputs';
import { PlanThreadSubject } from './plan-thread-subject';

/**
 * Commenting on a plan: starting a thread on a section (or a quoted passage) and replying in
 * it. The comment itself (its mentions, notifications, event, edits) is the discussion's.
 */
@Injectable()
export class CommentsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly plans: PlansService,
    private readonly revisions: RevisionsService,
    private readonly rules: CommentRules,
    private readonly subject: PlanThreadSubject,
    private readonly discussion: DiscussionService,
  ) {}

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
    // Before the thread is made, so a refused mention leaves nothing behind even to look at.
    await this.discussion.mentionsOf(plan.partnershipId, input.body);
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
    await this.discussion.writeOn(
      actor,
      this.subject.held(plan, thread),
      { kind: CommentSubjectKind.PLAN_THREAD, subjectId: thread.id, body: input.body },
      { changes: { sectionKey: { after: thread.sectionKey } } },
    );
    return thread;
  }

  /** An answer in the thread of the comment answered; everyone who wrote in the thread is told. */
  @Transactional()
  async reply(actor: Actor, input: ReplyToCommentInput): Promise<Comment> {
    const answered = await this.discussion.get(input.commentId);
    if (answered.subjectKind !== CommentSubjectKind.PLAN_THREAD) throw DomainError.notFound(plansMessage('noun.comment'), input.commentId);
    const held = await this.subject.hold(answered.subjectId);
    if (answered.deletedAt) throw DomainError.badInput('commentId', plansMessage('replyToDeleted'));
    return this.discussion.writeOn(actor, held, { kind: CommentSubjectKind.PLAN_THREAD, subjectId: answered.subjectId, body: input.body, inReplyToId: answered.id }, { replyField: 'commentId' });
  }
}
