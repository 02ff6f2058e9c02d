import { Args, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@wspolnie/identity';
import { type Actor, Can, UuidScalar } from '@wspolnie/platform-graphql';
import { Connection } from '@wspolnie/platform-pagination';
import { Meeting } from './meeting.entity';
import { CancelMeetingInput, CreateMeetingInput, MeetingsArgs, MeetingVersionInput, UpdateMeetingInput } from './meeting.inputs';
import { MeetingsService } from './meetings.service';

@ObjectType()
export class MeetingConnection extends Connection(Meeting) {}

@Resolver(() => Meeting)
export class MeetingResolver {
  constructor(private readonly service: MeetingsService) {}

  @Can('council.read', { partnership: 'partnershipId' })
  @Query(() => MeetingConnection, { description: "A partnership's council meetings: upcoming ones the soonest first, past ones (and all) the latest first." })
  meetings(@Args() args: MeetingsArgs) {
    return this.service.list(args);
  }

  @Can('council.read', { meeting: 'id' })
  @Query(() => Meeting)
  meeting(@Args('id', { type: () => UuidScalar }) id: string) {
    return this.service.get(id);
  }

  @Can('meeting.create', { partnership: 'input.partnershipId' })
  @Mutation(() => Meeting, { description: "Calls a meeting, numbered next in the partnership; the council members are invited as their gminas' representatives and notified." })
  createMeeting(@Args('input') input: CreateMeetingInput, @CurrentActor() actor: Actor) {
    return this.service.create(actor, input);
  }

  @Can('meeting.manage', { meeting: 'input.id' })
  @Mutation(() => Meeting, { description: 'Changes a planned or running meeting; invitees are told of a new time, place or title.' })
  updateMeeting(@Args('input') input: UpdateMeetingInput, @CurrentActor() actor: Actor) {
    return this.service.update(actor, input);
  }

  @Can('meeting.manage', { meeting: 'input.id' })
  @Mutation(() => Meeting, { description: 'Cancels a planned meeting; invitees are told why.' })
  cancelMeeting(@Args('input') input: CancelMeetingInput, @CurrentActor() actor: Actor) {
    return this.service.cancel(actor, input);
  }

  @Can('meeting.manage', { meeting: 'input.id' })
  @Mutation(() => Meeting, { description: 'Opens a planned meeting: attendance and votes are recorded from now.' })
  startMeeting(@Args('input') input: MeetingVersionInput, @CurrentActor() actor: Actor) {
    return this.service.start(actor, input);
  }

  @Can('meeting.manage', { meeting: 'input.id' })
  @Mutation(() => Meeting, { description: 'Closes a meeting in progress (refused while a vote is open); its minutes change only by a correction from then.' })
  closeMeeting(@Args('input') input: MeetingVersionInput, @CurrentActor() actor: Actor) {
    return this.service.close(actor, input);
  }
}
