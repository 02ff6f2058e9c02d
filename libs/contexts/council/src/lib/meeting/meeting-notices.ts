import { Injectable } from '@nestjs/common';
import type { Actor } from '@wspolnie/platform-graphql';
import { Inbox, NotificationKind } from '@wspolnie/notifications';
import { MeetingInvitations } from './meeting-invitations';
import { MeetingTime } from './meeting-time';
import type { Meeting } from './meeting.entity';

/**
 * What invitees are told in their inbox, in the meeting's transaction (after its event): that
 * they are invited, that its time, place or title changed, that it is cancelled. The excerpt
 * keeps when and where as it was then ("2027-03-29, 10:00–12:00, Sala sesyjna").
 */
@Injectable()
export class MeetingNotices {
  constructor(
    private readonly inbox: Inbox,
    private readonly invitations: MeetingInvitations,
    private readonly time: MeetingTime,
  ) {}

  /** To the people given (those just invited), or to every invitee. */
  async scheduled(actor: Actor, meeting: Meeting, recipientIds?: readonly string[]): Promise<void> {
    await this.deliver(actor, meeting, NotificationKind.MEETING_SCHEDULED, await this.whenAndWhere(meeting), recipientIds);
  }

  /** To every invitee but `except` (someone told of the meeting in the same change). */
  async changed(actor: Actor, meeting: Meeting, except: string | null = null): Promise<void> {
    const recipients = (await this.invitations.inviteeIdsOf(meeting.id)).filter((userId) => userId !== except);
    await this.deliver(actor, meeting, NotificationKind.MEETING_CHANGED, await this.whenAndWhere(meeting), recipients);
  }

  async cancelled(actor: Actor, meeting: Meeting): Promise<void> {
    await this.deliver(actor, meeting, NotificationKind.MEETING_CANCELLED, meeting.cancellationReason);
  }

  private async deliver(actor: Actor, meeting: Meeting, kind: NotificationKind, excerpt: string | null, recipientIds?: readonly string[]): Promise<void> {
    const recipients = recipientIds ?? (await this.invitations.inviteeIdsOf(meeting.id));
    if (!recipients.length) return;
    await this.inbox.deliver(recipients, { kind, partnershipId: meeting.partnershipId, actorId: actor.userId, subjectTitle: meeting.title, excerpt, meetingId: meeting.id });
  }

  private async whenAndWhere(meeting: Meeting): Promise<string> {
    const clock = await this.time.wallClockOf(meeting);
    return [`${clock.date}, ${clock.startTime}–${clock.endTime}`, meeting.place, meeting.onlineUrl].filter(Boolean).join(', ');
  }
}
