import { Injectable, type OnModuleInit } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { CommentSubjectKind, CommentSubjects, DiscussionService, type HeldSubject } from '@wspolnie/discussion';
import { NotificationKind } from '@wspolnie/notifications';
import { DomainError } from '@wspolnie/platform-errors';
import { FollowersService } from '../follow/followers.service';
import { Project } from '../project/project.entity';
import { projectsMessage } from '../projects-messages';
import { Task } from '../task/task.entity';
import { taskMessage } from '../task/task-messages';
import { projectDiscussionMessage } from './discussion-messages';

/**
 * Tasks and projects as subjects of the discussion. Each is held (shared lock) while commented
 * on, so archiving waits for the comment or the comment for the archiving; an archived one
 * takes none, nor does a task of an archived project (its project is held with it). Who hears of a comment: on a task, its assignee, the project's followers and
 * everyone who commented on the task before; on a project, its followers and earlier commenters.
 */
interface HeldTask extends Pick<Task, 'id' | 'partnershipId' | 'projectId' | 'title' | 'assigneeId' | 'archivedAt'> {
  readonly projectTitle: string;
  readonly projectArchivedAt: Date | null;
}

@Injectable()
export class ProjectCommentSubjects implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly subjects: CommentSubjects,
    private readonly discussion: DiscussionService,
    private readonly followers: FollowersService,
  ) {}

  onModuleInit(): void {
    this.subjects.register(CommentSubjectKind.TASK, (id) => this.holdTask(id));
    this.subjects.register(CommentSubjectKind.PROJECT, (id) => this.holdProject(id));
  }

  private async holdTask(id: string): Promise<HeldSubject> {
    const task = await this.heldTask(id);
    if (!task) throw DomainError.notFound(taskMessage('noun.task'), id);
    // A task of an archived project is as closed as an archived task.
    if (task.projectArchivedAt) throw DomainError.conflict(projectDiscussionMessage('archivedProject', { title: task.projectTitle }), { archivedAt: task.projectArchivedAt });
    if (task.archivedAt) throw DomainError.conflict(projectDiscussionMessage('archivedTask', { title: task.title }), { archivedAt: task.archivedAt });
    return {
      partnershipId: task.partnershipId,
      scopeId: task.projectId,
      title: task.title,
      links: { projectId: task.projectId, taskId: task.id },
      eventKey: 'taskId',
      audience: async () => {
        const [followers, earlier] = [await this.followers.followersOf(task.projectId), await this.discussion.authorsOn(CommentSubjectKind.TASK, task.id)];
        return { kind: NotificationKind.COMMENT, recipientIds: [...(task.assigneeId ? [task.assigneeId] : []), ...followers, ...earlier] };
      },
    };
  }

  /**
   * The task and its project in one statement, both held (shared): the project first, as
   * TasksService locks them (project, then task), so the two never wait on each other in a
   * cycle. The task row is locked only once the join emits it, which needs the project's row,
   * locked by the materialized CTE before.
   */
  private async heldTask(id: string): Promise<HeldTask | undefined> {
    const rows: HeldTask[] = await this.txHost.tx.query(
      `WITH project AS MATERIALIZED (
         SELECT id, title, archived_at FROM project WHERE id = (SELECT project_id FROM task WHERE id = $1) FOR SHARE)
       SELECT task.id, task.partnership_id AS "partnershipId", task.project_id AS "projectId", task.title, task.assignee_id AS "assigneeId",
              task.archived_at AS "archivedAt", project.title AS "projectTitle", project.archived_at AS "projectArchivedAt"
       FROM project JOIN task ON task.project_id = project.id WHERE task.id = $1
       FOR SHARE OF task`,
      [id],
    );
    return rows[0];
  }

  private async holdProject(id: string): Promise<HeldSubject> {
    const project = await this.txHost.tx.getRepository(Project).createQueryBuilder('project').setLock('pessimistic_read').where({ id }).getOne();
    if (!project) throw DomainError.notFound(projectsMessage('noun.project'), id);
    if (project.archivedAt) throw DomainError.conflict(projectDiscussionMessage('archivedProject', { title: project.title }), { archivedAt: project.archivedAt });
    return {
      partnershipId: project.partnershipId,
      scopeId: project.id,
      title: project.title,
      links: { projectId: project.id },
      eventKey: 'projectId',
      audience: async () => {
        const [followers, earlier] = [await this.followers.followersOf(project.id), await this.discussion.authorsOn(CommentSubjectKind.PROJECT, project.id)];
        return { kind: NotificationKind.COMMENT, recipientIds: [...followers, ...earlier] };
      },
    };
  }
}
