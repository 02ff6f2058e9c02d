import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { type Pln, toGrosze } from '@wspolnie/kernel';
import { DomainError } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { EventLog } from '@wspolnie/platform-realtime';
import type { CouncilDecision } from '../pipeline/stage-gates';
import { assertNotArchived } from '../project/archiving';
import { Project } from '../project/project.entity';
import { projectsMessage } from '../projects-messages';
import { BudgetService } from './budget.service';
import type { ProjectParticipant } from './project-participant.entity';

/** A participant's cost share as a decision names it. */
export interface CostShare {
  readonly gminaId: string;
  readonly costShare: Pln | string;
}

/** Whether two lists give every gmina the same share, to the grosz (order aside). */
export function sameShares(left: readonly CostShare[], right: readonly CostShare[]): boolean {
  if (left.length !== right.length) return false;
  const shares = new Map(left.map((share) => [share.gminaId, toGrosze(share.costShare as Pln)]));
  return right.every((share) => shares.get(share.gminaId) === toGrosze(share.costShare as Pln));
}

/**
 * The council's approval of each participant's cost share (zatwierdzenie udziałów): it holds
 * for the shares the resolution named, so it is given only when the budget still has them
 * and withdrawn when the shares change later.
 */
@Injectable()
export class CostShareApprovals {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly budgets: BudgetService,
    private readonly events: EventLog,
  ) {}

  /** The shares as they are now, to be named by a motion. */
  async current(projectId: string): Promise<CostShare[]> {
    return (await this.budgets.participantsOf([projectId])).map((participant) => ({ gminaId: participant.gminaId, costShare: participant.costShare }));
  }

  /**
   * Records that `decision` approved `shares`, in the caller's transaction; CONFLICT when the
   * budget no longer has them or the project is archived (the project's row is locked first, so
   * a budget change or an archiving cannot slip in between the check and the approval).
   */
  @Transactional()
  async approve(actor: Actor | undefined, projectId: string, shares: readonly CostShare[], decision: CouncilDecision): Promise<Project> {
    const projects = this.txHost.tx.getRepository(Project);
    const project = await projects.findOne({ where: { id: projectId }, lock: { mode: 'pessimistic_write' } });
    if (!project) throw DomainError.notFound(projectsMessage('noun.project'), projectId);
    // Checked on the locked row: a project archived after the motion was written takes no approval.
    assertNotArchived(project, (archived) => projectsMessage('project.archived', { title: archived.title }));
    if (!sameShares(shares, await this.current(projectId))) {
      throw DomainError.conflict(projectsMessage('project.sharesChanged', { title: project.title }), { costShares: 'changed' }, project);
    }
    await projects.update({ id: projectId }, { costSharesApprovedBy: decision.resolutionNumber, costSharesApprovedOn: decision.adoptedOn, version: () => 'version + 1' } as never);
    const after = await projects.findOneByOrFail({ id: projectId });
    await this.record(actor, after, 'project.costSharesApproved', { costSharesApprovedBy: { before: project.costSharesApprovedBy, after: decision.resolutionNumber } });
    return after;
  }

  /** After a budget change: an approval of shares the budget no longer has is withdrawn. */
  async withdrawIfChanged(actor: Actor | undefined, project: Project, sharesBefore: readonly ProjectParticipant[]): Promise<Project> {
    if (!project.costSharesApprovedBy || sameShares(sharesBefore, await this.current(project.id))) return project;
    const projects = this.txHost.tx.getRepository(Project);
    await projects.update({ id: project.id }, { costSharesApprovedBy: null, costSharesApprovedOn: null });
    const after = await projects.findOneByOrFail({ id: project.id });
    await this.record(actor, after, 'project.costSharesApprovalWithdrawn', { costSharesApprovedBy: { before: project.costSharesApprovedBy, after: null } });
    return after;
  }

  private record(actor: Actor | undefined, project: Project, action: string, changes: Record<string, { before?: unknown; after?: unknown }>) {
    return this.events.append(project.partnershipId, { topic: 'project', subjectId: project.id, scopeId: project.id, action, actorId: actor?.userId ?? null, changes });
  }
}
