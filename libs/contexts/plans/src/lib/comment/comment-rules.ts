import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { warsawDate } from '@wspolnie/kernel';
import { DomainError } from '@wspolnie/platform-errors';
import { PlanRound } from '../plan/plan-round.entity';
import { isOpenForWork, PlanStatus } from '../plan/plan-status';
import type { Plan } from '../plan/plan.entity';
import { plansMessage, statusWords } from '../plans-messages';

/**
 * When a plan takes comments. Who may comment at all is the policy table's (observers only in
 * consultation); what the plan's status and round allow is checked here, for everyone, on the
 * plan held for the comment (PlansService.holdForComment). Whom a comment may mention is the
 * discussion's rule.
 */
@Injectable()
export class CommentRules {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** Refuses comments on adopted and archived plans, and outside the dates of the open round. */
  async assertTakesComments(plan: Plan): Promise<void> {
    this.assertOpen(plan);
    if (plan.status !== PlanStatus.IN_CONSULTATION) return;
    const round = await this.txHost.tx.getRepository(PlanRound).findOneBy({ planId: plan.id, number: plan.roundNumber });
    const today = warsawDate();
    if (round && today > round.closesOn) {
      throw DomainError.conflict(plansMessage('roundClosed', { round: round.number, title: plan.title, date: round.closesOn }), { status: plan.status, closesOn: round.closesOn });
    }
    if (round && today < round.opensOn) {
      throw DomainError.conflict(plansMessage('roundNotOpenYet', { round: round.number, title: plan.title, date: round.opensOn }), { status: plan.status, opensOn: round.opensOn });
    }
  }

  /** Adopted and archived plans are the record: their threads are neither written nor decided any more. */
  assertOpen(plan: Plan): void {
    if (!isOpenForWork(plan.status)) throw DomainError.conflict(plansMessage('closedForComments', { title: plan.title, status: statusWords(plan.status) }), { status: plan.status });
  }
}
