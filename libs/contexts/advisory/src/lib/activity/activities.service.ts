import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccessService } from '@wspolnie/identity';
import { warsawDate } from '@wspolnie/kernel';
import { versionedUpdate } from '@wspolnie/platform-database';
import { DomainError, errorMessage } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { type ConnectionShape, paginate } from '@wspolnie/platform-pagination';
import { changesBetween, EventLog, type StreamEvent } from '@wspolnie/platform-realtime';
import { In } from 'typeorm';
import { advisoryMessage } from '../advisory-messages';
import { Engagement } from '../engagement/engagement.entity';
import { ActivityStatus, REGISTRABLE_KINDS } from './activity-enums';
import { activityMessage } from './activity-messages';
import { ActivityPartsService, type ServedGmina } from './activity-parts.service';
import { ACTIVITY_REFUSALS, assertWhere, DEFAULT_MINUTES } from './activity-rules';
import { Activity } from './activity.entity';
import type { ActivitiesArgs, DeleteActivityInput } from './activity-list.inputs';
import type { CreateActivityInput, UpdateActivityInput } from './activity.inputs';
import { refusingConstraints } from './constraint-refusals';

export const ACTIVITY_TOPIC = 'activity';
export const RECORDED_FIELDS = ['title', 'kind', 'status', 'heldOn', 'startsAt', 'durationMinutes', 'format', 'place', 'link', 'topicId', 'teamId', 'engagementId', 'outcome'] as const;

interface Placement {
  readonly teamId: string | null;
  readonly engagementId: string | null;
}

const servedForEvent = (served: readonly ServedGmina[]) =>
  served.map((gmina) => ({
    terc: gmina.terc,
    participants: gmina.participants,
  }));

/** Activities: recording them (with the gminas they served), correcting them, and reading them. */
@Injectable()
export class ActivitiesService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly parts: ActivityPartsService,
    private readonly access: AccessService,
    private readonly events: EventLog,
  ) {}

  private get activities() {
    return this.txHost.tx.getRepository(Activity);
  }

  /** An activity (the operation's declaration has checked the caller may see it). */
  async get(id: string): Promise<Activity> {
    const activity = await this.activities.findOneBy({ id });
    if (!activity) throw DomainError.notFound(advisoryMessage('noun.activity'), id);
    return activity;
  }

  findByIds(ids: readonly string[]): Promise<Activity[]> {
    return this.activities.findBy({ id: In([...ids]) });
  }

  /** A programme's activities (or a team's, an engagement's), the latest held first. */
  list(args: ActivitiesArgs): Promise<ConnectionShape<Activity>> {
    if (args.from && args.to && args.to < args.from) throw DomainError.badInput('to', activityMessage('periodReversed', { from: args.from, to: args.to }));
    const query = this.activities.createQueryBuilder('activity').where('activity.programme_id = :programmeId', {
      programmeId: args.programmeId,
    });
    if (args.teamId) query.andWhere('activity.team_id = :teamId', { teamId: args.teamId });
    if (args.engagementId)
      query.andWhere('activity.engagement_id = :engagementId', {
        engagementId: args.engagementId,
      });
    if (args.status) query.andWhere('activity.status = :status', { status: args.status });
    if (args.kind) query.andWhere('activity.kind = :kind', { kind: args.kind });
    if (args.from) query.andWhere('activity.held_on >= :from', { from: args.from });
    if (args.to) query.andWhere('activity.held_on <= :to', { to: args.to });
    return paginate(
      query,
      args,
      [
        {
          expression: 'activity.held_on',
          valueOf: (activity) => activity.heldOn,
          kind: 'date',
        },
        {
          expression: 'activity.id',
          valueOf: (activity) => activity.id,
          kind: 'uuid',
        },
      ],
      { direction: 'DESC' },
    );
  }

  /** The activities of many engagements (Engagement.activities, batched), the latest held first. */
  ofEngagements(engagementIds: readonly string[]): Promise<Activity[]> {
    return this.activities.find({
      where: { engagementId: In([...engagementIds]) },
      order: { heldOn: 'DESC', id: 'DESC' },
    });
  }

  @Transactional()
  async create(actor: Actor, input: CreateActivityInput): Promise<Activity> {
    const placement = await this.placement(input.programmeId, input.teamId ?? null, input.engagementId ?? null);
    if (input.topicId) await this.parts.assertTopic(input.programmeId, input.topicId);
    const areaIds = await this.parts.standardAreas(input.thematicAreaIds);
    const served = await this.parts.resolveGminas(input.gminas, placement.engagementId);
    const participants = this.parts.resolveParticipants(input.participants, served);
    assertWhere(input.format, input.place ?? null, input.link ?? null);
    if (input.status === ActivityStatus.RECORDED && !served.length) throw DomainError.badInput('gminas', activityMessage('recordedNeedsGmina'));
    const activity = await refusingConstraints(
      () =>
        this.activities.save(
          this.activities.create({
            programmeId: input.programmeId,
            ...placement,
            topicId: input.topicId ?? null,
            kind: input.kind,
            status: input.status,
            title: input.title.trim(),
            heldOn: input.heldOn ?? warsawDate(),
            startsAt: input.startsAt ?? null,
            durationMinutes: input.durationMinutes ?? DEFAULT_MINUTES[input.kind],
            format: input.format,
            place: input.place?.trim() ?? null,
            link: input.link ?? null,
            outcome: input.outcome,
            recordedBy: actor.userId,
          }),
        ),
      ACTIVITY_REFUSALS,
    );
    await this.parts.insertGminas(activity.id, served);
    await this.parts.replaceAreas(activity.id, areaIds, false);
    await this.parts.insertParticipants(activity.id, participants);
    await this.parts.replaceFollowUps(activity.id, input.followUps, actor.userId, false);
    await this.record(actor, activity, 'activity.created', {
      ...changesBetween(null, activity, RECORDED_FIELDS),
      gminas: { after: servedForEvent(served) },
      thematicAreaIds: { after: areaIds },
      participants: { after: participants.length },
      followUps: { after: input.followUps.length },
    });
    return activity;
  }

  @Transactional()
  async update(actor: Actor, input: UpdateActivityInput): Promise<Activity> {
    // Held from here to COMMIT: a registration taking a seat meanwhile (it holds the row too, and
    // bumps the version) is never overwritten by counts read before it.
    const before = await this.activities.createQueryBuilder('activity').setLock('pessimistic_write').where({ id: input.id }).getOne();
    if (!before) throw DomainError.notFound(advisoryMessage('noun.activity'), input.id);
    // A stale edit is answered CONFLICT (with the activity as it is) before anything of it is weighed.
    if (before.version !== input.expectedVersion) await versionedUpdate(this.txHost.tx, Activity, { id: before.id, expectedVersion: input.expectedVersion, changes: {}, noun: advisoryMessage('noun.activity') });
    const placement = await this.replacement(actor, before, input);
    if (input.topicId) await this.parts.assertTopic(before.programmeId, input.topicId);
    const areaIds = input.thematicAreaIds ? await this.parts.standardAreas(input.thematicAreaIds) : undefined;
    const served = input.gminas ? await this.parts.resolveGminas(input.gminas, placement.engagementId) : await this.parts.currentGminas(before.id);
    // Gminas kept as they were must still be the new engagement's.
    if (!input.gminas && placement.engagementId !== before.engagementId) await this.parts.assertWithinEngagement(served, placement.engagementId, () => 'engagementId');
    const participants = input.participants ? this.parts.resolveParticipants(input.participants, served) : undefined;
    if (input.gminas) {
      await this.parts.assertParticipantsKept(before.id, served, Boolean(input.participants));
      await this.parts.assertRegisteredCounted(before.id, served);
    }
    const changes = this.changesOf(input, placement);
    const merged = { ...before, ...changes };
    assertWhere(merged.format, merged.place, merged.link);
    if (merged.registrationOpen && !REGISTRABLE_KINDS.includes(merged.kind)) throw DomainError.badInput('kind', activityMessage('kindWhileRegistering'));
    if (merged.status === ActivityStatus.RECORDED && !served.length) throw DomainError.badInput('gminas', activityMessage('recordedNeedsGmina'));
    if (merged.status === ActivityStatus.RECORDED && before.status !== ActivityStatus.RECORDED) changes.recordedBy = actor.userId;
    const after = await refusingConstraints(
      () =>
        versionedUpdate(this.txHost.tx, Activity, {
          id: before.id,
          expectedVersion: input.expectedVersion,
          changes,
          noun: advisoryMessage('noun.activity'),
        }),
      ACTIVITY_REFUSALS,
    );
    const recorded = changesBetween(before, after, RECORDED_FIELDS);
    if (input.gminas) {
      await this.parts.replaceGminas(before.id, served);
      recorded['gminas'] = { after: servedForEvent(served) };
    }
    if (areaIds) {
      await this.parts.replaceAreas(before.id, areaIds, true);
      recorded['thematicAreaIds'] = { after: areaIds };
    }
    if (participants) {
      await this.parts.replaceParticipants(before.id, participants);
      recorded['participants'] = { after: participants.length };
    }
    if (input.followUps) {
      await this.parts.replaceFollowUps(before.id, input.followUps, actor.userId, true);
      recorded['followUps'] = { after: input.followUps.length };
    }
    await this.record(actor, after, 'activity.updated', recorded);
    return after;
  }

  /** Deletes a draft; a recorded activity counts in reports and stays. */
  @Transactional()
  async remove(actor: Actor, input: DeleteActivityInput): Promise<boolean> {
    const activity = await this.activities.createQueryBuilder('activity').setLock('pessimistic_write').where({ id: input.id }).getOne();
    if (!activity) throw DomainError.notFound(advisoryMessage('noun.activity'), input.id);
    if (activity.version !== input.expectedVersion) {
      throw DomainError.conflict(
        errorMessage('changedMeanwhile', {
          what: advisoryMessage('noun.activity'),
          name: activity.title,
          current: activity.version,
          expected: input.expectedVersion,
        }),
        {
          currentVersion: activity.version,
          expectedVersion: input.expectedVersion,
        },
      );
    }
    if (activity.status !== ActivityStatus.DRAFT) throw DomainError.conflict(activityMessage('onlyDraftsDeleted', { title: activity.title }), { status: activity.status });
    await this.activities.delete({ id: activity.id });
    await this.record(actor, activity, 'activity.deleted', {
      title: { before: activity.title },
      status: { before: activity.status },
    });
    return true;
  }

  /** Records a change of the activity in its programme's stream, scoped to its team (a team's consultants follow only theirs). */
  record(actor: Actor, activity: Activity, action: string, changes: StreamEvent['changes']) {
    return this.events.append(activity.programmeId, {
      topic: ACTIVITY_TOPIC,
      subjectId: activity.id,
      scopeId: activity.teamId,
      action,
      actorId: actor.userId,
      changes,
    });
  }

  /**
   * Where an activity sits in its programme: with an engagement, the engagement's team (a team
   * given must be it); without one, the team given, which must be the programme's.
   */
  private async placement(programmeId: string, teamId: string | null, engagementId: string | null): Promise<Placement> {
    if (engagementId) {
      const engagement = await this.txHost.tx.getRepository(Engagement).findOneBy({ id: engagementId });
      if (engagement?.programmeId !== programmeId) throw DomainError.badInput('engagementId', activityMessage('engagementOfOtherProgramme'));
      if (teamId && teamId !== engagement.teamId) throw DomainError.badInput('teamId', activityMessage('engagementOfOtherTeam'));
      return { teamId: engagement.teamId, engagementId: engagement.id };
    }
    if (teamId) {
      const rows = await this.txHost.tx.query(`SELECT 1 FROM programme_team WHERE id = $1 AND programme_id = $2`, [teamId, programmeId]);
      if (!rows.length) throw DomainError.badInput('teamId', advisoryMessage('team.notInProgramme'));
    }
    return { teamId, engagementId: null };
  }

  /**
   * The placement after an update. Moving an activity to another team is recording support in
   * that team: the caller must be allowed that too (the declaration checked the team it was in).
   */
  private async replacement(actor: Actor, before: Activity, input: UpdateActivityInput): Promise<Placement> {
    if (input.teamId === undefined && input.engagementId === undefined) return { teamId: before.teamId, engagementId: before.engagementId };
    const engagementId = input.engagementId !== undefined ? input.engagementId : before.engagementId;
    const movedEngagement = engagementId !== before.engagementId;
    const teamId = input.teamId !== undefined ? input.teamId : movedEngagement && engagementId ? null : before.teamId;
    const placement = await this.placement(before.programmeId, teamId, engagementId);
    if (placement.teamId !== before.teamId) await this.access.assertCan(actor, 'support.record', placement.teamId ? 'programmeTeam' : 'programme', placement.teamId ?? before.programmeId);
    return placement;
  }

  private changesOf(input: UpdateActivityInput, placement: Placement): Partial<Activity> {
    const changes: Partial<Activity> = {
      teamId: placement.teamId,
      engagementId: placement.engagementId,
    };
    if (input.kind !== undefined) changes.kind = input.kind;
    if (input.title !== undefined) changes.title = input.title.trim();
    if (input.heldOn !== undefined) changes.heldOn = input.heldOn;
    if (input.startsAt !== undefined) changes.startsAt = input.startsAt;
    if (input.durationMinutes !== undefined) changes.durationMinutes = input.durationMinutes;
    if (input.format !== undefined) changes.format = input.format;
    if (input.place !== undefined) changes.place = input.place?.trim() ?? null;
    if (input.link !== undefined) changes.link = input.link;
    if (input.topicId !== undefined) changes.topicId = input.topicId;
    if (input.outcome !== undefined) changes.outcome = input.outcome;
    if (input.status !== undefined) changes.status = input.status;
    return changes;
  }
}
