import { Args, ArgsType, Context, Field, ObjectType, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { PartnershipAccess } from '@wspolnie/identity';
import { Can, type RequestContext, ResumableArgs, SameForEverySubscriber, UuidScalar } from '@wspolnie/platform-graphql';
import { Connection, ConnectionArgs, type ConnectionShape, newestFirst } from '@wspolnie/platform-pagination';
import { EventStreams, StreamEvent } from '@wspolnie/platform-realtime';
import { Allow } from 'class-validator';
import { PartnershipPeopleLoader } from '../people/partnership-people.loader';
import { Partnership } from './partnership.entity';

@ObjectType()
export class ActivityEventConnection extends Connection(StreamEvent, 'ActivityEvent') {}

@ArgsType()
export class PartnershipActivityArgs extends ResumableArgs {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  partnershipId: string;

}

/** The partnership's activity log: a paged feed (newest first) and a live, resumable stream. */
@Resolver(() => Partnership)
export class PartnershipActivityResolver {
  constructor(private readonly streams: EventStreams) {}

  @Can('partnership.activity.read', { partnership: 'parent.id' })
  @ResolveField(() => ActivityEventConnection, { description: 'What happened in the partnership, newest first.' })
  activity(@Parent() partnership: Partnership, @Args() args: ConnectionArgs): Promise<ConnectionShape<StreamEvent>> {
    return newestFirst(args, {
      read: (beforeSeq, limit) => this.streams.readBackwards(partnership.id, beforeSeq, limit),
      seqOf: (event) => event.seq,
      count: () => this.streams.count(partnership.id),
    });
  }

  // Checked again whenever someone's access in the stream changes (see guardedStream).
  @Can('partnership.activity.read', { partnership: 'partnershipId' })
  @SameForEverySubscriber()
  @Subscription(() => StreamEvent, {
    description: 'Every change in a partnership as it commits. Resume with afterSeq after a disconnect: nothing is lost or repeated.',
    resolve: (event: StreamEvent) => event,
  })
  partnershipActivity(@Args() args: PartnershipActivityArgs) {
    return this.streams.follow(args.partnershipId, { afterSeq: args.afterSeq ?? undefined });
  }
}

/**
 * ActivityEvent.actor: who made a change, as Partnership.people shows them (their role here,
 * their name under `user`), read for a whole page of events at once. Every stream is a
 * partnership's, so the event's stream is the partnership the role is looked up in.
 */
@Resolver(() => StreamEvent)
export class ActivityActorResolver {
  constructor(private readonly people: PartnershipPeopleLoader) {}

  // Who took part is what Partnership.people shows: the same rule, on the event's partnership.
  @Can('partnership.people.read', { partnership: 'parent.streamId' })
  @ResolveField(() => PartnershipAccess, {
    nullable: true,
    description: 'Who did it, with their role in this partnership (their name is under user). Null when no person did it, or when they no longer take part.',
  })
  actor(@Parent() event: StreamEvent, @Context() context: RequestContext): Promise<PartnershipAccess | null> | null {
    return event.actorId ? this.people.roleOf(context, event.streamId, event.actorId) : null;
  }
}
