import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { GminasService } from '@wspolnie/gminas';
import { warsawDate } from '@wspolnie/kernel';
import { PlanLifecycleService, PlansService } from '@wspolnie/plans';
import { NumberSeries } from '@wspolnie/platform-database';
import { DomainError, ErrorCode } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { type ConnectionArgs, type ConnectionShape, paginate } from '@wspolnie/platform-pagination';
import { CostShareApprovals, type CouncilDecision, ProjectsService } from '@wspolnie/projects';
import { In } from 'typeorm';
import { DecisionKind } from '../council-enums';
import { CouncilEvents } from '../council-events';
import { councilMessage } from '../council-messages';
import type { AgendaItem } from '../meeting/agenda-item.entity';
import { Meeting } from '../meeting/meeting.entity';
import type { Vote } from '../vote/vote.entity';
import { voteMessage } from '../vote/vote-messages';
import { resolutionMessage } from './resolution-messages';
import { type AppliedDecision, Resolution } from './resolution.entity';

export interface Adoption {
  readonly meeting: Meeting;
  readonly item: AgendaItem;
  readonly vote: Vote;
}

/**
 * The partnership's resolutions: numbered N/YYYY in the year of the meeting's day (Europe/Warsaw)
 * from a gapless series, written with the decision they carry in one transaction. A decision
 * that cannot be applied fails the closing of the vote: no resolution, no number used.
 */
@Injectable()
export class ResolutionsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly series: NumberSeries,
    private readonly projects: ProjectsService,
    private readonly approvals: CostShareApprovals,
    private readonly plans: PlansService,
    private readonly planLifecycle: PlanLifecycleService,
    private readonly gminas: GminasService,
    private readonly events: CouncilEvents,
  ) {}

  private get repository() {
    return this.txHost.tx.getRepository(Resolution);
  }

  async get(id: string): Promise<Resolution> {
    const resolution = await this.repository.findOneBy({ id });
    if (!resolution) throw DomainError.notFound(councilMessage('noun.resolution'), id);
    return resolution;
  }

  ofItem(itemId: string): Promise<Resolution | null> {
    return this.repository.findOneBy({ agendaItemId: itemId });
  }

  ofItems(itemIds: readonly string[]): Promise<Resolution[]> {
    return this.repository.findBy({ agendaItemId: In([...itemIds]) });
  }

  meetingsByIds(ids: readonly string[]): Promise<Meeting[]> {
    return this.txHost.tx.getRepository(Meeting).findBy({ id: In([...ids]) });
  }

  ofVotes(voteIds: readonly string[]): Promise<Resolution[]> {
    return this.repository.findBy({ voteId: In([...voteIds]) });
  }

  /** The register: a year's resolutions (or every year's, the latest year first), in the order of their numbers. */
  list(partnershipId: string, year: number | null, args: ConnectionArgs): Promise<ConnectionShape<Resolution>> {
    const query = this.repository.createQueryBuilder('resolution').where('resolution.partnership_id = :partnershipId', { partnershipId });
    if (year !== null) query.andWhere('resolution.year = :year', { year });
    // Newest first across years reads as the register does within one: ordered by (−year, seq).
    return paginate(query, args, [
      { expression: '(-resolution.year)', valueOf: (row) => -row.year, kind: 'integer' },
      { expression: 'resolution.seq', valueOf: (row) => row.seq, kind: 'integer' },
    ]);
  }

  async years(partnershipId: string): Promise<number[]> {
    const rows: { year: number }[] = await this.txHost.tx.query(`SELECT DISTINCT year FROM council_resolution WHERE partnership_id = $1 ORDER BY year DESC`, [partnershipId]);
    return rows.map((row) => row.year);
  }

  /** Called by the vote's closing, in its transaction. */
  @Transactional()
  async adopt(actor: Actor, { meeting, item, vote }: Adoption): Promise<Resolution> {
    const adoptedOn = warsawDate(meeting.startsAt);
    const year = Number(adoptedOn.slice(0, 4));
    const seq = await this.series.next(meeting.partnershipId, `council.resolution.${year}`);
    const number = `${seq}/${year}`;
    const decision = await this.apply(actor, item, { resolutionNumber: number, adoptedOn });
    const saved = await this.repository.save(
      Object.assign(new Resolution(), {
        partnershipId: meeting.partnershipId,
        year,
        seq,
        number,
        meetingId: meeting.id,
        agendaItemId: item.id,
        voteId: vote.id,
        title: item.title,
        text: item.motionText ?? '',
        adoptedOn,
        decisionKind: item.decisionKind,
        decision,
      }),
    );
    await this.events.record(actor, meeting, saved.id, 'council.resolution.adopted', { number: { after: number }, title: { after: item.title }, decisionKind: { after: item.decisionKind } });
    return this.get(saved.id);
  }

  /** Applies the motion's decision through the projects' and plans' own services; answers what it did. */
  private async apply(actor: Actor, item: AgendaItem, decision: CouncilDecision): Promise<AppliedDecision> {
    try {
      switch (item.decisionKind) {
        case DecisionKind.NONE:
          return {};
        case DecisionKind.MOVE_PROJECT: {
          const project = await this.projects.get(this.required(item.projectId, 'noProject'));
          const to = item.decisionStage as NonNullable<AgendaItem['decisionStage']>;
          await this.projects.move(actor, { projectId: project.id, to, expectedVersion: project.version, reason: reasonText(decision, item) }, decision);
          return { projectId: project.id, projectTitle: project.title, fromStage: project.stage, toStage: to };
        }
        case DecisionKind.ADOPT_PLAN: {
          const plan = await this.plans.get(this.required(item.planId, 'noPlan'));
          await this.planLifecycle.adopt(actor, { id: plan.id, expectedVersion: plan.version, resolutionNumber: decision.resolutionNumber, adoptedOn: decision.adoptedOn });
          return { planId: plan.id, planTitle: plan.title };
        }
        case DecisionKind.APPROVE_COST_SHARES: {
          const projectId = this.required(item.projectId, 'noProject');
          const shares = item.decisionShares ?? [];
          const project = await this.approvals.approve(actor, projectId, shares, decision);
          const names = new Map((await this.gminas.findByIds(shares.map((share) => share.gminaId))).map((gmina) => [gmina.id, gmina.name]));
          return { projectId, projectTitle: project.title, shares: shares.map((share) => ({ ...share, gminaName: names.get(share.gminaId) ?? '' })) };
        }
      }
    } catch (error) {
      // The caller closed a vote: say that nothing happened and why, with the refusal's own code.
      if (error instanceof DomainError) throw new DomainError(error.code, voteMessage('decisionFailed', { reason: error.text }), { ...error.details, field: 'decision' });
      throw error;
    }
  }

  private required(id: string | null, missing: 'noProject' | 'noPlan'): string {
    if (!id) throw new DomainError(ErrorCode.BadUserInput, resolutionMessage(missing));
    return id;
  }
}

/** The stage history's "why", in Polish as the partnership's record keeps it. */
function reasonText(decision: CouncilDecision, item: AgendaItem): string {
  return `Uchwała nr ${decision.resolutionNumber} Rady Partnerstwa: ${item.title}`.slice(0, 2000);
}
