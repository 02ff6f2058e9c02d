import { postgresErrorOf } from '@wspolnie/platform-errors';
import { type ConnectionArgs, type ConnectionShape, connectionOf, cursorRefused, decodeCursor, encodeCursor } from '@wspolnie/platform-pagination';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** PostgreSQL's answers to a value it cannot read as the column's type. */
const UNREADABLE_VALUE = new Set(['22P02', '22007', '22008']);

/**
 * Keyset pages whose cursor values are read back from PostgreSQL as text, not from the
 * entities: a timestamp keeps its microseconds (a JavaScript Date has milliseconds, so two
 * tasks changed in the same millisecond would be skipped or repeated) and a computed rank or a
 * joined title needs no field of its own. The last expression must be unique (an id). A cursor
 * carries the name of the sort it was issued for: another sort's values (a timestamp where a
 * due day belongs) would otherwise be read as this sort's, and page from the wrong place.
 */
export async function keysetPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  args: ConnectionArgs,
  sort: string,
  expressions: readonly string[],
  direction: 'ASC' | 'DESC' = 'ASC',
): Promise<ConnectionShape<T>> {
  const counter = query.clone();
  const page = query.clone();
  expressions.forEach((expression, index) => page.addSelect(`(${expression})::text`, `cursor_${index}`));
  if (args.after) {
    const [issuedFor, ...values] = decodeCursor(args.after, ['text', ...expressions.map(() => 'text' as const)]);
    if (issuedFor !== sort) throw cursorRefused();
    const params = Object.fromEntries(values.map((value, index) => [`cursor_${index}`, value]));
    page.andWhere(`(${expressions.join(', ')}) ${direction === 'ASC' ? '>' : '<'} (${values.map((_, index) => `:cursor_${index}`).join(', ')})`, params);
  }
  expressions.forEach((expression, index) => (index === 0 ? page.orderBy(expression, direction) : page.addOrderBy(expression, direction)));
  const { entities, raw } = await page
    .limit(args.first + 1)
    .getRawAndEntities()
    .catch((error: unknown) => {
      // Only the cursor's values can be unreadable, and only when there is one: anything else is ours.
      const code = postgresErrorOf(error)?.code;
      throw args.after && code && UNREADABLE_VALUE.has(code) ? cursorRefused() : error;
    });
  const cursors = new Map(entities.map((entity, index) => [entity, encodeCursor([sort, ...expressions.map((_, column) => String(raw[index][`cursor_${column}`]))])]));
  return connectionOf(
    entities,
    args,
    (node) => cursors.get(node) as string,
    () => counter.getCount(),
  );
}
