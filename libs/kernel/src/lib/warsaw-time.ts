const zone = 'Europe/Warsaw';

/** How instants read to Polish people: in Warsaw's time, whatever zone the server runs in. */
const STYLES = {
  /** "8 grudnia 2026" */
  day: new Intl.DateTimeFormat('pl-PL', { dateStyle: 'long', timeZone: zone }),
  /** "8 grudnia 2026 10:05" */
  moment: new Intl.DateTimeFormat('pl-PL', { dateStyle: 'long', timeStyle: 'short', timeZone: zone }),
  /** "1.12.2026, 10:05" */
  compact: new Intl.DateTimeFormat('pl-PL', { dateStyle: 'short', timeStyle: 'short', timeZone: zone }),
};

export function formatWarsawTime(instant: Date, style: keyof typeof STYLES = 'moment'): string {
  return STYLES[style].format(instant);
}
