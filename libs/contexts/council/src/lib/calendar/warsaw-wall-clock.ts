import type { ICalTemporalInstantStub, ICalTemporalPlainDateStub, ICalTemporalPlainDateTimeStub, ICalTemporalZonedDateTimeStub } from 'ical-generator';
import { WARSAW } from '../meeting/meeting-time';

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: WARSAW,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

interface Fields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

function fieldsOf(instant: Date): Fields {
  const parts = Object.fromEntries(PARTS.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
  return { year: parts['year'], month: parts['month'], day: parts['day'], hour: parts['hour'], minute: parts['minute'], second: parts['second'] };
}

/** Warsaw's wall clock at an instant, as a Temporal.PlainDateTime (what ical-generator writes after a TZID). */
class WarsawPlainDateTime implements ICalTemporalPlainDateTimeStub {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;

  constructor(readonly instant: Date) {
    ({ year: this.year, month: this.month, day: this.day, hour: this.hour, minute: this.minute, second: this.second } = fieldsOf(instant));
  }

  toPlainDate(): ICalTemporalPlainDateStub {
    const text = `${String(this.year).padStart(4, '0')}-${String(this.month).padStart(2, '0')}-${String(this.day).padStart(2, '0')}`;
    return { year: this.year, month: this.month, day: this.day, toJSON: () => text, toString: () => text };
  }

  toZonedDateTime(): ICalTemporalZonedDateTimeStub {
    return new WarsawZonedDateTime(this.instant);
  }

  toJSON(): string {
    return this.toString();
  }

  toString(): string {
    return `${this.toPlainDate().toString()}T${[this.hour, this.minute, this.second].map((n) => String(n).padStart(2, '0')).join(':')}`;
  }
}

/** The same, with its zone: a Temporal.ZonedDateTime in Europe/Warsaw. */
class WarsawZonedDateTime implements ICalTemporalZonedDateTimeStub {
  readonly timeZoneId = WARSAW;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;

  constructor(readonly instant: Date) {
    ({ year: this.year, month: this.month, day: this.day, hour: this.hour, minute: this.minute, second: this.second } = fieldsOf(instant));
  }

  toPlainDateTime(): ICalTemporalPlainDateTimeStub {
    return new WarsawPlainDateTime(this.instant);
  }

  withTimeZone(): ICalTemporalZonedDateTimeStub {
    return this;
  }

  toInstant(): ICalTemporalInstantStub {
    const instant = this.instant;
    return { epochMilliseconds: instant.getTime(), toJSON: () => instant.toISOString(), toString: () => instant.toISOString(), toZonedDateTimeISO: () => this };
  }

  toJSON(): string {
    return this.toString();
  }

  toString(): string {
    return `${this.toPlainDateTime().toString()}[${WARSAW}]`;
  }
}

/**
 * An instant as a Europe/Warsaw date-time for ical-generator, which writes it as
 * `DTSTART;TZID=Europe/Warsaw:20270327T100000`. A plain Date will not do: with a zone,
 * ical-generator reads a Date's local fields, i.e. the server's own zone; and Node 20 has no
 * Temporal, which it takes as well. Meetings are not held in the repeated hour of October's
 * change (02:00–03:00), the one wall-clock time a TZID cannot tell apart.
 */
export function inWarsaw(instant: Date): ICalTemporalZonedDateTimeStub {
  return new WarsawZonedDateTime(instant);
}
