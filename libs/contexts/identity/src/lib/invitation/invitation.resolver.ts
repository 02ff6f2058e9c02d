import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AppConfig } from '@wspolnie/platform-config';
import { type Actor, Authenticated, Public, type RequestContext } from '@wspolnie/platform-graphql';
import { localeOf } from '@wspolnie/platform-i18n';
import { Language } from '../account/language';
import { PartnershipAccess } from '../access/partnership-access.entity';
import { AuthPayload } from '../auth/auth.types';
import { CurrentActor } from '../auth/current-actor.decorator';
import { deliverSession } from '../auth/session-cookie';
import { CreateAccountFromInvitationInput, InvitationPreview } from './invitation.types';
import { InvitationsService } from './invitations.service';

/** The invitee's side of an invitation: what the e-mailed link offers, and taking it. */
@Resolver()
export class InvitationResolver {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly config: AppConfig,
  ) {}

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
  @Mutation(() => AuthPayload, { description: 'Creates the account an invitation was sent to (an address without one), gives it the role and signs it in. Its preferred language is the one asked in (Accept-Language).' })
  async createAccountFromInvitation(@Args('input') input: CreateAccountFromInvitationInput, @Context() context: RequestContext) {
    // The person read the invitation page in this language: the account starts in it.
    const language = localeOf(context.req?.headers['accept-language']) === 'en' ? Language.EN : Language.PL;
    return deliverSession(await this.invitations.createAccount(input.token, input.displayName.trim(), input.password, language), context, this.config.production);
  }
}
