import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { PartnershipReferences } from '@wspolnie/identity';
import { staleVersion, versionedUpdate } from '@wspolnie/platform-database';
import { DomainError } from '@wspolnie/platform-errors';
import type { Message } from '@wspolnie/platform-i18n';
import type { Actor } from '@wspolnie/platform-graphql';
import { changesBetween, EventLog } from '@wspolnie/platform-realtime';
import { generateKeyBetween } from 'fractional-indexing';
import { ProjectNotices } from '../follow/project-notices';
import { assertNotArchived } from '../project/archiving';
import { Project } from '../project/project.entity';
import { ProjectsService } from '../project/projects.service';
import { projectsMessage } from '../projects-messages';
import { type BoardRead, type BoardTask, boardTasks } from './board-tasks';
import { Task, type TaskStatus } from './task.entity';
import { statusLabel, taskMessage } from './task-messages';
import type { CreateTaskInput, MoveTaskInput, UpdateTaskInput } from './task.inputs';
import { editTask } from './task-update';

const archivedTask = (task: Task) => taskMessage('archived', { title: task.title });
const archivedProject = (project: Project) => projectsMessage('project.archived', { title: project.title });

/** Who follows the task's project, as a column of the task's own read. */
const FOLLOWERS_OF_TASK = 'ARRAY(SELECT follower.user_id FROM project_follower follower WHERE follower.project_id = task.project_id)';

const RECORDED_FIELDS = ['title', 'description', 'status', 'priority', 'assigneeId', 'dueOn', 'position'] as const;

@Injectable()
export class TasksService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly references: PartnershipReferences,
    private readonly projects: ProjectsService,
    private readonly events: EventLog,
    private readonly notices: ProjectNotices,
  ) {}

  private get tasks() {
    return this.txHost.tx.getRepository(Task);
  }

  /** Tasks of many projects (the board, through the request's DataLoader), as plain rows: see boardTasks. */
  tasksOf(projectIds: readonly string[], read: BoardRead): Promise<BoardTask[]> {
    return boardTasks(this.txHost.tx, projectIds, read);
  }

  /** A task (the operation's declaration has checked the caller may act on it). */
  async get(id: string): Promise<Task> {
    const task = await this.tasks.findOneBy({ id });
    if (!task) throw DomainError.notFound(taskMessage('noun.task'), id);
    return task;
  }

  @Transactional()
  async create(actor: Actor | undefined, input: CreateTaskInput): Promise<Task> {
    // The locked row, not the one read before the lock: a project archived meanwhile takes no task.
    const project = await this.lockBoard((await this.projects.get(input.projectId)).id);
    assertNotArchived(project, archivedProject);
    await this.assertAssignable(input.assigneeId, project.partnershipId);
    const last = await this.tasks.findOne({ where: { projectId: project.id, status: input.status }, order: { position: 'DESC' } });
    const task = await this.tasks.save(
      this.tasks.create({
        projectId: project.id,
        partnershipId: project.partnershipId,
        title: input.title.trim(),
        description: input.description,
        status: input.status,
        priority: input.priority,
        assigneeId: input.assigneeId ?? null,
        dueOn: input.dueOn ?? null,
        position: generateKeyBetween(last?.position ?? null, null),
      }),
    );
    await this.record(actor, task, 'task.created', changesBetween(null, task, RECORDED_FIELDS));
    await this.notices.taskAssigned(actor, task);
    return task;
  }

  @Transactional()
  async update(actor: Actor | undefined, input: UpdateTaskInput): Promise<Task> {
    const changes: Parameters<typeof editTask>[3]['changes'] = {};
    if (input.title !== undefined) changes.title = input.title.trim();
    if (input.description !== undefined) changes.description = input.description;
    if (input.priority !== undefined) changes.priority = input.priority;
    if (input.dueOn !== undefined) changes.dueOn = input.dueOn;
    if (input.assigneeId !== undefined) changes.assigneeId = input.assigneeId;
    const edit = await editTask(this.txHost.tx, this.events, actor, { id: input.id, expectedVersion: input.expectedVersion, changes });
    if (!edit) throw await this.refusalOf(input);
    const { before, after, followers } = edit;
    // After the write, which a refusal rolls back: only then is the task's partnership known without a read.
    if (input.assigneeId !== undefined) await this.assertAssignable(input.assigneeId, after.partnershipId);
    await this.notices.taskChanged(actor, before, after, followers);
    return after;
  }

  /** Why an edit wrote nothing: no such task, it or its project archived, or a stale version (CONFLICT with the task as it is). */
  private async refusalOf(input: UpdateTaskInput): Promise<DomainError> {
    const current = await this.tasks.findOne({ where: { id: input.id }, relations: { project: true } });
    if (!current) return DomainError.notFound(taskMessage('noun.task'), input.id);
    assertNotArchived(current, archivedTask);
    if (current.project) assertNotArchived(current.project, archivedProject);
    return staleVersion(current, { id: input.id, expectedVersion: input.expectedVersion, noun: taskMessage('noun.task') });
  }

  /**
   * One mutation for moving within or between columns. The board is locked for the move (the
   * project row), so concurrent moves take turns and each computes its key between neighbours
   * that cannot change under it.
   */
  @Transactional()
  async move(actor: Actor | undefined, input: MoveTaskInput): Promise<Task> {
    const { task: before, followers } = await this.beforeChange(input.id);
    assertNotArchived(before, archivedTask);
    assertNotArchived(await this.lockBoard(before.projectId), archivedProject);
    const position = await this.positionAfter(before, input.status, input.afterTaskId ?? null);
    const after = await versionedUpdate(this.txHost.tx, Task, {
      id: before.id,
      expectedVersion: input.expectedVersion,
      changes: { status: input.status, position },
      noun: taskMessage('noun.task'),
    });
    await this.record(actor, after, 'task.moved', changesBetween(before, after, ['status', 'position']));
    // A reorder within a column tells nobody (taskChanged finds nothing to tell).
    await this.notices.taskChanged(actor, before, after, followers);
    return after;
  }

  /** The task before a move, with its project's followers (whom the move may be told to) in the same statement. */
  private async beforeChange(id: string): Promise<{ task: Task; followers: string[] }> {
    const query = this.tasks.createQueryBuilder('task').addSelect(FOLLOWERS_OF_TASK, 'followers').where('task.id = :id', { id });
    const { entities, raw } = await query.getRawAndEntities();
    if (!entities[0]) throw DomainError.notFound(taskMessage('noun.task'), id);
    return { task: entities[0], followers: (raw[0] as { followers: string[] }).followers };
  }

  private async positionAfter(task: Task, status: TaskStatus, afterTaskId: string | null): Promise<string> {
    const column = (await this.tasks.find({ where: { projectId: task.projectId, status }, order: { position: 'ASC' } })).filter((other) => other.id !== task.id);
    if (afterTaskId === null) return generateKeyBetween(null, column[0]?.position ?? null);
    const index = column.findIndex((other) => other.id === afterTaskId);
    if (index < 0) throw DomainError.badInput('afterTaskId', await this.notPlaceableAfter(task, status, afterTaskId));
    return generateKeyBetween(column[index].position, column[index + 1]?.position ?? null);
  }

  /** Why `task` cannot go after `afterTaskId` in `status`; reads the other task (an error path only). */
  private async notPlaceableAfter(task: Task, status: TaskStatus, afterTaskId: string): Promise<Message> {
    if (afterTaskId === task.id) return taskMessage('afterItself', { title: task.title });
    const after = await this.tasks.findOneBy({ id: afterTaskId });
    // A task of another project is not named: the caller may not be allowed to see it.
    if (after?.projectId === task.projectId) {
      return taskMessage('afterInOtherColumn', { title: task.title, after: after.title, actual: statusLabel(after.status), column: statusLabel(status) });
    }
    const project = await this.projects.get(task.projectId);
    return taskMessage('afterNotOnBoard', { title: task.title, project: project.title });
  }

  private lockBoard(projectId: string): Promise<Project> {
    return this.txHost.tx.getRepository(Project).createQueryBuilder('project').setLock('pessimistic_write').where({ id: projectId }).getOneOrFail();
  }

  /** Only someone with a role in the partnership can be assigned its tasks. */
  private assertAssignable(userId: string | null | undefined, partnershipId: string): Promise<void> {
    return this.references.assertUsable(partnershipId, [{ field: 'assigneeId', kind: 'person', id: userId }]);
  }

  private record(actor: Actor | undefined, task: Task, action: string, changes: Record<string, { before?: unknown; after?: unknown }>) {
    return this.events.append(task.partnershipId, { topic: 'task', subjectId: task.id, scopeId: task.projectId, action, actorId: actor?.userId, changes });
  }
}
