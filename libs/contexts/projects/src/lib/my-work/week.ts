import { Injectable } from '@nestjs/common';
import { warsawDate } from '@wspolnie/kernel';

/** The days my work's buckets are counted against, in Europe/Warsaw. */
export interface WorkWeek {
  /** Today in Warsaw, YYYY-MM-DD. */
  readonly today: string;
  /** The Sunday ending this week (today itself on a Sunday): weeks start on Monday in Poland. */
  readonly sunday: string;
}

export function workWeekOf(instant: Date): WorkWeek {
  const today = warsawDate(instant);
  const noon = new Date(`${today}T12:00:00Z`);
  const daysToSunday = (7 - noon.getUTCDay()) % 7;
  return { today, sunday: new Date(noon.getTime() + daysToSunday * 86_400_000).toISOString().slice(0, 10) };
}

/** What time it is for my work: a provider, so tests can put "today" just before or after Warsaw's midnight. */
@Injectable()
export class MyWorkClock {
  now(): Date {
    return new Date();
  }

  week(): WorkWeek {
    return workWeekOf(this.now());
  }
}
