import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { PartnershipReferences, type Reference } from '@wspolnie/identity';
import { versionedUpdate } from '@wspolnie/platform-database';
import { DomainError } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { type ConnectionShape, paginate } from '@wspolnie/platform-pagination';
import { changesBetween, EventLog } from '@wspolnie/platform-realtime';
import { In } from 'typeorm';
import { plansMessage, statusWords } from '../plans-messages';
import { RevisionsService } from '../revision/revisions.service';
import { PlanAuthor, PlanProject } from './plan-links.entity';
import { PlanRound } from './plan-round.entity';
import { isOpenForWork } from './plan-status';
import { Plan } from './plan.entity';
import type { CreatePlanInput, PlansArgs, UpdatePlanInput } from './plan.inputs';

const RECORDED_FIELDS = ['title', 'kind', 'status', 'roundNumber', 'revisionCount', 'resolutionNumber', 'adoptedOn'] as const;

/** Plans: creating them, their details, authors and linked projects, and reading them. */
@Injectable()
export class PlansService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly references: PartnershipReferences,
    private readonly revisions: RevisionsService,
    private readonly events: EventLog,
  ) {}

  private get plans() {
    return this.txHost.tx.getRepository(Plan);
  }

  /** A plan (the operation's declaration has checked the caller may act on it). */
  async get(id: string): Promise<Plan> {
    const plan = await this.plans.findOneBy({ id });
    if (!plan) throw DomainError.notFound(plansMessage('noun.plan'), id);
    return plan;
  }

  /**
   * The plan, held against changes of its status and revisions until the transaction ends
   * (FOR SHARE): a comment is checked against the round that is open, and a revision being
   * published waits for comments in flight, so it carries their threads along too.
   */
  async holdForComment(id: string): Promise<Plan> {
    const plan = await this.plans.createQueryBuilder('plan').setLock('pessimistic_read').where({ id }).getOne();
    if (!plan) throw DomainError.notFound(plansMessage('noun.plan'), id);
    return plan;
  }

  findByIds(ids: readonly string[]): Promise<Plan[]> {
    return this.plans.findBy({ id: In([...ids]) });
  }

  list(args: PlansArgs): Promise<ConnectionShape<Plan>> {
    const query = this.plans.createQueryBuilder('plan').where('plan.partnership_id = :partnershipId', { partnershipId: args.partnershipId });
    if (args.status) query.andWhere('plan.status = :status', { status: args.status });
    // By title as Poles sort (Ł after L), as projects are listed.
    return paginate(query, args, [
      { expression: 'plan.title COLLATE "pl-x-icu"', valueOf: (plan) => plan.title, kind: 'text' },
      { expression: 'plan.id', valueOf: (plan) => plan.id, kind: 'uuid' },
    ]);
  }

  authorsOf(planIds: readonly string[]): Promise<PlanAuthor[]> {
    return this.txHost.tx.getRepository(PlanAuthor).find({ where: { planId: In([...planIds]) }, order: { userId: 'ASC' } });
  }

  projectLinksOf(planIds: readonly string[]): Promise<PlanProject[]> {
    return this.txHost.tx.getRepository(PlanProject).find({ where: { planId: In([...planIds]) } });
  }

  roundsOf(planIds: readonly string[]): Promise<PlanRound[]> {
    return this.txHost.tx.getRepository(PlanRound).find({ where: { planId: In([...planIds]) }, order: { number: 'ASC' } });
  }

  @Transactional()
  async create(actor: Actor, input: CreatePlanInput): Promise<Plan> {
    await this.assertLinkable(input.partnershipId, { projectIds: input.projectIds });
    const plan = await this.plans.save(this.plans.create({ partnershipId: input.partnershipId, title: input.title.trim(), kind: input.kind, createdBy: actor.userId }));
    await this.txHost.tx.getRepository(PlanAuthor).insert({ planId: plan.id, userId: actor.userId });
    await this.linkProjects(plan.id, input.projectIds);
    await this.record(actor, plan, 'plan.created', changesBetween(null, plan, ['title', 'kind', 'status']));
    // The first revision bumps the plan's version like every later one.
    return this.revisions.publish(actor, plan, { expectedVersion: plan.version, markdown: input.markdown, summary: input.summary });
  }

  @Transactional()
  async update(actor: Actor, input: UpdatePlanInput): Promise<Plan> {
    const before = await this.get(input.id);
    if (!isOpenForWork(before.status)) throw DomainError.conflict(plansMessage('closedForEdits', { title: before.title, status: statusWords(before.status) }), { status: before.status });
    await this.assertLinkable(before.partnershipId, input);
    const changes: Partial<Plan> = {};
    if (input.title !== undefined) changes.title = input.title.trim();
    if (input.kind !== undefined) changes.kind = input.kind;
    const after = await versionedUpdate(this.txHost.tx, Plan, { id: before.id, expectedVersion: input.expectedVersion, changes, noun: plansMessage('noun.plan') });
    const recorded = changesBetween(before, after, RECORDED_FIELDS);
    if (input.authorIds) recorded['authorIds'] = await this.replaceAuthors(before.id, input.authorIds);
    if (input.projectIds) {
      await this.txHost.tx.getRepository(PlanProject).delete({ planId: before.id });
      await this.linkProjects(before.id, input.projectIds);
      recorded['projectIds'] = { after: [...new Set(input.projectIds)] };
    }
    await this.record(actor, after, 'plan.updated', recorded);
    return after;
  }

  /** Records a change of the plan in its partnership's stream (scope: the plan). */
  record(actor: Actor | undefined, plan: Plan, action: string, changes: Record<string, { before?: unknown; after?: unknown }>) {
    return this.events.append(plan.partnershipId, { topic: 'plan', subjectId: plan.id, scopeId: plan.id, action, actorId: actor?.userId, changes });
  }

  private async replaceAuthors(planId: string, authorIds: readonly string[]) {
    const repository = this.txHost.tx.getRepository(PlanAuthor);
    const before = (await repository.findBy({ planId })).map((author) => author.userId).sort();
    const after = [...new Set(authorIds.map((id) => id.toLowerCase()))].sort();
    await repository.delete({ planId });
    if (after.length) await repository.insert(after.map((userId) => ({ planId, userId })));
    return { before, after };
  }

  private async linkProjects(planId: string, projectIds: readonly string[]): Promise<void> {
    const ids = [...new Set(projectIds.map((id) => id.toLowerCase()))];
    if (ids.length) await this.txHost.tx.getRepository(PlanProject).insert(ids.map((projectId) => ({ planId, projectId })));
  }

  /** Authors must hold a role in the partnership; linked projects must be its own. */
  private assertLinkable(partnershipId: string, input: { authorIds?: readonly string[]; projectIds?: readonly string[] }): Promise<void> {
    const references: Reference[] = [
      ...(input.authorIds ?? []).map((id, index) => ({ field: `authorIds.${index}`, kind: 'person', id })),
      ...(input.projectIds ?? []).map((id, index) => ({ field: `projectIds.${index}`, kind: 'project', id })),
    ];
    return this.references.assertUsable(partnershipId, references);
  }
}
