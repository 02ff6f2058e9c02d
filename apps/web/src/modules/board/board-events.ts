import type { BoardTaskChangesSubscription } from './graphql.generated';

export type BoardEvent = NonNullable<BoardTaskChangesSubscription['projectTaskChanges']>;

/**
 * What the board does with an event of its project's stream. `task`: that card is read again
 * (an edit, a move, a new comment on it); `board`: the whole board; `archiving`: a card leaves
 * or comes back; `access`: who may do what is read again; `ignore`: nothing on the board shows it.
 */
export type BoardReaction = { kind: 'access' } | { kind: 'archiving' } | { kind: 'task'; taskId: string } | { kind: 'board' } | { kind: 'ignore' };

/** The task a new comment is on (its event names it), if any. */
function commentedTask(event: BoardEvent): string | null {
  const changes = event.changes as Record<string, { after?: unknown } | undefined> | null;
  const taskId = changes?.['taskId']?.after;
  return typeof taskId === 'string' ? taskId : null;
}

export function boardReaction(event: BoardEvent, onBoard: (taskId: string) => boolean): BoardReaction {
  if (event.topic === 'access') return { kind: 'access' };
  if (event.action === 'task.archived' || event.action === 'task.restored') return { kind: 'archiving' };
  if (event.topic === 'task') return event.action !== 'task.created' && onBoard(event.subjectId) ? { kind: 'task', taskId: event.subjectId } : { kind: 'board' };
  if (event.topic === 'comment') {
    // A card shows how many comments its task has: only a new one changes that (a deleted one stays, as a placeholder).
    const taskId = event.action === 'comment.created' ? commentedTask(event) : null;
    return taskId && onBoard(taskId) ? { kind: 'task', taskId } : { kind: 'ignore' };
  }
  // Attachments (and whatever else the stream may carry one day) are not on the board.
  if (event.topic !== 'project') return { kind: 'ignore' };
  return { kind: 'board' };
}
