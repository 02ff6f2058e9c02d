import { formatPln, isPln, type Pln } from '@wspolnie/kernel';
import { INTL_TAG, type Locale } from './locale';

const WARSAW = 'Europe/Warsaw';
const EN_PLN = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'PLN' });

/**
 * An exact amount as the API sends it ("69504961.44"): "69 504 961,44 zł" in Polish (the
 * kernel's rule, the same the API uses), "PLN 69,504,961.44" in English. Intl formats the
 * string itself, so no digit is lost to a float.
 */
export function formatMoney(amount: string, locale: Locale): string {
  if (!isPln(amount)) return amount;
  return locale === 'pl' ? formatPln(amount as Pln) : EN_PLN.format(amount as unknown as number);
}

/** A LocalDate ("2020-12-31") is a day, not an instant: formatted in UTC so no zone moves it. */
export function formatDay(day: string, locale: Locale, style: 'short' | 'long' = 'short'): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(INTL_TAG[locale], style === 'short' ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A DateTime as Warsaw reads it: "30.03.2026, 14:05". */
export function formatMoment(instant: string, locale: Locale, withTime = true): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(INTL_TAG[locale], withTime ? { dateStyle: 'short', timeStyle: 'short', timeZone: WARSAW } : { dateStyle: 'short', timeZone: WARSAW }).format(date);
}

export function formatInteger(value: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_TAG[locale]).format(value);
}

/** Today in Warsaw as a LocalDate. */
export function warsawToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: WARSAW, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** "31.12.2020" (or "2020-12-31") → "2020-12-31"; null when it is not a real day. */
export function parseDay(text: string): string | null {
  const trimmed = text.trim();
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (!match) return null;
  const [day, month, year] = trimmed.includes('.') ? [match[1], match[2], match[3]] : [match[3], match[2], match[1]];
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}
