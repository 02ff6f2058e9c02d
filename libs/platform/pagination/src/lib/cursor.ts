import { DomainError } from '@wspolnie/platform-errors';

export type CursorValue = string | number;

export function encodeCursor(values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** Decodes a cursor this API issued; anything else is the client's mistake, not ours. */
export function decodeCursor(cursor: string, length: number, field = 'after'): CursorValue[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = undefined;
  }
  if (
    !Array.isArray(values) ||
    values.length !== length ||
    !values.every((value) => typeof value === 'string' || typeof value === 'number')
  ) {
    throw DomainError.badInput(field, `${field} is not a cursor from this list; use the endCursor of a previous page.`);
  }
  return values as CursorValue[];
}
