import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { PartnershipReferences } from '@wspolnie/identity';
import { PlansService, PlanStatus } from '@wspolnie/plans';
import { versionedUpdate } from '@wspolnie/platform-database';
import { DomainError, errorMessage } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { changesBetween } from '@wspolnie/platform-realtime';
import { CostShareApprovals, type ProjectStage, ProjectsService } from '@wspolnie/projects';
import { In } from 'typeorm';
import { DecisionKind, MeetingStatus } from '../council-enums';
import { CouncilEvents } from '../council-events';
import { councilMessage } from '../council-messages';
import { AgendaItem, type MotionShare } from './agenda-item.entity';
import type { AddAgendaItemInput, RemoveAgendaItemInput, ReorderAgendaInput, UpdateAgendaItemInput } from './agenda.inputs';
import { meetingMessage } from './meeting-messages';
import { Meeting } from './meeting.entity';
import { MeetingsService } from './meetings.service';

const OPEN = [MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS];
const RECORDED = ['position', 'title', 'description', 'projectId', 'planId', 'motionText', 'decisionKind', 'decisionStage', 'decisionShares'] as const;
/** What a vote decides on: frozen while a vote on the item is open, and once it is adopted. */
const MOTION = ['projectId', 'planId', 'motionText', 'decisionKind', 'decisionStage'] as const;

type Motion = Pick<AgendaItem, (typeof MOTION)[number]>;
type MotionInput = { [K in keyof Motion]?: Motion[K] | null };

/** A meeting's agenda: its items, their order, and the motion each puts to a vote with the decision it carries. */
@Injectable()
export class AgendaService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly meetings: MeetingsService,
    private readonly references: PartnershipReferences,
    private readonly plans: PlansService,
    private readonly projects: ProjectsService,
    private readonly costShares: CostShareApprovals,
    private readonly events: CouncilEvents,
  ) {}

  private get items() {
    return this.txHost.tx.getRepository(AgendaItem);
  }

  async get(id: string): Promise<AgendaItem> {
    const item = await this.items.findOneBy({ id });
    if (!item) throw DomainError.notFound(councilMessage('noun.agendaItem'), id);
    return item;
  }

  ofMeetings(meetingIds: readonly string[]): Promise<AgendaItem[]> {
    return this.items.find({ where: { meetingId: In([...meetingIds]) }, order: { position: 'ASC' } });
  }

  @Transactional()
  async add(actor: Actor, input: AddAgendaItemInput): Promise<AgendaItem> {
    const meeting = await this.openMeeting(input.meetingId);
    const motion: Motion = {
      projectId: input.projectId ?? null,
      planId: input.planId ?? null,
      motionText: input.motionText?.trim() ?? null,
      decisionKind: input.decisionKind,
      decisionStage: input.decisionStage ?? null,
    };
    const decided = await this.decisionOf(meeting, motion, MOTION);
    const [{ next }] = await this.txHost.tx.query(`SELECT coalesce(max(position), 0) + 1 AS next FROM council_agenda_item WHERE meeting_id = $1`, [meeting.id]);
    const item = await this.items.save(
      this.items.create({ meetingId: meeting.id, partnershipId: meeting.partnershipId, position: next, title: input.title.trim(), description: input.description ?? '', ...motion, ...decided }),
    );
    await this.events.record(actor, meeting, item.id, 'council.agendaItem.added', changesBetween(null, item, RECORDED));
    return item;
  }

  @Transactional()
  async update(actor: Actor, input: UpdateAgendaItemInput): Promise<AgendaItem> {
    const meeting = await this.openMeeting((await this.get(input.id)).meetingId);
    const before = await this.get(input.id);
    const given: MotionInput = input;
    const changed = MOTION.filter((field) => given[field] !== undefined && (field === 'motionText' ? (given.motionText?.trim() ?? null) : given[field]) !== before[field]);
    if (changed.length) await this.assertMotionOpen(before);
    const motion: Motion = {
      projectId: input.projectId !== undefined ? input.projectId : before.projectId,
      planId: input.planId !== undefined ? input.planId : before.planId,
      motionText: input.motionText !== undefined ? (input.motionText?.trim() ?? null) : before.motionText,
      decisionKind: input.decisionKind ?? before.decisionKind,
      decisionStage: input.decisionStage !== undefined ? input.decisionStage : before.decisionStage,
    };
    const changes: Partial<AgendaItem> = {};
    if (input.title !== undefined) changes.title = input.title.trim();
    if (input.description !== undefined) changes.description = input.description ?? '';
    if (changed.length) Object.assign(changes, motion, await this.decisionOf(meeting, motion, changed));
    const after = await versionedUpdate(this.txHost.tx, AgendaItem, { id: before.id, expectedVersion: input.expectedVersion, changes, noun: councilMessage('noun.agendaItem') });
    await this.events.record(actor, meeting, after.id, 'council.agendaItem.updated', changesBetween(before, after, RECORDED));
    return after;
  }

  /** An item put to a vote stays: its votes (and any resolution) refer to it. The items after it move up. */
  @Transactional()
  async remove(actor: Actor, input: RemoveAgendaItemInput): Promise<Meeting> {
    const meeting = await this.openMeeting((await this.get(input.id)).meetingId, true);
    const item = await this.get(input.id);
    if (item.version !== input.expectedVersion) {
      throw DomainError.conflict(errorMessage('changedMeanwhile', { what: councilMessage('noun.agendaItem'), name: item.title, current: item.version, expected: input.expectedVersion }), {
        currentVersion: item.version,
        expectedVersion: input.expectedVersion,
      });
    }
    const [voted] = await this.txHost.tx.query(`SELECT 1 FROM council_vote WHERE agenda_item_id = $1 LIMIT 1`, [item.id]);
    if (voted) throw DomainError.conflict(meetingMessage('itemWasVoted', { title: item.title }));
    await this.txHost.tx.query(`SET CONSTRAINTS council_agenda_item_position_unique DEFERRED`);
    await this.items.delete({ id: item.id });
    await this.txHost.tx.query(`UPDATE council_agenda_item SET position = position - 1 WHERE meeting_id = $1 AND position > $2`, [meeting.id, item.position]);
    await this.events.record(actor, meeting, item.id, 'council.agendaItem.removed', { title: { before: item.title }, position: { before: item.position } });
    return meeting;
  }

  /** The new order of every item, at the meeting's version the caller saw (it is bumped). */
  @Transactional()
  async reorder(actor: Actor, input: ReorderAgendaInput): Promise<Meeting> {
    const meeting = await this.openMeeting(input.meetingId, true);
    const items = await this.ofMeetings([meeting.id]);
    const ids = input.itemIds.map((id) => id.toLowerCase());
    const known = new Set(items.map((item) => item.id));
    if (ids.length !== items.length || new Set(ids).size !== ids.length || ids.some((id) => !known.has(id))) {
      throw DomainError.badInput('itemIds', meetingMessage('reorderEveryItem', { count: items.length }));
    }
    const after = await versionedUpdate(this.txHost.tx, Meeting, { id: meeting.id, expectedVersion: input.expectedVersion, changes: {}, noun: councilMessage('noun.meeting') });
    // Positions pass through each other's values: the uniqueness is checked at COMMIT.
    await this.txHost.tx.query(`SET CONSTRAINTS council_agenda_item_position_unique DEFERRED`);
    await this.txHost.tx.query(
      `UPDATE council_agenda_item item SET position = ordered.position FROM unnest($2::uuid[]) WITH ORDINALITY AS ordered (id, position)
       WHERE item.id = ordered.id AND item.meeting_id = $1`,
      [meeting.id, ids],
    );
    await this.events.record(actor, meeting, meeting.id, 'council.agenda.reordered', { itemIds: { before: items.map((item) => item.id), after: ids } });
    return after;
  }

  /** The meeting, held, while its agenda may change; a refusal carries it when the operation answers the meeting. */
  private async openMeeting(id: string, answersMeeting = false): Promise<Meeting> {
    const meeting = await this.meetings.hold(id);
    this.meetings.assertStatus(meeting, OPEN, 'agendaClosed', answersMeeting ? meeting : undefined);
    return meeting;
  }

  private async assertMotionOpen(item: AgendaItem): Promise<void> {
    const [row]: { open: boolean; number: string | null }[] = await this.txHost.tx.query(
      `SELECT EXISTS (SELECT 1 FROM council_vote WHERE agenda_item_id = $1 AND status = 'OPEN') AS open,
              (SELECT number FROM council_resolution WHERE agenda_item_id = $1 LIMIT 1) AS number`,
      [item.id],
    );
    if (row.open) throw DomainError.conflict(meetingMessage('motionWhileVoteOpen', { title: item.title }), { agendaItemId: item.id }, item);
    if (row.number) throw DomainError.conflict(meetingMessage('motionAdopted', { title: item.title, number: row.number }), { agendaItemId: item.id }, item);
  }

  /**
   * Checks what the motion refers to (only the fields that changed: a plan this item adopted is
   * not refused on a later edit of its title) and that a decision has its target and a text;
   * answers the decision's stage and, for cost shares, the shares as the budget has them now.
   */
  private async decisionOf(meeting: Meeting, motion: Motion, changed: readonly (keyof Motion)[]): Promise<Pick<AgendaItem, 'decisionStage' | 'decisionShares'>> {
    const { decisionKind: kind } = motion;
    if (motion.projectId && changed.includes('projectId')) await this.assertProject(meeting, motion.projectId);
    if (motion.planId && (changed.includes('planId') || changed.includes('decisionKind'))) await this.assertPlan(meeting, motion.planId, kind === DecisionKind.ADOPT_PLAN);
    if ((kind === DecisionKind.MOVE_PROJECT || kind === DecisionKind.APPROVE_COST_SHARES) && !motion.projectId) throw DomainError.badInput('projectId', meetingMessage('decisionNeedsProject'));
    if (kind === DecisionKind.MOVE_PROJECT && !motion.decisionStage) throw DomainError.badInput('decisionStage', meetingMessage('decisionNeedsStage'));
    if (kind === DecisionKind.ADOPT_PLAN && !motion.planId) throw DomainError.badInput('planId', meetingMessage('decisionNeedsPlan'));
    if (kind !== DecisionKind.NONE && !motion.motionText) throw DomainError.badInput('motionText', meetingMessage('motionNeeded'));
    return {
      decisionStage: kind === DecisionKind.MOVE_PROJECT ? (motion.decisionStage as ProjectStage) : null,
      decisionShares: kind === DecisionKind.APPROVE_COST_SHARES ? await this.sharesOf(motion.projectId as string) : null,
    };
  }

  /** The shares a motion approves, as they are when it is written (the adoption checks they still are). */
  private async sharesOf(projectId: string): Promise<MotionShare[]> {
    const shares = await this.costShares.current(projectId);
    if (!shares.length) throw DomainError.badInput('projectId', meetingMessage('noSharesToApprove', { title: (await this.projects.get(projectId)).title }));
    return shares.map((share) => ({ gminaId: share.gminaId, costShare: String(share.costShare) }));
  }

  /** A project of the partnership, and not archived: an archived one takes no decisions until restored. */
  private async assertProject(meeting: Meeting, projectId: string): Promise<void> {
    await this.references.assertUsable(meeting.partnershipId, [{ field: 'projectId', kind: 'project', id: projectId }]);
    const project = await this.projects.get(projectId);
    if (project.archivedAt) throw DomainError.badInput('projectId', meetingMessage('projectArchived', { title: project.title }));
  }

  private async assertPlan(meeting: Meeting, planId: string, toAdopt: boolean): Promise<void> {
    const [plan] = await this.plans.findByIds([planId]);
    if (!plan || plan.partnershipId !== meeting.partnershipId) throw DomainError.badInput('planId', meetingMessage('planOfAnother'));
    if (toAdopt && (plan.status === PlanStatus.ADOPTED || plan.status === PlanStatus.ARCHIVED)) throw DomainError.badInput('planId', meetingMessage('planNotOpen', { title: plan.title }));
  }
}
