import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccessService } from '@wspolnie/identity';
import { excerptOf } from '@wspolnie/kernel';
import { DomainError, ErrorCode } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { TaskPriority, TasksService, TaskStatus } from '@wspolnie/projects';
import { advisoryMessage } from '../advisory-messages';
import { ActivityFollowUp } from './activity-parts.entity';
import { activityMessage } from './activity-messages';
import { Activity } from './activity.entity';
import { AT_MOST } from './activity.inputs';
import { ActivitiesService } from './activities.service';
import type { AddFollowUpInput, TurnFollowUpIntoTaskInput } from './follow-up.inputs';

type NewTask = Parameters<TasksService['create']>[1];

export interface TaskOfFollowUp {
  readonly id: string;
  readonly projectId: string;
}

/** Follow-ups: work an activity left, and the tasks of joint projects they become. */
@Injectable()
export class FollowUpsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly activities: ActivitiesService,
    private readonly access: AccessService,
    private readonly tasks: TasksService,
  ) {}

  private get followUps() {
    return this.txHost.tx.getRepository(ActivityFollowUp);
  }

  @Transactional()
  async add(actor: Actor, input: AddFollowUpInput): Promise<ActivityFollowUp> {
    // The activity row is held so two additions at once count each other.
    const activity = await this.txHost.tx.getRepository(Activity).createQueryBuilder('activity').setLock('pessimistic_write').where({ id: input.activityId }).getOne();
    if (!activity) throw DomainError.notFound(advisoryMessage('noun.activity'), input.activityId);
    if ((await this.followUps.countBy({ activityId: activity.id })) >= AT_MOST.followUps) {
      throw DomainError.badInput('activityId', activityMessage('tooManyFollowUps', { max: AT_MOST.followUps }));
    }
    const followUp = await this.followUps.save(
      this.followUps.create({
        activityId: activity.id,
        description: input.description.trim(),
        createdBy: actor.userId,
      }),
    );
    await this.activities.record(actor, activity, 'followUp.added', {
      followUpId: { after: followUp.id },
      description: { after: followUp.description },
    });
    return followUp;
  }

  /**
   * The follow-up as a task on the board of a joint project of a partnership the activity
   * supported. The caller needs both: recording support (the declaration) and adding tasks to
   * that project (asked here, once the project is known to be a supported one).
   */
  @Transactional()
  async turnIntoTask(actor: Actor, input: TurnFollowUpIntoTaskInput): Promise<ActivityFollowUp> {
    // Held to the end, so the same follow-up turned twice at once becomes one task.
    const followUp = await this.followUps.createQueryBuilder('followUp').setLock('pessimistic_write').where({ id: input.followUpId }).getOne();
    if (!followUp) throw DomainError.notFound(advisoryMessage('noun.followUp'), input.followUpId);
    if (followUp.taskId)
      throw DomainError.conflict(activityMessage('followUpTurned'), {
        taskId: followUp.taskId,
      });
    const activity = await this.activities.get(followUp.activityId);
    await this.assertSupported(activity, input.projectId);
    await this.assertMayAddTasks(actor, input.projectId);
    const task: NewTask = {
      projectId: input.projectId,
      title: excerptOf(followUp.description, 200),
      description: followUp.description,
      status: TaskStatus.TODO,
      priority: TaskPriority.NORMAL,
      assigneeId: input.assigneeId ?? null,
      dueOn: input.dueOn ?? null,
    };
    const created = await this.tasks.create(actor, task);
    await this.followUps.update({ id: followUp.id }, { taskId: created.id });
    await this.activities.record(actor, activity, 'followUp.turnedIntoTask', {
      followUpId: { after: followUp.id },
      taskId: { after: created.id },
      projectId: { after: input.projectId },
    });
    return Object.assign(followUp, { taskId: created.id });
  }

  /** The projects of tasks follow-ups became (what a caller who may not see the task is shown). */
  tasksByIds(taskIds: readonly string[]): Promise<TaskOfFollowUp[]> {
    return this.txHost.tx.query(`SELECT id, project_id AS "projectId" FROM task WHERE id = ANY($1::uuid[])`, [[...taskIds]]);
  }

  /**
   * Adding the task is the partnership's rule (task.create): a consultant needs a role there too.
   * The project is known to be one the activity supported, so a caller with no role in its
   * partnership is told that (FORBIDDEN), not that it does not exist.
   */
  private async assertMayAddTasks(actor: Actor, projectId: string): Promise<void> {
    try {
      await this.access.assertCan(actor, 'task.create', 'project', projectId);
    } catch (error) {
      if (error instanceof DomainError && error.code === ErrorCode.NotFound) {
        throw new DomainError(ErrorCode.Forbidden, activityMessage('followUp.needsPartnershipRole'), { action: 'task.create', field: 'projectId' });
      }
      throw error;
    }
  }

  /**
   * The project must be of a partnership the activity supported: the engagement's, or one a gmina
   * it served is a member of. An unknown project is answered the same, so ids confirm nothing.
   */
  private async assertSupported(activity: Activity, projectId: string): Promise<void> {
    const [row]: { supported: boolean }[] = await this.txHost.tx.query(
      `SELECT project.partnership_id = (SELECT engagement.partnership_id FROM engagement WHERE engagement.id = $2)
              OR EXISTS (SELECT 1 FROM activity_gmina served JOIN partnership_member member ON member.gmina_id = served.gmina_id
                         WHERE served.activity_id = $3 AND member.partnership_id = project.partnership_id) AS supported
       FROM project WHERE project.id = $1`,
      [projectId, activity.engagementId, activity.id],
    );
    if (!row?.supported) throw DomainError.badInput('projectId', activityMessage('projectNotSupported'));
  }
}
