import { Injectable } from '@nestjs/common';
import { Inbox, NotificationKind } from '@wspolnie/notifications';
import type { Actor } from '@wspolnie/platform-graphql';
import { render } from '@wspolnie/platform-i18n';
import { stageLabel } from '../pipeline/project-stage';
import { dayText } from '../projects-messages';
import type { Project } from '../project/project.entity';
import type { Task } from '../task/task.entity';
import { statusLabel } from '../task/task-messages';
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
    await this.inbox.deliver([task.assigneeId], this.assignment(actor, task));
  }

  /**
   * Tells the project's followers and the task's assignees (the new one and the one it was
   * taken from) what changed: its status, assignee, due date or title, not a reorder within a
   * column. A newly assigned person is told it is theirs instead (the first notice naming them).
   * `followers` come with the caller's read of the task, so telling them costs no statement of its own.
   */
  async taskChanged(actor: Actor | undefined, before: Task, after: Task, followers: readonly string[]): Promise<void> {
    const excerpt = changeSummary(before, after);
    if (!excerpt) return;
    const assignees = [before.assigneeId, after.assigneeId].filter((id): id is string => Boolean(id));
    const newlyAssigned = after.assigneeId && after.assigneeId !== before.assigneeId ? [after.assigneeId] : [];
    await this.inbox.deliverEach([
      { recipientIds: newlyAssigned, notification: this.assignment(actor, after) },
      {
        recipientIds: [...assignees, ...followers],
        notification: {
          kind: NotificationKind.TASK_CHANGED,
          partnershipId: after.partnershipId,
          actorId: actor?.userId ?? null,
          subjectTitle: after.title,
          excerpt,
          projectId: after.projectId,
          taskId: after.id,
        },
      },
    ]);
  }

  private assignment(actor: Actor | undefined, task: Task) {
    return {
      kind: NotificationKind.TASK_ASSIGNED,
      partnershipId: task.partnershipId,
      actorId: actor?.userId ?? null,
      subjectTitle: task.title,
      excerpt: task.description,
      projectId: task.projectId,
      taskId: task.id,
    };
  }
}

/**
 * What changed, as the notification keeps it: in Polish, as the task's title beside it is
 * (people are named by the inbox's actor; an assignee change says only that it changed).
 * Empty when nothing people are told of changed.
 */
function changeSummary(before: Task, after: Task): string {
  const parts: string[] = [];
  if (before.title !== after.title) parts.push(`Tytuł: „${before.title}” → „${after.title}”`);
  if (before.status !== after.status) parts.push(`Status: ${render(statusLabel(before.status), 'pl')} → ${render(statusLabel(after.status), 'pl')}`);
  if (before.dueOn !== after.dueOn) parts.push(`Termin: ${dayOrNone(before.dueOn)} → ${dayOrNone(after.dueOn)}`);
  if (before.assigneeId !== after.assigneeId) parts.push(after.assigneeId ? 'Zmiana osoby odpowiedzialnej' : 'Zadanie nie ma już osoby odpowiedzialnej');
  return parts.join('; ');
}

function dayOrNone(day: string | null): string {
  return day ? dayText(day).pl : 'brak';
}
