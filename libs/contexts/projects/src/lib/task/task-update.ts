import type { Actor } from '@wspolnie/platform-graphql';
import { hydrate } from '@wspolnie/platform-database';
import type { EventLog } from '@wspolnie/platform-realtime';
import type { EntityManager } from 'typeorm';
import { Task } from './task.entity';

/** A task's edit as written: the row it replaced, the row it is now, and who follows its project. */
export interface TaskEdit {
  readonly before: Task;
  readonly after: Task;
  readonly followers: string[];
}

/** The edits' changes as the event records them: only the fields whose value changed, as { before, after }. */
export const EDITABLE_FIELDS = ['title', 'description', 'priority', 'assigneeId', 'dueOn'] as const satisfies readonly (keyof Task)[];

/**
 * A task's versioned edit and its event ("task.updated", in its partnership's stream) in one
 * statement: the UPDATE reads the row it replaces, holds the project FOR SHARE (an archived
 * project's tasks take no edits, nor while it is being archived: archiving waits for this edit,
 * or this edit for the archiving), answers the project's followers and computes the changes the
 * event records, so no read precedes it inside the transaction. The row's version, archiving and
 * project are re-checked on the row as it is once locked (Read Committed re-evaluates the WHERE
 * on the newest row), so of two writers at one version exactly one wins. Answers null when
 * nothing was written (no such task, a stale version, an archived task or project): the caller
 * reads why.
 */
export async function editTask(
  manager: EntityManager,
  events: EventLog,
  actor: Actor | undefined,
  edit: { readonly id: string; readonly expectedVersion: number; readonly changes: Partial<Pick<Task, (typeof EDITABLE_FIELDS)[number]>> },
): Promise<TaskEdit | null> {
  const metadata = manager.connection.getMetadata(Task);
  const driver = manager.connection.driver;
  const columnOf = (property: string) => {
    const column = metadata.findColumnWithPropertyName(property);
    // Never expected: changes name the entity's own properties.
    if (!column) throw new Error(`the task has no column for ${property}`);
    return { quoted: driver.escape(column.databaseName), column };
  };
  const parameters: unknown[] = [edit.id, edit.expectedVersion];
  const changed = Object.entries(edit.changes).filter(([, value]) => value !== undefined);
  const sets = changed.map(([property, value]) => {
    const { quoted, column } = columnOf(property);
    parameters.push(driver.preparePersistentValue(value, column));
    return `${quoted} = $${parameters.length}`;
  });
  sets.push(`${columnOf('version').quoted} = task.version + 1`, `${columnOf('updatedAt').quoted} = now()`);
  // What changesBetween would record: each field whose value differs, its JSON before and after.
  const changes = changed.map(([property]) => {
    const { quoted } = columnOf(property);
    return `CASE WHEN before.${quoted} IS DISTINCT FROM task.${quoted} THEN jsonb_build_object('${property}', jsonb_build_object('before', to_jsonb(before.${quoted}), 'after', to_jsonb(task.${quoted}))) ELSE '{}' END`;
  });
  const columns = metadata.columns.map((column) => driver.escape(column.databaseName));
  // The replaced row's columns come back beside the new ones, renamed.
  const beforeName = (column: string) => `before:${column}`;
  const row = await events.appendWith<Record<string, unknown>>(
    {
      sql: `UPDATE task SET ${sets.join(', ')}
            FROM (SELECT ${columns.map((column) => `before.${column}`).join(', ')},
                         ARRAY(SELECT follower.user_id FROM project_follower follower WHERE follower.project_id = before.project_id) AS followers
                  FROM task before JOIN project ON project.id = before.project_id
                  WHERE before.id = $1 AND project.archived_at IS NULL
                  FOR SHARE OF project) before
            WHERE task.id = before.id AND task.version = $2 AND task.archived_at IS NULL
            RETURNING ${columns.map((column) => `task.${column}`).join(', ')},
                      ${metadata.columns.map((column) => `before.${driver.escape(column.databaseName)} AS ${driver.escape(beforeName(column.databaseName))}`).join(', ')},
                      before.followers, task.partnership_id AS stream_id, task.id AS subject_id, task.project_id AS scope_id,
                      ${changes.length ? changes.join(' || ') : `'{}'::jsonb`} AS changes`,
      parameters,
    },
    { topic: 'task', action: 'task.updated', actorId: actor?.userId },
  );
  if (!row) return null;
  const before = Object.fromEntries(metadata.columns.map((column) => [column.databaseName, row[beforeName(column.databaseName)]]));
  return { before: hydrate(manager, Task, before), after: hydrate(manager, Task, row), followers: row['followers'] as string[] };
}
