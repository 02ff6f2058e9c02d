import { Injectable } from '@nestjs/common';
import { Inbox, NotificationKind } from '@wspolnie/notifications';
import type { Actor } from '@wspolnie/platform-graphql';
import { render } from '@wspolnie/platform-i18n';
import { stageLabel } from '../pipeline/project-stage';
import type { Project } from '../project/project.entity';
import type { Task } from '../task/task.entity';
import { FollowersService } from './followers.service';

/**
 * What the projects context puts in people's inboxes, in the transaction of the change. The
 * inbox leaves out whoever made the change and anyone without a role in the partnership.
 */
@Injectable()
export class ProjectNotices {
  constructor(
    private readonly inbox: Inbox,
    private readonly followers: FollowersService,
  ) {}

  /** Whoever creates a project follows it from the start. */
  async projectCreated(actor: Actor | undefined, project: Project): Promise<void> {
    if (actor) await this.followers.add(actor.userId, project.id);
  }

  /** Tells the project's followers where it moved, and why if the mover said. */
  async stageChanged(actor: Actor | undefined, before: Project, after: Project, reason: string): Promise<void> {
    // Kept with the notification as data, in Polish as the project's title beside it is.
    const stages = `${render(stageLabel(before.stage), 'pl')} → ${render(stageLabel(after.stage), 'pl')}`;
    await this.inbox.deliver(await this.followers.followersOf(after.id), {
      kind: NotificationKind.PROJECT_STAGE_CHANGED,
      partnershipId: after.partnershipId,
      actorId: actor?.userId ?? null,
      subjectTitle: after.title,
      excerpt: reason.trim() ? `${stages}: ${reason.trim()}` : stages,
      projectId: after.id,
    });
  }

  /** Tells the task's assignee it is theirs now. */
  async taskAssigned(actor: Actor | undefined, task: Task): Promise<void> {
    if (!task.assigneeId) return;
    await this.inbox.deliver([task.assigneeId], {
      kind: NotificationKind.TASK_ASSIGNED,
      partnershipId: task.partnershipId,
      actorId: actor?.userId ?? null,
      subjectTitle: task.title,
      excerpt: task.description,
      projectId: task.projectId,
      taskId: task.id,
    });
  }
}
