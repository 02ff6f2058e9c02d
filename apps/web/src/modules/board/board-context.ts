import { createContext, useContext } from 'react';
import { type BoardPersonFragment, type BoardTaskFragment, type TaskStatus } from './graphql.generated';
import type { BoardRights, Columns, MenuMove } from './board-model';
import type { TaskDraft } from './task-draft';
import type { TaskArchiving } from './use-task-archive';

/**
 * An open edit form. Kept by the board, not the card: a card moved by someone else meanwhile
 * is drawn anew in its new column, and the draft must survive that.
 */
export interface EditorState {
  readonly draft: TaskDraft;
  /** The task as it was when editing began (or when the draft was last moved onto theirs). */
  readonly base: BoardTaskFragment;
  /** Set when a save met CONFLICT: the task as it is stored now. */
  readonly conflict: BoardTaskFragment | null;
}

export interface BoardContextValue {
  readonly projectId: string;
  readonly tasks: ReadonlyMap<string, BoardTaskFragment>;
  /** As shown now: during a drag, where the drag has put the card. */
  readonly columns: Columns;
  readonly people: readonly BoardPersonFragment[];
  readonly rights: BoardRights;
  readonly statusLabel: (status: TaskStatus) => string;
  readonly moveBy: (taskId: string, move: MenuMove) => void;
  readonly editors: Readonly<Record<string, EditorState>>;
  readonly setEditor: (taskId: string, state: EditorState | null) => void;
  readonly announce: (text: string) => void;
  readonly archiving: TaskArchiving;
}

export const BoardContext = createContext<BoardContextValue | null>(null);

export function useBoard(): BoardContextValue {
  const board = useContext(BoardContext);
  if (!board) throw new Error('useBoard outside BoardContext');
  return board;
}
