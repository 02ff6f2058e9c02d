import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, alignByKey, Authenticated, Public, type RequestContext } from '@wspolnie/platform-graphql';
import { AccountsService } from '../account/accounts.service';
import { UserAccount } from '../account/user-account.entity';
import { AuthService } from '../auth/auth.service';
import { AuthPayload } from '../auth/auth.types';
import { CurrentActor } from '../auth/current-actor.decorator';
import { InvitationsService } from '../invitation/invitations.service';
import { PartnershipAccess } from './partnership-access.entity';
import {
  AcceptInvitationInput,
  GrantPartnershipRoleInput,
  InvitationPayload,
  InviteToPartnershipInput,
  RevokePartnershipRoleInput,
} from './people.types';
import { PeopleService } from './people.service';

@Resolver(() => PartnershipAccess)
export class PeopleResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly invitations: InvitationsService,
    private readonly accounts: AccountsService,
    private readonly auth: AuthService,
  ) {}

  @ResolveField(() => UserAccount)
  async user(@Parent() access: PartnershipAccess, @Context() context: RequestContext) {
    return context.loaders
      .get<string, UserAccount | null>(this, async (ids) => alignByKey(ids, await this.accounts.findByIds(ids), (account) => account.id))
      .load(access.userId);
  }

  @Authenticated()
  @Mutation(() => PartnershipAccess, { description: 'Gives someone with an account a role in a partnership, or changes theirs. Coordinators; platform administrators appoint first coordinators.' })
  grantPartnershipRole(@Args('input') input: GrantPartnershipRoleInput, @CurrentActor() actor: Actor) {
    return this.people.grant(actor, input.partnershipId, input.email, input.role);
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: 'Takes someone\'s role in a partnership away. Coordinators.' })
  async revokePartnershipRole(@Args('input') input: RevokePartnershipRoleInput, @CurrentActor() actor: Actor) {
    await this.people.revoke(actor, input.partnershipId, input.userId);
    return true;
  }

  @Authenticated()
  @Mutation(() => InvitationPayload, { description: 'Invites someone by e-mail to take a role. Coordinators.' })
  inviteToPartnership(@Args('input') input: InviteToPartnershipInput, @CurrentActor() actor: Actor) {
    return this.invitations.invite(actor, input.partnershipId, input.email, input.role);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Accepts an invitation (creating the account if needed) and signs in.' })
  async acceptInvitation(@Args('input') input: AcceptInvitationInput) {
    const account = await this.invitations.accept(input.token, input);
    return this.auth.openSession(account);
  }
}
