import { render } from '@wspolnie/platform-i18n';
import ical, { ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { MeetingStatus } from '../council-enums';
import { calendarMessage } from './calendar-messages';
import { WARSAW } from '../meeting/meeting-time';
import { inWarsaw } from './warsaw-wall-clock';

/** A meeting as a feed shows it (read with its partnership's name in one statement). */
export interface FeedMeeting {
  readonly id: string;
  readonly partnershipName: string;
  readonly number: number;
  readonly title: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly place: string | null;
  readonly onlineUrl: string | null;
  readonly status: MeetingStatus;
  readonly cancellationReason: string | null;
  readonly calendarSequence: number;
  readonly updatedAt: Date;
}

/** Calendar applications read the feed outside any session: its words are Polish. */
const LOCALE = 'pl';

/** The VTIMEZONE of a zone, from the IANA database as timezones-ical-library ships it. */
function vtimezone(zone: string): string | null {
  const [block] = tzlib_get_ical_block(zone);
  return block?.startsWith('BEGIN:VTIMEZONE') ? block : null;
}

/**
 * Meetings as an iCalendar feed (RFC 5545). Each meeting keeps its UID for life and its
 * SEQUENCE grows with every change a calendar must show, so applications update the event in
 * place; a cancelled one stays in the feed with STATUS:CANCELLED, which makes them remove it.
 * Times are Warsaw wall-clock times with TZID=Europe/Warsaw and the zone's VTIMEZONE, so an
 * application shows 10:00 on both sides of a change to or from summer time. DTSTAMP is when the
 * meeting last changed (a feed has no METHOD: RFC 5545 §3.8.7.2), so an unchanged feed reads the same.
 */
export function meetingsCalendar(name: string, meetings: readonly FeedMeeting[]): string {
  // No zone of its own (name null): ical-generator would then write DTSTAMP in it without a Z.
  const calendar = ical({ name, prodId: { company: 'Wspólnie', product: 'Rada Partnerstwa', language: 'PL' }, timezone: { name: null, generator: vtimezone } });
  for (const meeting of meetings) {
    const cancelled = meeting.status === MeetingStatus.CANCELLED;
    const description = [
      render(calendarMessage('partnership', { name: meeting.partnershipName }), LOCALE),
      ...(cancelled && meeting.cancellationReason ? [render(calendarMessage('cancelled', { reason: meeting.cancellationReason }), LOCALE)] : []),
      ...(meeting.onlineUrl ? [render(calendarMessage('online', { url: meeting.onlineUrl }), LOCALE)] : []),
    ].join('\n');
    calendar.createEvent({
      id: `meeting-${meeting.id}@wspolnie`,
      sequence: meeting.calendarSequence,
      stamp: meeting.updatedAt,
      lastModified: meeting.updatedAt,
      timezone: WARSAW,
      start: inWarsaw(meeting.startsAt),
      end: inWarsaw(meeting.endsAt),
      summary: render(calendarMessage('summary', { number: meeting.number, title: meeting.title }), LOCALE),
      location: meeting.place,
      description,
      url: meeting.onlineUrl,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
