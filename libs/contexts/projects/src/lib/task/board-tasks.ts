import { UserAccount } from '@wspolnie/identity';
import type { EntityManager } from 'typeorm';
import { PlainColumns } from '../project/plain-rows';
import { Task } from './task.entity';

export interface BoardRead {
  readonly includeArchived: boolean;
  /** The Task fields the query selects. */
  readonly fields: ReadonlySet<string>;
  /** The assignee's fields, when the query selects the assignee: they come in the same statement. */
  readonly assigneeFields: ReadonlySet<string> | null;
}

export interface BoardTask {
  readonly task: Task;
  /** Absent unless asked for; null when nobody is assigned. */
  readonly assignee?: UserAccount | null;
}

/**
 * Tasks of many projects (the board, through the request's DataLoader), by column, then order;
 * archived ones only if asked. One statement with the assignees joined, read into plain rows
 * with only the columns the query asks for: a board of a thousand tasks hydrated as entities
 * (every timestamp parsed) cost more than the rest of the read together.
 */
export async function boardTasks(manager: EntityManager, projectIds: readonly string[], read: BoardRead): Promise<BoardTask[]> {
  const tasks = new PlainColumns<Task>(manager.connection.getMetadata(Task), 'task', read.fields);
  const assignees = read.assigneeFields && new PlainColumns<UserAccount>(manager.connection.getMetadata(UserAccount), 'assignee', read.assigneeFields, 'assignee.');
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT ${tasks.select}${assignees ? `, ${assignees.select} FROM task LEFT JOIN user_account assignee ON assignee.id = task.assignee_id` : ' FROM task'}
     WHERE task.project_id = ANY($1::uuid[])${read.includeArchived ? '' : ' AND task.archived_at IS NULL'}
     ORDER BY task.status, task.position`,
    [projectIds],
  );
  // The row itself is the task (its assignee's columns ride along under "assignee." keys, which
  // no field of Task reads); one object per person, however many tasks they have on the board.
  const people = new Map<string, UserAccount | null>();
  return rows.map((row) => {
    const task = row as unknown as Task;
    if (!assignees) return { task };
    let assignee = task.assigneeId ? people.get(task.assigneeId) : null;
    if (assignee === undefined) people.set(task.assigneeId as string, (assignee = assignees.take(row)));
    return { task, assignee };
  });
}
