import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { uuidsOf } from '@wspolnie/identity';
import { render } from '@wspolnie/platform-i18n';
import type { MeetingStatus } from '../council-enums';
import { calendarMessage } from './calendar-messages';
import { CalendarFeedService } from './calendar-feed.service';
import { type FeedMeeting, meetingsCalendar } from './meetings-calendar';

interface MeetingRow {
  id: string;
  partnership_id: string;
  partnership_name: string;
  number: number;
  title: string;
  starts_at: Date;
  ends_at: Date;
  place: string | null;
  online_url: string | null;
  status: MeetingStatus;
  cancellation_reason: string | null;
  calendar_sequence: number;
  updated_at: Date;
}

const COLUMNS = `partnership.name AS partnership_name, meeting.id, meeting.partnership_id, meeting.number, meeting.title, meeting.starts_at, meeting.ends_at,
  meeting.place, meeting.online_url, meeting.status::text AS status, meeting.cancellation_reason, meeting.calendar_sequence, meeting.updated_at`;

const feedMeeting = (row: MeetingRow): FeedMeeting => ({
  id: row.id,
  partnershipName: row.partnership_name,
  number: row.number,
  title: row.title,
  startsAt: row.starts_at,
  endsAt: row.ends_at,
  place: row.place,
  onlineUrl: row.online_url,
  status: row.status,
  cancellationReason: row.cancellation_reason,
  calendarSequence: row.calendar_sequence,
  updatedAt: row.updated_at,
});

/**
 * The feeds a secret URL opens, read without a transaction (nothing is written) in a fixed
 * number of statements: the secret's owner, their access, the meetings with their partnerships.
 * Null stands for "nothing here", whether the secret is unknown or its owner may not read the
 * partnership: the controller answers both with the same 404.
 */
@Injectable()
export class CalendarExportService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly feeds: CalendarFeedService,
  ) {}

  /** The meetings the owner is invited to, in every partnership where they still hold a role. */
  async invitedMeetings(token: string): Promise<string | null> {
    const userId = await this.feeds.userOf(token);
    if (!userId) return null;
    // Every meeting they are invited to, then only those of partnerships where they still hold a role.
    const rows: MeetingRow[] = await this.txHost.tx.query(
      `SELECT ${COLUMNS} FROM council_invitee invitee
       JOIN council_meeting meeting ON meeting.id = invitee.meeting_id
       JOIN partnership ON partnership.id = meeting.partnership_id
       WHERE invitee.user_id = $1 ORDER BY meeting.starts_at, meeting.id`,
      [userId],
    );
    const partnershipIds = rows.map((row) => row.partnership_id);
    const readable = new Set(await this.feeds.readable(userId, partnershipIds));
    return meetingsCalendar(render(calendarMessage('myCalendar'), 'pl'), rows.filter((row) => readable.has(row.partnership_id)).map(feedMeeting));
  }

  /** Every meeting of a partnership's council, if the owner holds a role there. */
  async partnershipMeetings(token: string, partnershipId: string): Promise<string | null> {
    if (!uuidsOf([partnershipId]).length) return null;
    const userId = await this.feeds.userOf(token);
    if (!userId || !(await this.feeds.readable(userId, [partnershipId])).length) return null;
    // From the partnership, so a council with no meeting yet still has its feed (and its name).
    const rows: (MeetingRow | (Pick<MeetingRow, 'partnership_name'> & { id: null }))[] = await this.txHost.tx.query(
      `SELECT ${COLUMNS}
       FROM partnership LEFT JOIN council_meeting meeting ON meeting.partnership_id = partnership.id
       WHERE partnership.id = $1 ORDER BY meeting.starts_at, meeting.id`,
      [partnershipId],
    );
    if (!rows.length) return null;
    const name = render(calendarMessage('partnershipCalendar', { name: rows[0].partnership_name }), 'pl');
    return meetingsCalendar(name, rows.filter((row): row is MeetingRow => row.id !== null).map(feedMeeting));
  }
}
