import { generateKeyBetween } from 'fractional-indexing';
import { type BoardTaskFragment, PartnershipRole, TaskStatus } from './graphql.generated';

/** The columns, in the order work goes through them; every TaskStatus of the schema. */
export const STATUSES: readonly TaskStatus[] = [TaskStatus.Todo, TaskStatus.InProgress, TaskStatus.Blocked, TaskStatus.Done];

/** Task ids per column, in their order on the board. */
export type Columns = Record<TaskStatus, string[]>;

function emptyColumns(): Columns {
  return Object.fromEntries(STATUSES.map((status) => [status, []])) as unknown as Columns;
}

/** Positions are compared as plain strings (the API's rule), never with localeCompare. */
export function byPosition(a: { position: string; id: string }, b: { position: string; id: string }): number {
  if (a.position !== b.position) return a.position < b.position ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function columnsOf(tasks: readonly Pick<BoardTaskFragment, 'id' | 'status' | 'position'>[]): Columns {
  const columns = emptyColumns();
  for (const task of [...tasks].sort(byPosition)) (columns[task.status] ?? (columns[task.status] = [])).push(task.id);
  return columns;
}

export function columnOf(columns: Columns, id: string): TaskStatus | undefined {
  return STATUSES.find((status) => columns[status].includes(id));
}

/** Where a task is: its column, its 1-based place and how many the column holds. */
export interface Placement {
  readonly status: TaskStatus;
  readonly position: number;
  readonly count: number;
}

export function placementOf(columns: Columns, id: string): Placement | undefined {
  const status = columnOf(columns, id);
  if (!status) return undefined;
  return { status, position: columns[status].indexOf(id) + 1, count: columns[status].length };
}

/** The move the API takes: a column, and the task to follow in it (null: the top). */
export interface MoveTarget {
  readonly status: TaskStatus;
  readonly afterTaskId: string | null;
}

/** The move that puts `id` where it is in `columns` (the board after a drag or a menu choice). */
export function targetIn(columns: Columns, id: string): MoveTarget | undefined {
  const status = columnOf(columns, id);
  if (!status) return undefined;
  const index = columns[status].indexOf(id);
  return { status, afterTaskId: index > 0 ? columns[status][index - 1] : null };
}

/** `columns` with `id` taken out and put in `status` at `index` (clamped). */
export function placed(columns: Columns, id: string, status: TaskStatus, index: number): Columns {
  const next = { ...columns } as Columns;
  for (const column of STATUSES) if (next[column].includes(id)) next[column] = next[column].filter((other) => other !== id);
  const list = [...next[status]];
  list.splice(Math.max(0, Math.min(index, list.length)), 0, id);
  next[status] = list;
  return next;
}

/** `columns` after the move the API would make. */
export function applied(columns: Columns, id: string, target: MoveTarget): Columns {
  const without = placed(columns, id, target.status, 0);
  const rest = without[target.status].filter((other) => other !== id);
  const index = target.afterTaskId === null ? 0 : rest.indexOf(target.afterTaskId) + 1;
  return placed(columns, id, target.status, index);
}

export type MenuMove = { kind: 'up' } | { kind: 'down' } | { kind: 'top' } | { kind: 'column'; status: TaskStatus };

/** What the "Przenieś…" menu offers a task: the same outcomes a drag has. */
export function menuMoves(columns: Columns, id: string): MenuMove[] {
  const at = placementOf(columns, id);
  if (!at) return [];
  const moves: MenuMove[] = [];
  if (at.position > 1) moves.push({ kind: 'up' });
  if (at.position < at.count) moves.push({ kind: 'down' });
  if (at.position > 2) moves.push({ kind: 'top' });
  for (const status of STATUSES) if (status !== at.status) moves.push({ kind: 'column', status });
  return moves;
}

/** The move a menu choice means: up and down swap with the neighbour; another column takes it at its end. */
export function menuTarget(columns: Columns, id: string, move: MenuMove): MoveTarget | undefined {
  const at = placementOf(columns, id);
  if (!at) return undefined;
  const index = at.position - 1;
  switch (move.kind) {
    case 'up':
      return targetIn(placed(columns, id, at.status, index - 1), id);
    case 'down':
      return targetIn(placed(columns, id, at.status, index + 1), id);
    case 'top':
      return { status: at.status, afterTaskId: null };
    case 'column':
      return { status: move.status, afterTaskId: columns[move.status].at(-1) ?? null };
  }
}

export function sameTarget(a: MoveTarget | undefined, b: MoveTarget | undefined): boolean {
  return Boolean(a && b && a.status === b.status && a.afterTaskId === b.afterTaskId);
}

/**
 * The position the API will give (it uses the same fractional keys), so the optimistic board
 * sorts right; keeps the old one if the neighbours' keys are not in order.
 */
export function positionFor(tasks: readonly BoardTaskFragment[], moving: BoardTaskFragment, target: MoveTarget): string {
  const column = tasks.filter((task) => task.status === target.status && task.id !== moving.id).sort(byPosition);
  const index = target.afterTaskId === null ? -1 : column.findIndex((task) => task.id === target.afterTaskId);
  if (target.afterTaskId !== null && index < 0) return moving.position;
  try {
    return generateKeyBetween(index < 0 ? null : column[index].position, column[index + 1]?.position ?? null);
  } catch {
    return moving.position;
  }
}

/** What the reader may do on this board, as the API's policy table allows it. */
export interface BoardRights {
  readonly create: boolean;
  /** Also archiving and restoring it: the policy's task.archive has task.edit's roles. */
  edit(task: Pick<BoardTaskFragment, 'assigneeId'>): boolean;
}

export function boardRights(role: PartnershipRole | null | undefined, userId: string | undefined, myGminaId: string | null | undefined, projectGminaIds: readonly string[]): BoardRights {
  const gminaTakesPart = Boolean(myGminaId && projectGminaIds.includes(myGminaId));
  const official = role === PartnershipRole.GminaOfficial;
  return {
    create: role === PartnershipRole.Coordinator || role === PartnershipRole.Advisor || (official && gminaTakesPart),
    edit: (task) => role === PartnershipRole.Coordinator || (official && (gminaTakesPart || (Boolean(userId) && task.assigneeId === userId))),
  };
}
