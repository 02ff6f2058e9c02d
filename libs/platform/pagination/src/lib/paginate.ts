import { postgresErrorOf } from '@wspolnie/platform-errors';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ConnectionArgs, ConnectionShape } from './connection.types';
import { cursorRefused, type CursorKind, decodeCursor, encodeCursor, type CursorValue } from './cursor';

export interface KeysetColumn<T> {
  /** SQL expression the page is ordered by, e.g. `gmina.name COLLATE "pl-x-icu"`. */
  readonly expression: string;
  readonly valueOf: (row: T) => CursorValue;
  /**
   * What the cursor's value for this column must be (`text`, `uuid`, `integer`), checked before
   * any SQL runs. Without it anything a cursor could hold is let through to the database, and a
   * value it cannot read as the column's type is refused then.
   */
  readonly kind?: CursorKind;
}

/** PostgreSQL's answers to a value it cannot read as the column's type: text, date and time. */
const UNREADABLE_VALUE = new Set(['22P02', '22007', '22008']);

/**
 * Keyset pagination: ascending order over `keyset` (its last column must be unique, e.g. the
 * id), or descending with `{ direction: 'DESC' }` (newest first by a date, then id), one extra
 * row to learn whether another page exists, and `totalCount` as a separate count run only when
 * the client asks for it. Offsets are never used, so deep pages cost the same as the first one
 * and rows inserted meanwhile do not shift the next page.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  args: ConnectionArgs,
  keyset: readonly KeysetColumn<T>[],
  { direction = 'ASC' }: { readonly direction?: 'ASC' | 'DESC' } = {},
): Promise<ConnectionShape<T>> {
  const counter = query.clone();
  const unchecked = Boolean(args.after) && keyset.some((column) => (column.kind ?? 'any') === 'any');
  const page = query.clone();
  if (args.after) {
    const values = decodeCursor(
      args.after,
      keyset.map((column) => column.kind ?? 'any'),
    );
    const params = Object.fromEntries(values.map((value, index) => [`cursor_${index}`, value]));
    page.andWhere(`(${keyset.map((column) => column.expression).join(', ')}) ${direction === 'ASC' ? '>' : '<'} (${values.map((_, index) => `:cursor_${index}`).join(', ')})`, params);
  }
  keyset.forEach((column, index) => (index === 0 ? page.orderBy(column.expression, direction) : page.addOrderBy(column.expression, direction)));
  const rows = await page
    .limit(args.first + 1)
    .getMany()
    .catch((error: unknown) => {
      // A cursor value left unchecked (its column has no kind) that the database cannot read.
      const code = postgresErrorOf(error)?.code;
      throw unchecked && code && UNREADABLE_VALUE.has(code) ? cursorRefused() : error;
    });
  // A getter inside: the count query runs only when a client selects totalCount.
  return connectionOf(
    rows,
    args,
    (node) => encodeCursor(keyset.map((column) => column.valueOf(node))),
    () => counter.getCount(),
  );
}

/**
 * The connection of a page already read (`rows` holds one more than asked for when another page
 * follows), for lists that are paged by hand; `count` runs only when a client selects totalCount.
 */
export function connectionOf<T>(rows: readonly T[], args: ConnectionArgs, cursorOf: (row: T) => string, count: () => number | Promise<number>): ConnectionShape<T> {
  const edges = rows.slice(0, args.first).map((node) => ({ node, cursor: cursorOf(node) }));
  let counted: number | Promise<number> | undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > args.first,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    get totalCount() {
      counted ??= count();
      return counted;
    },
  };
}
