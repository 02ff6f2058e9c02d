const OFFSET = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Warsaw', timeZoneName: 'longOffset' });
const PARTS = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** Warsaw's offset from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function offsetAt(instant: number): number {
  const name = OFFSET.formatToParts(new Date(instant)).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** A Warsaw wall-clock moment ("2027-03-05", "23:59") as an ISO instant; the offset of that day is Warsaw's. */
export function warsawInstant(day: string, time: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, date, hours, minutes);
  // The offset at the guess, then at the result: right on both sides of a change of clocks.
  let instant = wall - offsetAt(wall) * 60_000;
  instant = wall - offsetAt(instant) * 60_000;
  return new Date(instant).toISOString();
}

/** An instant as Warsaw reads it: its day ("2027-03-05") and time ("23:59"). */
export function warsawParts(instant: string): { day: string; time: string } {
  const parts = Object.fromEntries(PARTS.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return { day: `${parts['year']}-${parts['month']}-${parts['day']}`, time: `${parts['hour']}:${parts['minute']}` };
}
