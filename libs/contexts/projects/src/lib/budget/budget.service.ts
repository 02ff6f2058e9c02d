import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { GminasService } from '@wspolnie/gminas';
import { PartnershipsService } from '@wspolnie/partnerships';
import { DomainError, type FieldProblem, postgresErrorOf } from '@wspolnie/platform-errors';
import { In } from 'typeorm';
import type { BudgetInput } from '../project/project.inputs';
import { checkBudget } from './budget-rules';
import { ProjectFunding } from './project-funding.entity';
import { ParticipantRole, ProjectParticipant } from './project-participant.entity';

/** Writes a project's participants and funding, after checking every budget rule. */
@Injectable()
export class BudgetService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly gminas: GminasService,
    private readonly partnerships: PartnershipsService,
  ) {}

  participantsOf(projectIds: readonly string[]): Promise<ProjectParticipant[]> {
    return this.txHost.tx.getRepository(ProjectParticipant).find({ where: { projectId: In([...projectIds]) }, order: { role: 'ASC', gminaId: 'ASC' } });
  }

  fundingOf(projectIds: readonly string[]): Promise<ProjectFunding[]> {
    return this.txHost.tx.getRepository(ProjectFunding).find({ where: { projectId: In([...projectIds]) }, order: { amount: 'DESC', id: 'ASC' } });
  }

  /** Replaces the budget; `field` prefixes problem paths ("budget"). Runs in the caller's transaction. */
  async replace(projectId: string, partnershipId: string, budget: BudgetInput, field = 'budget'): Promise<void> {
    const gminas = await this.gminas.requireByTercs(budget.participants.map((p) => p.gminaTerc), (i) => `${field}.participants.${i}.gminaTerc`);
    const members = await this.partnerships.memberGminaIds(partnershipId);
    const problems: FieldProblem[] = [];
    gminas.forEach((gmina, index) => {
      if (!members.has(gmina.id)) problems.push({ field: `${field}.participants.${index}.gminaTerc`, message: `${gmina.name} (${gmina.terc}) is not a member of the partnership.` });
      if (gminas.findIndex((other) => other.id === gmina.id) !== index) problems.push({ field: `${field}.participants.${index}.gminaTerc`, message: `${gmina.name} is listed twice.` });
    });
    const leads = budget.participants.filter((participant) => participant.role === ParticipantRole.LEAD).length;
    if (budget.participants.length > 0 && leads !== 1) {
      problems.push({ field: `${field}.participants`, message: 'Name exactly one lead gmina among the participants.' });
    }
    const { problems: budgetProblems } = checkBudget(
      { totalCost: budget.totalCost, shares: budget.participants.map((p) => ({ gminaTerc: p.gminaTerc, share: p.costShare })), funding: budget.funding },
      field,
    );
    problems.push(...budgetProblems.map((problem) => ({ ...problem, field: problem.field.replace(`${field}.shares`, `${field}.participants`) })));
    if (problems.length) throw DomainError.invalidFields(problems);

    const manager = this.txHost.tx;
    await manager.getRepository(ProjectParticipant).delete({ projectId });
    await manager.getRepository(ProjectFunding).delete({ projectId });
    if (budget.participants.length) {
      await this.asMembers(field, () => manager.getRepository(ProjectParticipant).insert(
        budget.participants.map((participant, index) => ({ projectId, partnershipId, gminaId: gminas[index].id, role: participant.role, costShare: participant.costShare })),
      ));
    }
    if (budget.funding.length) {
      await manager.getRepository(ProjectFunding).insert(
        budget.funding.map((source) => ({ projectId, programme: source.programme, note: source.note ?? null, amount: source.amount, coFinancingRate: source.coFinancingRate ?? null })),
      );
    }
  }

  /** A member removed while this budget was written (the check above passed, the database's did not). */
  private async asMembers<T>(field: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (postgresErrorOf(error)?.constraint === 'project_participant_member_fk') {
        throw DomainError.badInput(`${field}.participants`, 'A participant stopped being a member of the partnership meanwhile; reload the partnership and try again.');
      }
      throw error;
    }
  }
}
