import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccessService } from '@wspolnie/identity';
import { warsawDate } from '@wspolnie/kernel';
import { Inbox, NotificationKind } from '@wspolnie/notifications';
import { versionedUpdate } from '@wspolnie/platform-database';
import { DomainError } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import type { Message } from '@wspolnie/platform-i18n';
import { changesBetween } from '@wspolnie/platform-realtime';
import { IsNull } from 'typeorm';
import { plansMessage, statusWords } from '../plans-messages';
import { PlanRound } from './plan-round.entity';
import { PlanStatus } from './plan-status';
import { Plan } from './plan.entity';
import type { AdoptPlanInput, OpenConsultationInput, PlanVersionInput } from './plan.inputs';
import { PlansService } from './plans.service';

const RECORDED = ['status', 'roundNumber', 'resolutionNumber', 'adoptedOn'] as const;

/**
 * A plan's way from draft to archive: consultation rounds (opened with their dates, closed
 * back to draft), adoption by the council (its resolution) and archiving. Each step checks
 * the status the plan is in and the version the caller saw.
 */
@Injectable()
export class PlanLifecycleService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly plans: PlansService,
    private readonly access: AccessService,
    private readonly inbox: Inbox,
  ) {}

  private get rounds() {
    return this.txHost.tx.getRepository(PlanRound);
  }

  /** The round a plan in consultation is in (null otherwise). */
  currentRound(plan: Plan): Promise<PlanRound | null> {
    return plan.status === PlanStatus.IN_CONSULTATION ? this.rounds.findOneBy({ planId: plan.id, number: plan.roundNumber }) : Promise.resolve(null);
  }

  @Transactional()
  async openConsultation(actor: Actor, input: OpenConsultationInput): Promise<Plan> {
    const before = await this.plans.get(input.id);
    if (before.status !== PlanStatus.DRAFT) throw this.wrongStatus(plansMessage('openFromDraftOnly', { title: before.title, status: statusWords(before.status) }), before);
    const today = warsawDate();
    const opensOn = input.opensOn ?? today;
    if (input.closesOn < opensOn) throw DomainError.badInput('closesOn', plansMessage('roundEndsBeforeStart', { opensOn, closesOn: input.closesOn }));
    if (input.closesOn < today) throw DomainError.badInput('closesOn', plansMessage('roundClosesInPast', { closesOn: input.closesOn, today }));
    const after = await this.step(actor, before, input, { status: PlanStatus.IN_CONSULTATION, roundNumber: before.roundNumber + 1 }, 'plan.consultation.opened');
    await this.rounds.insert({ planId: after.id, number: after.roundNumber, opensOn, closesOn: input.closesOn, openedBy: actor.userId });
    const people = await this.access.peopleOf([after.partnershipId]);
    await this.inbox.deliver(
      people.map((person) => person.userId),
      { kind: NotificationKind.PLAN_CONSULTATION_OPENED, partnershipId: after.partnershipId, actorId: actor.userId, subjectTitle: after.title, planId: after.id },
    );
    return after;
  }

  /** Ends the round before (or after) its closing date: the plan is a draft again. */
  @Transactional()
  async closeConsultation(actor: Actor, input: PlanVersionInput): Promise<Plan> {
    const before = await this.plans.get(input.id);
    if (before.status !== PlanStatus.IN_CONSULTATION) throw this.wrongStatus(plansMessage('notInConsultation', { title: before.title, status: statusWords(before.status) }), before);
    const after = await this.step(actor, before, input, { status: PlanStatus.DRAFT }, 'plan.consultation.closed');
    await this.closeRound(after);
    return after;
  }

  @Transactional()
  async adopt(actor: Actor, input: AdoptPlanInput): Promise<Plan> {
    const before = await this.plans.get(input.id);
    if (before.status !== PlanStatus.DRAFT && before.status !== PlanStatus.IN_CONSULTATION) {
      throw this.wrongStatus(plansMessage('adoptFrom', { title: before.title, status: statusWords(before.status) }), before);
    }
    const today = warsawDate();
    if (input.adoptedOn > today) throw DomainError.badInput('adoptedOn', plansMessage('adoptedInFuture', { adoptedOn: input.adoptedOn, today }));
    const after = await this.step(actor, before, input, { status: PlanStatus.ADOPTED, resolutionNumber: input.resolutionNumber.trim(), adoptedOn: input.adoptedOn }, 'plan.adopted');
    await this.closeRound(after);
    return after;
  }

  @Transactional()
  async archive(actor: Actor, input: PlanVersionInput): Promise<Plan> {
    const before = await this.plans.get(input.id);
    if (before.status === PlanStatus.ARCHIVED) throw this.wrongStatus(plansMessage('alreadyArchived', { title: before.title }), before);
    const after = await this.step(actor, before, input, { status: PlanStatus.ARCHIVED }, 'plan.archived');
    await this.closeRound(after);
    return after;
  }

  private async step(actor: Actor, before: Plan, input: PlanVersionInput, changes: Partial<Plan>, action: string): Promise<Plan> {
    const after = await versionedUpdate(this.txHost.tx, Plan, { id: before.id, expectedVersion: input.expectedVersion, changes, noun: plansMessage('noun.plan') });
    await this.plans.record(actor, after, action, changesBetween(before, after, RECORDED));
    return after;
  }

  private async closeRound(plan: Plan): Promise<void> {
    await this.rounds.update({ planId: plan.id, closedAt: IsNull() }, { closedAt: () => 'now()' });
  }

  /** A step the plan's status does not allow; the plan as it is travels along, as with a stale version. */
  private wrongStatus(message: Message, plan: Plan): DomainError {
    return DomainError.conflict(message, { status: plan.status }, plan);
  }
}
