import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Gmina, GminaLoader } from '@wspolnie/gminas';
import { AccountsLoader, CurrentActor, UserAccount } from '@wspolnie/identity';
import { type Actor, Can, type RequestContext } from '@wspolnie/platform-graphql';
import { Invitee } from './invitee.entity';
import { InviteeInput, InviteToMeetingInput, RecordAttendanceInput } from './invitee.inputs';
import { InviteesService } from './invitees.service';
import { Meeting } from './meeting.entity';

/** Invitations and attendance; an invitee's person and gmina are batched for every invitee a request reads. */
@Resolver(() => Invitee)
export class InviteeResolver {
  constructor(
    private readonly invitees: InviteesService,
    private readonly people: AccountsLoader,
    private readonly gminas: GminaLoader,
  ) {}

  @Can('meeting.manage', { meeting: 'input.meetingId' })
  @Mutation(() => Meeting, { description: "Invites someone with a role in the partnership as a member gmina's representative (one per gmina) or a guest, or changes how they are invited." })
  inviteToMeeting(@Args('input') input: InviteToMeetingInput, @CurrentActor() actor: Actor) {
    return this.invitees.invite(actor, input);
  }

  @Can('meeting.manage', { meeting: 'input.meetingId' })
  @Mutation(() => Meeting, { description: 'Withdraws an invitation; someone who was present stays on record.' })
  removeInvitee(@Args('input') input: InviteeInput, @CurrentActor() actor: Actor) {
    return this.invitees.remove(actor, input);
  }

  @Can('meeting.manage', { meeting: 'input.meetingId' })
  @Mutation(() => Meeting, { description: 'Records that an invitee arrived or left, while the meeting is in progress; the quorum follows.' })
  recordAttendance(@Args('input') input: RecordAttendanceInput, @CurrentActor() actor: Actor) {
    return this.invitees.recordAttendance(actor, input);
  }

  @ResolveField(() => UserAccount)
  person(@Parent() invitee: Invitee, @Context() context: RequestContext) {
    return this.people.load(context, invitee.userId);
  }

  @ResolveField(() => Gmina, { nullable: true, description: 'The member gmina a representative acts for.' })
  gmina(@Parent() invitee: Invitee, @Context() context: RequestContext) {
    return invitee.gminaId ? this.gminas.load(context, invitee.gminaId) : null;
  }
}
