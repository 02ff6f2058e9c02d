const zone = 'Europe/Warsaw';

/** How instants read to Polish people: in Warsaw's time, whatever zone the server runs in. */
const OPTIONS = {
  /** "8 grudnia 2026" / "8 December 2026" */
  day: { dateStyle: 'long', timeZone: zone },
  /** "8 grudnia 2026 10:05" / "8 December 2026 at 10:05" */
  moment: { dateStyle: 'long', timeStyle: 'short', timeZone: zone },
  /** "1.12.2026, 10:05" / "1 Dec 2026, 10:05" (a short English date would read differently in the US) */
  compact: { dateStyle: 'short', timeStyle: 'short', timeZone: zone },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** Polish, or British English (day before month, 24-hour clock, as Poles read English dates). */
const LOCALES = { pl: 'pl-PL', en: 'en-GB' } as const;

const FORMATS = Object.fromEntries(
  Object.entries(LOCALES).map(([language, locale]) => [language, Object.fromEntries(Object.entries(OPTIONS).map(([style, options]) => [
      style,
      new Intl.DateTimeFormat(locale, style === 'compact' && language === 'en' ? { ...options, dateStyle: 'medium' } : options),
    ]))]),
) as Record<keyof typeof LOCALES, Record<keyof typeof OPTIONS, Intl.DateTimeFormat>>;

export function formatWarsawTime(instant: Date, style: keyof typeof OPTIONS = 'moment', language: keyof typeof LOCALES = 'pl'): string {
  return FORMATS[language][style].format(instant);
}

const CALENDAR_DAY = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone });

/** The calendar day an instant falls on in Warsaw, as an ISO date ("2026-12-01"): deadlines are Warsaw days. */
export function warsawDate(instant: Date = new Date()): string {
  return CALENDAR_DAY.format(instant);
}
