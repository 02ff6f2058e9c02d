import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ConnectionArgs, ConnectionShape } from './connection.types';
import { decodeCursor, encodeCursor, type CursorValue } from './cursor';

export interface KeysetColumn<T> {
  /** SQL expression the page is ordered by, e.g. `gmina.name COLLATE "pl-x-icu"`. */
  readonly expression: string;
  readonly valueOf: (row: T) => CursorValue;
}

/**
 * Keyset pagination: ascending order over `keyset` (its last column must be unique, e.g. the
 * id), one extra row to learn whether another page exists, and `totalCount` as a separate
 * count run only when the client asks for it. Offsets are never used, so deep pages cost the
 * same as the first one and rows inserted meanwhile do not shift the next page.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  args: ConnectionArgs,
  keyset: readonly KeysetColumn<T>[],
): Promise<ConnectionShape<T>> {
  const counter = query.clone();
  const page = query.clone();
  if (args.after) {
    const values = decodeCursor(args.after, keyset.length);
    const params = Object.fromEntries(values.map((value, index) => [`cursor_${index}`, value]));
    page.andWhere(
      `(${keyset.map((column) => column.expression).join(', ')}) > (${values.map((_, index) => `:cursor_${index}`).join(', ')})`,
      params,
    );
  }
  keyset.forEach((column, index) =>
    index === 0 ? page.orderBy(column.expression, 'ASC') : page.addOrderBy(column.expression, 'ASC'),
  );
  const rows = await page.limit(args.first + 1).getMany();
  const nodes = rows.slice(0, args.first);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(keyset.map((column) => column.valueOf(node))) }));
  let count: Promise<number> | undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > args.first,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    // A getter, so the count query runs only when a client selects totalCount.
    get totalCount() {
      count ??= counter.getCount();
      return count;
    },
  };
}
