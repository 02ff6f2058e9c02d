import { DomainError, errorMessage } from '@wspolnie/platform-errors';

export type CursorValue = string | number;

/**
 * What one value of a cursor must be: `text` a string, `uuid` an id, `integer` a whole
 * number (a seq), `date` a calendar day (YYYY-MM-DD, one that exists), `any` a string or a
 * number (for keysets that do not say).
 */
export type CursorKind = 'text' | 'uuid' | 'integer' | 'date' | 'any';

/** A real calendar day: PostgreSQL would refuse "2026-13-45" only after the page query started. */
function isCalendarDay(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const moment = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(moment.getTime()) && moment.toISOString().startsWith(value);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const FITS: Record<CursorKind, (value: unknown) => boolean> = {
  text: (value) => typeof value === 'string',
  uuid: (value) => typeof value === 'string' && UUID.test(value),
  integer: (value) => typeof value === 'number' && Number.isSafeInteger(value),
  date: isCalendarDay,
  any: (value) => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)),
};

export function encodeCursor(values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** The client's mistake, not ours: a cursor this list did not give out (or not for this list). */
export function cursorRefused(field = 'after'): DomainError {
  return DomainError.badInput(field, errorMessage('cursor', { field }));
}

/**
 * Decodes a cursor this API issued, `shape` being how many values it holds or what each one
 * must be. Anything else (garbage, another list's cursor, a text where a seq belongs) is
 * BAD_USER_INPUT on `field`, before any SQL sees it.
 */
export function decodeCursor(cursor: string, shape: number | readonly CursorKind[], field = 'after'): CursorValue[] {
  const kinds: readonly CursorKind[] = typeof shape === 'number' ? Array.from({ length: shape }, () => 'any') : shape;
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = undefined;
  }
  if (!Array.isArray(values) || values.length !== kinds.length || !values.every((value, index) => FITS[kinds[index]](value))) {
    throw cursorRefused(field);
  }
  return values as CursorValue[];
}
