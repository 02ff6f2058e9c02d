import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, Authenticated, Public, type RequestContext } from '@wspolnie/platform-graphql';
import { PartnershipAccess } from '../access/partnership-access.entity';
import { AuthPayload } from '../auth/auth.types';
import { CurrentActor } from '../auth/current-actor.decorator';
import { deliverSession } from '../auth/session-cookie';
import { CreateAccountFromInvitationInput, InvitationPreview } from './invitation.types';
import { InvitationsService } from './invitations.service';

/** The invitee's side of an invitation: what the e-mailed link offers, and taking it. */
@Resolver()
export class InvitationResolver {
  constructor(private readonly invitations: InvitationsService) {}

  @Public()
  @Query(() => InvitationPreview, { description: 'What an invitation link offers (the token from its "#token=" part), without using it.' })
  invitation(@Args('token') token: string) {
    return this.invitations.preview(token);
  }

  @Authenticated()
  @Mutation(() => PartnershipAccess, { description: 'Accepts an invitation sent to your own e-mail address: you take the role. Opens no session.' })
  acceptInvitation(@Args('token') token: string, @CurrentActor() actor: Actor) {
    return this.invitations.accept(actor, token);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Creates the account an invitation was sent to (an address without one), gives it the role and signs it in.' })
  async createAccountFromInvitation(@Args('input') input: CreateAccountFromInvitationInput, @Context() context: RequestContext) {
    return deliverSession(await this.invitations.createAccount(input.token, input.displayName.trim(), input.password), context);
  }
}
