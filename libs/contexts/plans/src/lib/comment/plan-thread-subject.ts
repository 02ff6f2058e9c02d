import { Injectable, type OnModuleInit } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { CommentSubjectKind, CommentSubjects, type HeldSubject } from '@wspolnie/discussion';
import { NotificationKind } from '@wspolnie/notifications';
import { DomainError } from '@wspolnie/platform-errors';
import type { Plan } from '../plan/plan.entity';
import { PlansService } from '../plan/plans.service';
import { plansMessage } from '../plans-messages';
import { CommentRules } from './comment-rules';
import { CommentThread } from './comment-thread.entity';

/**
 * Comments on a plan are in threads on its sections: a thread is the discussion's subject, held
 * with its plan (which must take comments now: open, and within the round's dates). Everyone
 * who wrote in the thread, and who started it, hears of a new comment as a reply.
 */
@Injectable()
export class PlanThreadSubject implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly subjects: CommentSubjects,
    private readonly plans: PlansService,
    private readonly rules: CommentRules,
  ) {}

  onModuleInit(): void {
    this.subjects.register(CommentSubjectKind.PLAN_THREAD, (threadId) => this.hold(threadId));
  }

  async hold(threadId: string): Promise<HeldSubject> {
    const thread = await this.txHost.tx.getRepository(CommentThread).findOneBy({ id: threadId });
    if (!thread) throw DomainError.notFound(plansMessage('noun.thread'), threadId);
    const plan = await this.plans.holdForComment(thread.planId);
    await this.rules.assertTakesComments(plan);
    return this.held(plan, thread);
  }

  /** The thread as a subject, its plan held and checked by the caller. */
  held(plan: Plan, thread: CommentThread): HeldSubject {
    return {
      partnershipId: plan.partnershipId,
      scopeId: plan.id,
      title: plan.title,
      links: { planId: plan.id, threadId: thread.id },
      eventKey: 'threadId',
      audience: async () => {
        const takingPart: { author_id: string }[] = await this.txHost.tx.query(
          `SELECT DISTINCT author_id FROM comment WHERE subject_kind = 'PLAN_THREAD' AND subject_id = $1 AND author_id IS NOT NULL
           UNION SELECT started_by FROM plan_thread WHERE id = $1 AND started_by IS NOT NULL`,
          [thread.id],
        );
        return { kind: NotificationKind.REPLY, recipientIds: takingPart.map((row) => row.author_id) };
      },
    };
  }
}
