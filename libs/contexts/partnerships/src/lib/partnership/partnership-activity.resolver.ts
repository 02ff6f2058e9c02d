import { Args, ArgsType, Field, ID, Int, ObjectType, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { Can, SameForEverySubscriber } from '@wspolnie/platform-graphql';
import { Connection, ConnectionArgs, type ConnectionShape, decodeCursor, encodeCursor } from '@wspolnie/platform-pagination';
import { EventStreams, StreamEvent } from '@wspolnie/platform-realtime';
import { IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { Partnership } from './partnership.entity';

@ObjectType()
export class ActivityEventConnection extends Connection(StreamEvent, 'ActivityEvent') {}

@ArgsType()
export class PartnershipActivityArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnershipId must be a partnership id' })
  partnershipId: string;

  @Field(() => Int, { nullable: true, description: 'The last seq you saw: every later event is sent first, in order, then live ones.' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'afterSeq must be 0 or more' })
  afterSeq?: number | null;
}

/** The partnership's activity log: a paged feed (newest first) and a live, resumable stream. */
@Resolver(() => Partnership)
export class PartnershipActivityResolver {
  constructor(private readonly streams: EventStreams) {}

  @Can('partnership.activity.read', { partnership: 'parent.id' })
  @ResolveField(() => ActivityEventConnection, { description: 'What happened in the partnership, newest first.' })
  async activity(@Parent() partnership: Partnership, @Args() args: ConnectionArgs): Promise<ConnectionShape<StreamEvent>> {
    const before = args.after ? Number(decodeCursor(args.after, 1)[0]) : Number.MAX_SAFE_INTEGER;
    const rows = await this.streams.readBackwards(partnership.id, before, args.first + 1);
    const edges = rows.slice(0, args.first).map((node) => ({ node, cursor: encodeCursor([node.seq]) }));
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > args.first,
        hasPreviousPage: Boolean(args.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount: this.streams.count(partnership.id),
    };
  }

  // Checked again whenever someone's access in the stream changes (see guardedStream).
  @Can('partnership.activity.read', { partnership: 'partnershipId' })
  @SameForEverySubscriber()
  @Subscription(() => StreamEvent, {
    description: 'Every change in a partnership as it commits. Resume with afterSeq after a disconnect: nothing is lost or repeated.',
    resolve: (event: StreamEvent) => event,
  })
  partnershipActivity(@Args() args: PartnershipActivityArgs) {
    return this.streams.follow(args.partnershipId, { afterSeq: args.afterSeq ?? 0 });
  }
}
