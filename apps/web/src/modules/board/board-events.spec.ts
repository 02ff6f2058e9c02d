import { describe, expect, it } from 'vitest';
import { type BoardEvent, boardReaction } from './board-events';

const event = (topic: string, action: string, subjectId: string, changes: unknown = {}): BoardEvent => ({
  streamId: 's',
  seq: 1,
  topic,
  action,
  subjectId,
  scopeId: 'p',
  actorId: null,
  changes,
});

describe("the board's reaction to its project's events", () => {
  const onBoard = (id: string) => ['a', 'b'].includes(id);

  it('reads again only the card of a task a new comment is on, and ignores the rest of the discussion', () => {
    expect(boardReaction(event('comment', 'comment.created', 'c1', { taskId: { after: 'a' }, body: { after: 'Uwaga' } }), onBoard)).toEqual({ kind: 'task', taskId: 'a' });
    expect(boardReaction(event('comment', 'comment.created', 'c2', { projectId: { after: 'p' } }), onBoard)).toEqual({ kind: 'ignore' });
    expect(boardReaction(event('comment', 'comment.created', 'c3', { taskId: { after: 'archived' } }), onBoard)).toEqual({ kind: 'ignore' });
    expect(boardReaction(event('comment', 'comment.edited', 'c1', {}), onBoard)).toEqual({ kind: 'ignore' });
    expect(boardReaction(event('comment', 'comment.deleted', 'c1', {}), onBoard)).toEqual({ kind: 'ignore' });
  });

  it('ignores attachments, and reads a task, the board or the access as before', () => {
    expect(boardReaction(event('attachment', 'attachment.added', 'f1', { fileName: { after: 'a.pdf' } }), onBoard)).toEqual({ kind: 'ignore' });
    expect(boardReaction(event('task', 'task.updated', 'a'), onBoard)).toEqual({ kind: 'task', taskId: 'a' });
    expect(boardReaction(event('task', 'task.created', 'n'), onBoard)).toEqual({ kind: 'board' });
    expect(boardReaction(event('task', 'task.archived', 'a'), onBoard)).toEqual({ kind: 'archiving' });
    expect(boardReaction(event('project', 'project.updated', 'p'), onBoard)).toEqual({ kind: 'board' });
    expect(boardReaction(event('access', 'access.granted', 'u'), onBoard)).toEqual({ kind: 'access' });
  });
});
