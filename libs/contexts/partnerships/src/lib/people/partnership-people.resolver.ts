import { Args, Context, Mutation, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Gmina, GminaLoader } from '@wspolnie/gminas';
import { CurrentActor, Invitation, InvitationPreview, InvitationsService, PartnershipAccess } from '@wspolnie/identity';
import { type Actor, alignByKey, Can, type RequestContext, UuidScalar } from '@wspolnie/platform-graphql';
import { Connection, type ConnectionShape } from '@wspolnie/platform-pagination';
import { Partnership } from '../partnership/partnership.entity';
import { PartnershipsService } from '../partnership/partnerships.service';
import { PartnershipPeopleLoader } from './partnership-people.loader';
import { PartnershipPeopleService } from './partnership-people.service';
import {
  AppointCoordinatorInput,
  ChangePartnershipRoleInput,
  InviteToPartnershipInput,
  PartnershipInvitationsArgs,
  RevokePartnershipRoleInput,
} from './people.inputs';

@ObjectType()
export class InvitationConnection extends Connection(Invitation) {}

/**
 * The people of a partnership: who takes part in which role, and the invitations that bring
 * people in. Identity knows people and roles and keeps partnership ids as plain values; this
 * context, which knows both, owns the edges and the coordinators' operations.
 */
@Resolver(() => Partnership)
export class PartnershipPeopleResolver {
  constructor(
    private readonly people: PartnershipPeopleService,
    private readonly peopleLoader: PartnershipPeopleLoader,
    private readonly invitations: InvitationsService,
  ) {}

  @Can('partnership.people.read', { partnership: 'parent.id' })
  @ResolveField('people', () => [PartnershipAccess], { description: 'Who takes part, in which role (coordinators first).' })
  listPeople(@Parent() partnership: Partnership, @Context() context: RequestContext) {
    return this.peopleLoader.ofPartnership(context, partnership.id);
  }

  @Can('partnership.people.invite', { partnership: 'parent.id' })
  @ResolveField('invitations', () => InvitationConnection, { description: 'Invitations sent, oldest first: waiting and expired ones unless asked otherwise. Coordinators.' })
  listInvitations(@Parent() partnership: Partnership, @Args() args: PartnershipInvitationsArgs): Promise<ConnectionShape<Invitation>> {
    return this.invitations.list(partnership.id, args, args.status);
  }

  @Can('partnership.people.invite', { partnership: 'input.partnershipId' })
  @Mutation(() => Invitation, { description: 'E-mails someone an invitation to take a role; only they receive the link. Coordinators.' })
  inviteToPartnership(@Args('input') input: InviteToPartnershipInput, @CurrentActor() actor: Actor) {
    return this.people.invite(actor, input);
  }

  @Can('partnership.people.invite', { invitation: 'id' })
  @Mutation(() => Invitation, { description: 'Sends an invitation again with a new link (the old one stops working) valid for another week.' })
  resendInvitation(@Args('id', { type: () => UuidScalar }) id: string, @CurrentActor() actor: Actor) {
    return this.people.resend(actor, id);
  }

  @Can('partnership.people.invite', { invitation: 'id' })
  @Mutation(() => Invitation, { description: 'Withdraws an invitation: its link stops working.' })
  cancelInvitation(@Args('id', { type: () => UuidScalar }) id: string) {
    return this.people.cancel(id);
  }

  @Can('partnership.coordinator.appoint', { partnership: 'input.partnershipId' })
  @Mutation(() => Invitation, { description: 'Invites someone to coordinate the partnership. Coordinators; a platform administrator while it has none (never themselves).' })
  appointCoordinator(@Args('input') input: AppointCoordinatorInput, @CurrentActor() actor: Actor) {
    return this.people.appointCoordinator(actor, input);
  }

  @Can('partnership.people.manage', { partnership: 'input.partnershipId' })
  @Mutation(() => PartnershipAccess, { description: 'Changes the role of someone who takes part, and the gmina they act for. Coordinators.' })
  changePartnershipRole(@Args('input') input: ChangePartnershipRoleInput, @CurrentActor() actor: Actor) {
    return this.people.changeRole(actor, input);
  }

  @Can('partnership.people.manage', { partnership: 'input.partnershipId' })
  @Mutation(() => Boolean, { description: 'Takes someone\'s role in a partnership away: their open subscriptions to it end at once. Coordinators.' })
  async revokePartnershipRole(@Args('input') input: RevokePartnershipRoleInput, @CurrentActor() actor: Actor) {
    await this.people.revoke(actor, input);
    return true;
  }
}

/** The partnership and member gmina of a role, an invitation or an invitation's preview. */
@Resolver(() => PartnershipAccess)
export class AccessPartnershipResolver {
  constructor(
    private readonly partnerships: PartnershipsService,
    private readonly gminas: GminaLoader,
  ) {}

  @ResolveField(() => Partnership)
  partnership(@Parent() access: PartnershipAccess, @Context() context: RequestContext) {
    return partnershipOf(this.partnerships, context, access.partnershipId);
  }

  @ResolveField(() => Gmina, { nullable: true, description: 'The member gmina the person acts for here (gmina officials always).' })
  gmina(@Parent() access: PartnershipAccess, @Context() context: RequestContext) {
    return access.gminaId ? this.gminas.load(context, access.gminaId) : null;
  }
}

@Resolver(() => Invitation)
export class InvitationPartnershipResolver {
  constructor(
    private readonly partnerships: PartnershipsService,
    private readonly gminas: GminaLoader,
  ) {}

  @ResolveField(() => Partnership)
  partnership(@Parent() invitation: Invitation, @Context() context: RequestContext) {
    return partnershipOf(this.partnerships, context, invitation.partnershipId);
  }

  @ResolveField(() => Gmina, { nullable: true, description: 'The member gmina the invitee will act for.' })
  gmina(@Parent() invitation: Invitation, @Context() context: RequestContext) {
    return invitation.gminaId ? this.gminas.load(context, invitation.gminaId) : null;
  }
}

@Resolver(() => InvitationPreview)
export class InvitationPreviewResolver {
  constructor(
    private readonly partnerships: PartnershipsService,
    private readonly gminas: GminaLoader,
  ) {}

  @ResolveField(() => String, { description: 'The partnership the link invites to.' })
  async partnershipName(@Parent() preview: InvitationPreview, @Context() context: RequestContext) {
    return (await partnershipOf(this.partnerships, context, preview.partnershipId))?.name ?? '';
  }

  @ResolveField(() => Gmina, { nullable: true, description: 'The member gmina the invitee will act for.' })
  gmina(@Parent() preview: InvitationPreview, @Context() context: RequestContext) {
    return preview.gminaId ? this.gminas.load(context, preview.gminaId) : null;
  }
}

function partnershipOf(partnerships: PartnershipsService, context: RequestContext, id: string) {
  return context.loaders
    .get<string, Partnership | null>(partnerships, async (ids) => alignByKey(ids, await partnerships.findByIds(ids), (p) => p.id))
    .load(id);
}
