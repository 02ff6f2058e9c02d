import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { type Comment, CommentSubjectKind, DiscussionService } from '@wspolnie/discussion';
import { Inbox, NotificationKind } from '@wspolnie/notifications';
import { versionedUpdate } from '@wspolnie/platform-database';
import { DomainError } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { EventLog } from '@wspolnie/platform-realtime';
import { In } from 'typeorm';
import type { Plan } from '../plan/plan.entity';
import { PlansService } from '../plan/plans.service';
import { plansMessage } from '../plans-messages';
import { RevisionsService } from '../revision/revisions.service';
import { ThreadStep, ThreadStepKind } from './comment-history.entity';
import { CommentRules } from './comment-rules';
import { CommentThread, ThreadStatus } from './comment-thread.entity';
import type { ResolveThreadInput } from './comment.inputs';

/** Threads: resolving and reopening them (the decision trail), and reading threads and comments in batches. */
@Injectable()
export class ThreadsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly plans: PlansService,
    private readonly revisions: RevisionsService,
    private readonly rules: CommentRules,
    private readonly inbox: Inbox,
    private readonly events: EventLog,
    private readonly discussion: DiscussionService,
  ) {}

  private get threads() {
    return this.txHost.tx.getRepository(CommentThread);
  }

  async get(id: string): Promise<CommentThread> {
    const thread = await this.threads.findOneBy({ id });
    if (!thread) throw DomainError.notFound(plansMessage('noun.thread'), id);
    return thread;
  }

  /** Threads of plans, oldest first, optionally of one status. */
  threadsOfPlans(planIds: readonly string[], status?: ThreadStatus | null): Promise<CommentThread[]> {
    return this.threads.find({ where: { planId: In([...planIds]), ...(status ? { status } : {}) }, order: { seq: 'ASC' } });
  }

  /** Threads standing on these revisions (beside their sections), oldest first. */
  threadsOnRevisions(revisionIds: readonly string[]): Promise<CommentThread[]> {
    return this.threads.find({ where: { revisionId: In([...revisionIds]) }, order: { seq: 'ASC' } });
  }

  /** The comments of threads, oldest first (the discussion keeps them). */
  commentsOf(threadIds: readonly string[]): Promise<Comment[]> {
    return this.discussion.commentsOf(CommentSubjectKind.PLAN_THREAD, threadIds);
  }

  trailOf(threadIds: readonly string[]): Promise<ThreadStep[]> {
    return this.txHost.tx.getRepository(ThreadStep).find({ where: { threadId: In([...threadIds]) }, order: { number: 'ASC' } });
  }

  @Transactional()
  async resolve(actor: Actor, input: ResolveThreadInput): Promise<CommentThread> {
    const { thread, plan } = await this.open(input.id);
    if (thread.status === ThreadStatus.RESOLVED) throw DomainError.conflict(plansMessage('alreadyResolved'), { status: thread.status }, thread);
    const note = input.note?.trim() || null;
    const after = await versionedUpdate(this.txHost.tx, CommentThread, {
      id: thread.id,
      expectedVersion: input.expectedVersion,
      changes: { status: ThreadStatus.RESOLVED, resolvedBy: actor.userId, resolvedAt: () => 'now()', decisionNote: note } as never,
      noun: plansMessage('noun.thread'),
      nameOf: (row) => row.quote ?? row.sectionKey,
    });
    await this.step(actor, thread, ThreadStepKind.RESOLVED, note);
    await this.record(actor, plan, after, 'thread.resolved', { status: { before: ThreadStatus.OPEN, after: ThreadStatus.RESOLVED }, decisionNote: { after: note } });
    // The partnership's stream before the inbox's, as every writer does (see Inbox.deliver).
    if (thread.startedBy) {
      await this.inbox.deliver([thread.startedBy], {
        kind: NotificationKind.THREAD_RESOLVED,
        partnershipId: plan.partnershipId,
        actorId: actor.userId,
        subjectTitle: plan.title,
        excerpt: note,
        planId: plan.id,
        threadId: thread.id,
      });
    }
    return after;
  }

  /** Open again, and back on the latest revision if its section is still there. */
  @Transactional()
  async reopen(actor: Actor, input: ResolveThreadInput): Promise<CommentThread> {
    const { thread, plan } = await this.open(input.id);
    if (thread.status !== ThreadStatus.RESOLVED) throw DomainError.conflict(plansMessage('notResolved'), { status: thread.status }, thread);
    const note = input.note?.trim() || null;
    const after = await versionedUpdate(this.txHost.tx, CommentThread, {
      id: thread.id,
      expectedVersion: input.expectedVersion,
      changes: { status: ThreadStatus.OPEN, resolvedBy: null, resolvedAt: null, decisionNote: null },
      noun: plansMessage('noun.thread'),
      nameOf: (row) => row.quote ?? row.sectionKey,
    });
    await this.step(actor, thread, ThreadStepKind.REOPENED, note);
    await this.revisions.carryToLatest(plan, [after]);
    await this.record(actor, plan, after, 'thread.reopened', { status: { before: ThreadStatus.RESOLVED, after: ThreadStatus.OPEN }, note: { after: note } });
    return after;
  }

  /** The thread and its plan, held like a comment is: the decision belongs to the plan's open work. */
  private async open(id: string): Promise<{ thread: CommentThread; plan: Plan }> {
    const thread = await this.get(id);
    const plan = await this.plans.holdForComment(thread.planId);
    // Decided after a round's last day too (authors answer the consultation), but not once the plan is closed.
    this.rules.assertOpen(plan);
    return { thread, plan };
  }

  private async step(actor: Actor, thread: CommentThread, step: ThreadStepKind, note: string | null): Promise<void> {
    const trail = this.txHost.tx.getRepository(ThreadStep);
    await trail.insert({ threadId: thread.id, number: (await trail.countBy({ threadId: thread.id })) + 1, step, note, takenBy: actor.userId });
  }

  private record(actor: Actor, plan: Plan, thread: CommentThread, action: string, changes: Record<string, { before?: unknown; after?: unknown }>) {
    return this.events.append(plan.partnershipId, { topic: 'comment', subjectId: thread.id, scopeId: plan.id, action, actorId: actor.userId, changes });
  }
}
