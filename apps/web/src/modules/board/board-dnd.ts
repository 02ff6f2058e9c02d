import {
  closestCenter,
  closestCorners,
  type Collision,
  type CollisionDetection,
  type DroppableContainer,
  getFirstCollision,
  KeyboardCode,
  type KeyboardCoordinateGetter,
  pointerWithin,
  rectIntersection,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { type TaskStatus } from './graphql.generated';
import type { Translate } from '../../i18n/I18n';
import { type Columns, columnOf, placed, placementOf, STATUSES } from './board-model';

/** A column's droppable area (for empty columns and drops below the last card). */
export const columnDropId = (status: TaskStatus) => `column:${status}`;

function statusOfDrop(id: UniqueIdentifier): TaskStatus | undefined {
  const text = String(id);
  return text.startsWith('column:') ? (text.slice('column:'.length) as TaskStatus) : undefined;
}

/**
 * Where the dragged task lands over `overId`: another column takes it at the hovered card (or
 * below it when dragged past its middle) or at its end; within a column the sortable list shows
 * the order and the drop applies it.
 */
export function overPlacement(columns: Columns, activeId: string, overId: UniqueIdentifier, below = false): Columns {
  const from = columnOf(columns, activeId);
  const column = statusOfDrop(overId);
  if (column) return from === column ? columns : placed(columns, activeId, column, columns[column].length);
  const to = columnOf(columns, String(overId));
  if (!from || !to || from === to) return columns;
  const index = columns[to].indexOf(String(overId));
  return placed(columns, activeId, to, index + (below ? 1 : 0));
}

/** The board after a drop on `overId`: the order shown while dragging, the hovered card's place taken. */
export function dropPlacement(columns: Columns, activeId: string, overId: UniqueIdentifier | undefined): Columns {
  if (overId === undefined || overId === activeId) return columns;
  const from = columnOf(columns, activeId);
  const to = statusOfDrop(overId) ?? columnOf(columns, String(overId));
  if (!from || !to) return columns;
  if (from !== to) return overPlacement(columns, activeId, overId);
  if (statusOfDrop(overId)) return columns;
  return placed(columns, activeId, to, columns[to].indexOf(String(overId)));
}

/**
 * Collisions for several lists (after dnd-kit's multiple-containers example): what the pointer
 * is over, else what the card overlaps; a column that has cards answers its nearest card.
 */
export function boardCollisions(columns: Columns, args: Parameters<CollisionDetection>[0]): Collision[] {
  const pointer = pointerWithin(args);
  const hits = pointer.length > 0 ? pointer : rectIntersection(args);
  const overId = getFirstCollision(hits, 'id');
  if (overId == null) return closestCenter(args);
  const column = statusOfDrop(overId);
  if (column && columns[column].length > 0) {
    const ids = columns[column];
    const nearest = closestCenter({ ...args, droppableContainers: args.droppableContainers.filter((container) => ids.includes(String(container.id))) });
    if (nearest.length) return [nearest[0]];
  }
  return [{ id: overId }];
}

const DIRECTIONS: string[] = [KeyboardCode.Down, KeyboardCode.Right, KeyboardCode.Up, KeyboardCode.Left];

/**
 * Arrow keys while a task is lifted: left and right go to the nearest card (or empty column) in
 * the next column that way, up and down to the card above or below.
 */
export function boardKeyboardCoordinates(columns: Columns, ...[event, { context }]: Parameters<KeyboardCoordinateGetter>): ReturnType<KeyboardCoordinateGetter> {
  const { active, droppableRects, droppableContainers, collisionRect } = context;
  if (!DIRECTIONS.includes(event.code)) return undefined;
  event.preventDefault();
  if (!active || !collisionRect) return undefined;
  const candidates: DroppableContainer[] = [];
  for (const entry of droppableContainers.getEnabled()) {
    if (!entry || entry.disabled || entry.id === active.id) continue;
    const rect = droppableRects.get(entry.id);
    if (!rect) continue;
    const column = statusOfDrop(entry.id);
    // A column with cards is reached through its cards.
    if (column && columns[column].some((id) => id !== active.id)) continue;
    const fits =
      (event.code === KeyboardCode.Down && collisionRect.top < rect.top) ||
      (event.code === KeyboardCode.Up && collisionRect.top > rect.top) ||
      (event.code === KeyboardCode.Left && collisionRect.left >= rect.left + rect.width) ||
      (event.code === KeyboardCode.Right && collisionRect.left + collisionRect.width <= rect.left);
    if (fits) candidates.push(entry);
  }
  const closest = getFirstCollision(closestCorners({ active, collisionRect, droppableRects, droppableContainers: candidates, pointerCoordinates: null }), 'id');
  if (closest == null) return undefined;
  const rect = droppableContainers.get(closest)?.rect.current;
  if (!rect) return undefined;
  return statusOfDrop(closest) ? { x: rect.left + 8, y: rect.top + 8 } : { x: rect.left, y: rect.top };
}

/** The board as a drop (or a cancel) leaves it, for its announcement. */
export interface Dropped {
  readonly columns: Columns;
  readonly moved: boolean;
}

type Titles = ReadonlyMap<string, { title: string }>;

/**
 * What a screen reader hears while dragging, in the reader's language: titles, columns and
 * positions, never ids. Each takes the board as it is at that moment.
 */
export function dragSentences(t: Translate, column: (status: TaskStatus) => string) {
  const where = (board: Columns, titles: Titles, id: string) => {
    const at = placementOf(board, id);
    return at ? { title: titles.get(id)?.title ?? '', column: column(at.status), position: at.position, count: at.count } : null;
  };
  return {
    start(board: Columns, titles: Titles, id: string) {
      const at = where(board, titles, id);
      return at ? t('board.drag.start', at) : undefined;
    },
    over(board: Columns, origin: Columns | null, titles: Titles, id: string, overId: UniqueIdentifier | undefined) {
      if (overId === undefined) return t('board.drag.outside', { title: titles.get(id)?.title ?? '' });
      // Over itself where it was lifted: nothing new to say (the lift's sentence stays to be heard).
      if (overId === id && origin && JSON.stringify(placementOf(origin, id)) === JSON.stringify(placementOf(board, id))) return undefined;
      const at = where(dropPlacement(board, id, overId), titles, id);
      return at ? t('board.drag.over', at) : undefined;
    },
    end(drop: Dropped | null, titles: Titles, id: string) {
      if (!drop?.moved) return t('board.drag.unchanged', { title: titles.get(id)?.title ?? '' });
      const at = where(drop.columns, titles, id);
      return at ? t('board.drag.end', at) : undefined;
    },
    cancel(board: Columns, titles: Titles, id: string) {
      return t('board.drag.cancel', { title: titles.get(id)?.title ?? '', column: column(placementOf(board, id)?.status ?? STATUSES[0]) });
    },
  };
}
