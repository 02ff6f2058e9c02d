import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { warsawDate } from '@wspolnie/kernel';
import type { Actor } from '@wspolnie/platform-graphql';
import { changesBetween } from '@wspolnie/platform-realtime';
import { ActivityStatus } from './activity-enums';
import { Activity } from './activity.entity';
import type { CopyActivityInput } from './activity-list.inputs';
import { ActivitiesService, RECORDED_FIELDS } from './activities.service';

/**
 * A copy of an earlier activity as a template: consultants hold the same workshop in gmina after
 * gmina. What happened there (outcome, people, follow-ups, counts) is the earlier one's own, and
 * registration is opened anew if at all.
 */
@Injectable()
export class ActivityCopyService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly activities: ActivitiesService,
  ) {}

  @Transactional()
  async copy(actor: Actor, input: CopyActivityInput): Promise<Activity> {
    const source = await this.activities.get(input.activityId);
    const repository = this.txHost.tx.getRepository(Activity);
    const copy = await repository.save(
      repository.create({
        programmeId: source.programmeId,
        teamId: source.teamId,
        engagementId: source.engagementId,
        topicId: source.topicId,
        kind: source.kind,
        status: ActivityStatus.DRAFT,
        title: source.title,
        heldOn: input.heldOn ?? warsawDate(),
        startsAt: null,
        durationMinutes: source.durationMinutes,
        format: source.format,
        place: source.place,
        link: source.link,
        outcome: '',
        registrationOpen: false,
        capacity: null,
        registrationClosesAt: null,
        recordedBy: actor.userId,
      }),
    );
    await this.txHost.tx.query(`INSERT INTO activity_gmina (activity_id, gmina_id, participants) SELECT $1, gmina_id, 0 FROM activity_gmina WHERE activity_id = $2`, [copy.id, source.id]);
    await this.txHost.tx.query(`INSERT INTO activity_thematic_area (activity_id, thematic_area_id) SELECT $1, thematic_area_id FROM activity_thematic_area WHERE activity_id = $2`, [
      copy.id,
      source.id,
    ]);
    await this.activities.record(actor, copy, 'activity.copied', {
      ...changesBetween(null, copy, RECORDED_FIELDS),
      copiedFrom: { after: source.id },
    });
    return copy;
  }
}
