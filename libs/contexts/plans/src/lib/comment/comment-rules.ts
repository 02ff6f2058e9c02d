import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccessRegistry, AccessService } from '@wspolnie/identity';
import { warsawDate } from '@wspolnie/kernel';
import { DomainError, type FieldProblem } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { PlanRound } from '../plan/plan-round.entity';
import { PlanStatus } from '../plan/plan-status';
import type { Plan } from '../plan/plan.entity';
import { plansMessage, statusWords } from '../plans-messages';
import { type Mention, mentionsIn } from './mentions';

/**
 * When a plan takes comments, and whom a comment may mention. Who may comment at all is the
 * policy table's (observers only in consultation); what the plan's status and round allow is
 * checked here, for everyone, on the plan held for the comment (PlansService.holdForComment).
 */
@Injectable()
export class CommentRules {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly registry: AccessRegistry,
    private readonly access: AccessService,
  ) {}

  /** The gmina the writer acts for in the partnership (the consultation report counts by it). */
  async gminaOf(actor: Actor, partnershipId: string): Promise<string | null> {
    return (await this.access.grantOf(actor.userId, partnershipId))?.gminaId ?? null;
  }

  /** Refuses comments on adopted and archived plans, and outside the dates of the open round. */
  async assertTakesComments(plan: Plan): Promise<void> {
    if (plan.status === PlanStatus.ADOPTED || plan.status === PlanStatus.ARCHIVED) {
      throw DomainError.conflict(plansMessage('closedForComments', { title: plan.title, status: statusWords(plan.status) }), { status: plan.status });
    }
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

  /** The people `body` mentions; each must hold a role in the partnership, else the mention is named in the refusal. */
  async mentionsOf(partnershipId: string, body: string, field = 'body'): Promise<Mention[]> {
    const mentions = mentionsIn(body);
    if (!mentions.length) return [];
    const usable = await this.registry.referenceCheck('person').usable(
      partnershipId,
      mentions.map((mention) => mention.userId),
    );
    const problems: FieldProblem[] = mentions
      .filter((mention) => !usable.has(mention.userId))
      .map((mention) => ({ field, message: plansMessage('mentionOutsider', { name: mention.name }) }));
    if (problems.length) throw DomainError.invalidFields(problems);
    return mentions;
  }
}
