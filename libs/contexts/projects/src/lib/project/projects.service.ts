import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccessRegistry, AccessService, PartnershipReferences, WITH_OWN_GMINA_TAKING_PART } from '@wspolnie/identity';
import { GminasService } from '@wspolnie/gminas';
import { versionedUpdate } from '@wspolnie/platform-database';
import { DomainError, ErrorCode, type FieldProblem, postgresErrorOf } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { type ConnectionArgs, type ConnectionShape, paginate } from '@wspolnie/platform-pagination';
import { changesBetween, EventLog } from '@wspolnie/platform-realtime';
import { In } from 'typeorm';
import { BudgetService } from '../budget/budget.service';
import { CostShareApprovals } from '../budget/cost-share-approvals';
import { type CouncilDecision, StageGates } from '../pipeline/stage-gates';
import { ProjectNotices } from '../follow/project-notices';
import { canMove, ProjectStage, STAGE_TRANSITIONS, stageLabel } from '../pipeline/project-stage';
import { dayText, projectsMessage, quotedList } from '../projects-messages';
import { StageChange } from '../pipeline/stage-change.entity';
import { assertNotArchived } from './archiving';
import { Project } from './project.entity';
import type { CreateProjectInput, MoveProjectInput, SetProjectBudgetInput, SetProjectIndicatorsInput, UpdateProjectInput } from './project.inputs';
import { ProjectIndicator } from './project-indicator.entity';

const RECORDED_FIELDS = ['title', 'summary', 'thematicAreaId', 'stage', 'readiness', 'startsOn', 'endsOn', 'totalCost'] as const;

export interface ProjectFilter {
  stage?: ProjectStage | null;
  thematicAreaId?: string | null;
  leadGminaTerc?: string | null;
  includeArchived?: boolean | null;
}

/** The schedule's rule (the project_schedule_order check): a project does not end before it starts. */
function scheduleProblems(startsOn: string | null, endsOn: string | null, field: 'startsOn' | 'endsOn'): FieldProblem[] {
  if (startsOn === null || endsOn === null || endsOn >= startsOn) return [];
  return [{ field, message: projectsMessage('project.endsBeforeStart', { startsOn: dayText(startsOn), endsOn: dayText(endsOn) }) }];
}

/** Why a project cannot move to `to`, naming it and the stages as people read them. */
function cannotMove(project: Project, to: ProjectStage) {
  const names = { title: project.title, from: stageLabel(project.stage), to: stageLabel(to) };
  if (project.stage === to) return projectsMessage('project.alreadyAtStage', { title: project.title, stage: stageLabel(to) });
  const allowed = STAGE_TRANSITIONS[project.stage];
  if (!allowed.length) return projectsMessage('project.cannotMoveFinal', names);
  return projectsMessage('project.cannotMove', { ...names, allowed: quotedList(allowed.map(stageLabel)) });
}

@Injectable()
export class ProjectsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly access: AccessService,
    private readonly registry: AccessRegistry,
    private readonly references: PartnershipReferences,
    private readonly gminas: GminasService,
    private readonly budgets: BudgetService,
    private readonly events: EventLog,
    private readonly notices: ProjectNotices,
    private readonly gates: StageGates,
    private readonly approvals: CostShareApprovals,
  ) {}

  private get projects() {
    return this.txHost.tx.getRepository(Project);
  }

  /** A project (the operation's declaration has checked the caller may act on it). */
  async get(id: string): Promise<Project> {
    const project = await this.projects.findOneBy({ id });
    if (!project) throw DomainError.notFound(projectsMessage('noun.project'), id);
    return project;
  }

  /** A project to change: an archived one takes no changes until restored (CONFLICT with it as it is). */
  async getLive(id: string): Promise<Project> {
    const project = await this.get(id);
    assertNotArchived(project, (archived) => projectsMessage('project.archived', { title: archived.title }));
    return project;
  }

  async list(partnershipId: string, args: ConnectionArgs, filter: ProjectFilter = {}): Promise<ConnectionShape<Project>> {
    const query = this.projects.createQueryBuilder('project').where('project.partnership_id = :partnershipId', { partnershipId });
    if (!filter.includeArchived) query.andWhere('project.archived_at IS NULL');
    if (filter.stage != null) query.andWhere('project.stage = :stage', { stage: filter.stage });
    if (filter.thematicAreaId != null) query.andWhere('project.thematic_area_id = :area', { area: filter.thematicAreaId });
    if (filter.leadGminaTerc != null) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM project_participant lead JOIN gmina ON gmina.id = lead.gmina_id
                 WHERE lead.project_id = project.id AND lead.role = 'LEAD' AND gmina.terc = :leadTerc)`,
        { leadTerc: filter.leadGminaTerc },
      );
    }
    return paginate(query, args, [
      { expression: 'project.title COLLATE "pl-x-icu"', valueOf: (project) => project.title },
      { expression: 'project.id', valueOf: (project) => project.id },
    ]);
  }

  /** Per stage: how many projects and their total cost, computed exactly by PostgreSQL; archived ones only if asked. */
  async pipeline(partnershipId: string, includeArchived = false): Promise<{ stage: ProjectStage; projects: number; totalCost: string }[]> {
    const rows: { stage: ProjectStage; projects: number; total_cost: string }[] = await this.txHost.tx.query(
      `SELECT stage, count(*)::int AS projects, sum(total_cost)::numeric(16,2)::text AS total_cost FROM project
       WHERE partnership_id = $1 AND ($2 OR archived_at IS NULL) GROUP BY stage`,
      [partnershipId, includeArchived],
    );
    return Object.values(ProjectStage).map((stage) => {
      const row = rows.find((candidate) => candidate.stage === stage);
      return { stage, projects: row?.projects ?? 0, totalCost: row?.total_cost ?? '0.00' };
    });
  }

  findByIds(ids: readonly string[]): Promise<Project[]> {
    return this.projects.findBy({ id: In([...ids]) });
  }

  /** Every move of the projects through the pipeline, in the order they were made. */
  historyOf(projectIds: readonly string[]): Promise<StageChange[]> {
    return this.txHost.tx.getRepository(StageChange).find({ where: { projectId: In([...projectIds]) }, order: { seq: 'ASC' } });
  }

  @Transactional()
  async create(actor: Actor, input: CreateProjectInput): Promise<Project> {
    await this.references.assertUsable(input.partnershipId, [{ field: 'thematicAreaId', kind: 'thematicArea', id: input.thematicAreaId }]);
    // Every rule before the first write, so nothing reaches the tables' CHECK constraints.
    const budget = await this.budgets.check(input.partnershipId, input.budget);
    const problems = [...scheduleProblems(input.startsOn ?? null, input.endsOn ?? null, 'endsOn'), ...budget.problems];
    if (problems.length) throw DomainError.invalidFields(problems);
    // After the budget's own rules, so a mistyped budget is told as such first.
    await this.assertOwnGminaTakesPart(actor, input);
    const project = await this.saving(() =>
      this.projects.save(
        this.projects.create({
          partnershipId: input.partnershipId,
          title: input.title.trim(),
          summary: input.summary,
          thematicAreaId: input.thematicAreaId ?? null,
          readiness: input.readiness,
          startsOn: input.startsOn ?? null,
          endsOn: input.endsOn ?? null,
          totalCost: input.budget.totalCost,
        }),
      ),
    );
    await this.budgets.write(project.id, project.partnershipId, input.budget, budget.gminas);
    await this.txHost.tx.getRepository(StageChange).insert({ projectId: project.id, fromStage: null, toStage: project.stage, actorId: actor?.userId ?? null });
    await this.record(actor, project, 'project.created', changesBetween(null, project, RECORDED_FIELDS));
    // Whoever creates a project wants to hear where it goes.
    await this.notices.projectCreated(actor, project);
    return project;
  }

  @Transactional()
  async update(actor: Actor | undefined, input: UpdateProjectInput): Promise<Project> {
    const before = await this.getLive(input.id);
    const { id, expectedVersion, ...fields } = input;
    await this.references.assertUsable(before.partnershipId, [{ field: 'thematicAreaId', kind: 'thematicArea', id: fields.thematicAreaId }]);
    const changes: Partial<Project> = {};
    if (fields.title !== undefined) changes.title = fields.title.trim();
    if (fields.summary !== undefined) changes.summary = fields.summary;
    if (fields.readiness !== undefined) changes.readiness = fields.readiness;
    if (fields.startsOn !== undefined) changes.startsOn = fields.startsOn;
    if (fields.endsOn !== undefined) changes.endsOn = fields.endsOn;
    if (fields.thematicAreaId !== undefined) changes.thematicAreaId = fields.thematicAreaId;
    const startsOn = changes.startsOn !== undefined ? changes.startsOn : before.startsOn;
    const endsOn = changes.endsOn !== undefined ? changes.endsOn : before.endsOn;
    // On a stale version the update below answers CONFLICT (with the project as it is) first.
    const schedule = before.version === expectedVersion ? scheduleProblems(startsOn, endsOn, fields.endsOn !== undefined ? 'endsOn' : 'startsOn') : [];
    if (schedule.length) throw DomainError.invalidFields(schedule);
    const after = await this.saving(() => versionedUpdate(this.txHost.tx, Project, { id, expectedVersion, changes, noun: projectsMessage('noun.project') }));
    await this.record(actor, after, 'project.updated', changesBetween(before, after, RECORDED_FIELDS));
    return after;
  }

  @Transactional()
  async setBudget(actor: Actor | undefined, input: SetProjectBudgetInput): Promise<Project> {
    const before = await this.getLive(input.projectId);
    const budget = await this.budgets.check(before.partnershipId, input.budget);
    // On a stale version the update below answers CONFLICT (with the project as it is) first;
    // either way nothing is written before every rule has passed.
    if (budget.problems.length && before.version === input.expectedVersion) throw DomainError.invalidFields(budget.problems);
    const after = await versionedUpdate(this.txHost.tx, Project, {
      id: input.projectId,
      expectedVersion: input.expectedVersion,
      changes: { totalCost: input.budget.totalCost },
      noun: projectsMessage('noun.project'),
    });
    const sharesBefore = await this.budgets.participantsOf([before.id]);
    await this.budgets.write(before.id, before.partnershipId, input.budget, budget.gminas);
    await this.record(actor, after, 'project.budgetSet', changesBetween(before, after, ['totalCost']));
    return this.approvals.withdrawIfChanged(actor, after, sharesBefore);
  }

  /**
   * Moves a project along the pipeline table only, recording who, when and why, and the council
   * resolution that decided it: a move the partnership reserved for the council needs one.
   */
  @Transactional()
  async move(actor: Actor | undefined, input: MoveProjectInput, decision: CouncilDecision | null = null): Promise<Project> {
    const before = await this.getLive(input.projectId);
    if (!canMove(before.stage, input.to)) throw DomainError.badInput('to', cannotMove(before, input.to));
    const gated = await this.gates.refusal(before, input.to, decision);
    if (gated) throw DomainError.badInput('to', gated);
    const after = await versionedUpdate(this.txHost.tx, Project, {
      id: before.id,
      expectedVersion: input.expectedVersion,
      changes: { stage: input.to },
      noun: projectsMessage('noun.project'),
    });
    await this.txHost.tx.getRepository(StageChange).insert({ projectId: before.id, fromStage: before.stage, toStage: input.to, reason: input.reason.trim(), actorId: actor?.userId ?? null, resolutionNumber: decision?.resolutionNumber ?? null });
    await this.record(actor, after, 'project.moved', {
      ...changesBetween(before, after, ['stage']),
      ...(input.reason ? { reason: { after: input.reason } } : {}),
      ...(decision ? { resolution: { after: decision.resolutionNumber } } : {}),
    });
    await this.notices.stageChanged(actor, before, after, input.reason);
    return after;
  }

  indicatorsOf(projectIds: readonly string[]): Promise<ProjectIndicator[]> {
    return this.txHost.tx.getRepository(ProjectIndicator).find({ where: { projectId: In([...projectIds]) }, order: { kind: 'ASC', name: 'ASC' } });
  }

  @Transactional()
  async setIndicators(actor: Actor | undefined, input: SetProjectIndicatorsInput): Promise<Project> {
    const project = await this.getLive(input.projectId);
    await versionedUpdate(this.txHost.tx, Project, { id: project.id, expectedVersion: input.expectedVersion, changes: {}, noun: projectsMessage('noun.project') });
    const repository = this.txHost.tx.getRepository(ProjectIndicator);
    const before = (await repository.findBy({ projectId: project.id })).map((indicator) => `${indicator.name} [${indicator.unit}]`);
    await repository.delete({ projectId: project.id });
    if (input.indicators.length) {
      await repository.insert(
        input.indicators.map((indicator) => ({
          projectId: project.id,
          kind: indicator.kind,
          name: indicator.name.trim(),
          unit: indicator.unit.trim(),
          baseline: indicator.baseline ?? null,
          target: indicator.target ?? null,
        })),
      );
    }
    const after = await this.projects.findOneByOrFail({ id: project.id });
    await this.record(actor, after, 'project.indicatorsSet', {
      indicators: { before, after: input.indicators.map((indicator) => `${indicator.name.trim()} [${indicator.unit.trim()}]`) },
    });
    return after;
  }

  /**
   * A gmina official creates projects their gmina takes part in (the policy table's "with their
   * gmina taking part"): the gate checked their role names a gmina, this checks the budget.
   */
  private async assertOwnGminaTakesPart(actor: Actor, input: CreateProjectInput): Promise<void> {
    const grant = await this.access.grantOf(actor.userId, input.partnershipId);
    if (!grant || this.registry.action('project.create').roles[grant.role] !== WITH_OWN_GMINA_TAKING_PART || !grant.gminaId) return;
    const [own] = await this.gminas.findByIds([grant.gminaId]);
    if (!input.budget.participants.some((participant) => participant.gminaTerc === own?.terc)) {
      const message = own ? projectsMessage('project.ownGminaMissing', { gmina: own.name }) : projectsMessage('project.ownGminaMissingUnnamed');
      throw new DomainError(ErrorCode.Forbidden, message, { field: 'budget.participants' });
    }
  }

  private record(actor: Actor | undefined, project: Project, action: string, changes: Record<string, { before?: unknown; after?: unknown }>) {
    return this.events.append(project.partnershipId, { topic: 'project', subjectId: project.id, scopeId: project.id, action, actorId: actor?.userId, changes });
  }

  private async saving<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const constraint = postgresErrorOf(error)?.constraint;
      // The schedule's check is kept by scheduleProblems (and the version: dates changed
      // meanwhile answer CONFLICT). This answers a thematic area removed meanwhile.
      if (constraint === 'project_thematic_area_fk') throw DomainError.badInput('thematicAreaId', projectsMessage('project.noSuchThematicArea'));
      throw error;
    }
  }
}
