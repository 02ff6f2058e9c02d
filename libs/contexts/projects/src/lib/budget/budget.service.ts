import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { type Gmina, GminasService } from '@wspolnie/gminas';
import { PartnershipsService } from '@wspolnie/partnerships';
import { DomainError, type FieldProblem, postgresErrorOf } from '@wspolnie/platform-errors';
import { In } from 'typeorm';
import type { BudgetInput } from '../project/project.inputs';
import { projectsMessage } from '../projects-messages';
import { checkBudget } from './budget-rules';
import { ProjectFunding } from './project-funding.entity';
import { ParticipantRole, ProjectParticipant } from './project-participant.entity';

/** Checks a project's budget against every rule, then writes its participants and funding. */
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

  /**
   * Every budget rule, before anything is written: the gminas exist and are members of the
   * partnership, once each, with exactly one lead, and the amounts keep the budget rules (and
   * so the tables' CHECK constraints). `field` prefixes problem paths ("budget"). Answers the
   * problems and the gminas of the participants, in their order.
   */
  async check(partnershipId: string, budget: BudgetInput, field = 'budget'): Promise<{ problems: FieldProblem[]; gminas: Gmina[] }> {
    const gminas = await this.gminas.requireByTercs(budget.participants.map((p) => p.gminaTerc), (i) => `${field}.participants.${i}.gminaTerc`);
    const members = await this.partnerships.memberGminaIds(partnershipId);
    const problems: FieldProblem[] = [];
    const outsiders = gminas.filter((gmina) => !members.has(gmina.id));
    // The partnership is named only on this error path: one read more, when it is needed.
    const [partnership] = outsiders.length ? await this.partnerships.findByIds([partnershipId]) : [];
    gminas.forEach((gmina, index) => {
      const at = `${field}.participants.${index}.gminaTerc`;
      if (!members.has(gmina.id)) problems.push({ field: at, message: projectsMessage('budget.notMember', { gmina: gmina.name, terc: gmina.terc, partnership: partnership?.name ?? '' }) });
      if (gminas.findIndex((other) => other.id === gmina.id) !== index) problems.push({ field: at, message: projectsMessage('budget.listedTwice', { gmina: gmina.name }) });
    });
    const leads = gminas.filter((_, index) => budget.participants[index].role === ParticipantRole.LEAD);
    if (budget.participants.length > 0 && leads.length === 0) problems.push({ field: `${field}.participants`, message: projectsMessage('budget.noLead') });
    if (leads.length > 1) problems.push({ field: `${field}.participants`, message: projectsMessage('budget.manyLeads', { gminas: leads.map((gmina) => gmina.name).join(', ') }) });
    const { problems: amounts } = checkBudget(
      {
        totalCost: budget.totalCost,
        participants: budget.participants.map((participant, index) => ({ gmina: gminas[index].name, costShare: participant.costShare })),
        funding: budget.funding,
      },
      field,
    );
    return { problems: [...problems, ...amounts], gminas };
  }

  /**
   * Replaces the budget's participants and funding with `budget`, checked by `check` (whose
   * gminas it takes). Runs in the caller's transaction.
   */
  async write(projectId: string, partnershipId: string, budget: BudgetInput, gminas: readonly Gmina[], field = 'budget'): Promise<void> {
    const manager = this.txHost.tx;
    await manager.getRepository(ProjectParticipant).delete({ projectId });
    await manager.getRepository(ProjectFunding).delete({ projectId });
    if (budget.participants.length) {
      await this.asMembers(field, () =>
        manager
          .getRepository(ProjectParticipant)
          .insert(budget.participants.map((participant, index) => ({ projectId, partnershipId, gminaId: gminas[index].id, role: participant.role, costShare: participant.costShare }))),
      );
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
        throw DomainError.badInput(`${field}.participants`, projectsMessage('budget.memberLeft'));
      }
      throw error;
    }
  }
}
