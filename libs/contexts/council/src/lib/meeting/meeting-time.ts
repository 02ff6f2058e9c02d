import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';

export const WARSAW = 'Europe/Warsaw';

/** A meeting's day and hours as people in Poland read them. */
export interface WallClock {
  /** "2027-03-29" */
  readonly date: string;
  /** "10:00" */
  readonly startTime: string;
  /** "12:00" */
  readonly endTime: string;
}

/**
 * Between a Warsaw day and hours ("2027-03-29", "10:00") and instants, in PostgreSQL: its
 * time-zone rules decide whether 10:00 is 08:00Z (summer) or 09:00Z (winter), the same rules
 * in both directions, so a meeting reads back at the hour it was called for.
 */
@Injectable()
export class MeetingTime {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** The instants of a day's hours in Warsaw. */
  async instantsOf(clock: WallClock): Promise<{ startsAt: Date; endsAt: Date }> {
    const [row]: { starts_at: Date; ends_at: Date }[] = await this.txHost.tx.query(
      `SELECT (($1::date + $2::time) AT TIME ZONE '${WARSAW}') AS starts_at, (($1::date + $3::time) AT TIME ZONE '${WARSAW}') AS ends_at`,
      [clock.date, clock.startTime, clock.endTime],
    );
    return { startsAt: row.starts_at, endsAt: row.ends_at };
  }

  /** Each meeting's day and hours in Warsaw, in the order given (one statement for them all). */
  async wallClocksOf(meetings: readonly { startsAt: Date; endsAt: Date }[]): Promise<WallClock[]> {
    if (!meetings.length) return [];
    const rows: { date: string; start_time: string; end_time: string }[] = await this.txHost.tx.query(
      `SELECT to_char(meeting.starts_at AT TIME ZONE '${WARSAW}', 'YYYY-MM-DD') AS date,
              to_char(meeting.starts_at AT TIME ZONE '${WARSAW}', 'HH24:MI') AS start_time,
              to_char(meeting.ends_at AT TIME ZONE '${WARSAW}', 'HH24:MI') AS end_time
       FROM unnest($1::timestamptz[], $2::timestamptz[]) WITH ORDINALITY AS meeting (starts_at, ends_at, n) ORDER BY meeting.n`,
      [meetings.map((meeting) => meeting.startsAt.toISOString()), meetings.map((meeting) => meeting.endsAt.toISOString())],
    );
    return rows.map((row) => ({ date: row.date, startTime: row.start_time, endTime: row.end_time }));
  }

  async wallClockOf(meeting: { startsAt: Date; endsAt: Date }): Promise<WallClock> {
    return (await this.wallClocksOf([meeting]))[0];
  }
}
