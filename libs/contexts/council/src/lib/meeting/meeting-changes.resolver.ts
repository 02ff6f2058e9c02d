import { Args, Resolver, Subscription } from '@nestjs/graphql';
import { Can, SameForEverySubscriber } from '@wspolnie/platform-graphql';
import { EventStreams, StreamEvent } from '@wspolnie/platform-realtime';
import { Meeting } from './meeting.entity';
import { MeetingStreamArgs } from './meeting.inputs';
import { MeetingsService } from './meetings.service';

/** One meeting's changes as they commit: its details, agenda, invitations, attendance, minutes (and the votes on it). */
@Resolver(() => Meeting)
export class MeetingChangesResolver {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly streams: EventStreams,
  ) {}

  // Checked again whenever someone's access in the partnership changes (see guardedStream).
  @Can('council.read', { meeting: 'meetingId' })
  @SameForEverySubscriber()
  @Subscription(() => StreamEvent, {
    description: 'Changes to one meeting (topic council: attendance with the quorum, agenda, votes, minutes), resumable with afterSeq; the same events are in partnershipActivity.',
    resolve: (event: StreamEvent) => event,
  })
  async meetingChanges(@Args() args: MeetingStreamArgs) {
    const meeting = await this.meetings.get(args.meetingId);
    return this.streams.follow(meeting.partnershipId, { afterSeq: args.afterSeq ?? undefined, scopeId: meeting.id });
  }
}
