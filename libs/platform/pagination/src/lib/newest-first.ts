import type { ConnectionArgs, ConnectionShape } from './connection.types';
import { decodeCursor, encodeCursor } from './cursor';
import { connectionOf } from './paginate';

export interface NewestFirstSource<T> {
  /** Up to `limit` rows with a seq below `beforeSeq`, newest (highest seq) first. */
  read(beforeSeq: number, limit: number): Promise<T[]>;
  seqOf(row: T): number;
  /** Every row of the list, counted only when a client selects totalCount. */
  count(): Promise<number>;
}

/**
 * A page of a list read newest first by an increasing number (an activity log's seq, an
 * inbox's): a cursor is the seq of the last row seen, so rows written meanwhile never shift the
 * next page; anything but a seq this list gave out is refused on `after`, before any SQL.
 */
export async function newestFirst<T>(args: ConnectionArgs, source: NewestFirstSource<T>): Promise<ConnectionShape<T>> {
  const before = args.after ? Number(decodeCursor(args.after, ['integer'])[0]) : Number.MAX_SAFE_INTEGER;
  const rows = await source.read(before, args.first + 1);
  return connectionOf(
    rows,
    args,
    (node) => encodeCursor([source.seqOf(node)]),
    () => source.count(),
  );
}
