import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, Authenticated, Public, type RequestContext } from '@wspolnie/platform-graphql';
import { AppConfig } from '@wspolnie/platform-config';
import { DomainError, ErrorCode, errorMessage } from '@wspolnie/platform-errors';
import { AccountsService } from '../account/accounts.service';
import { UserAccount } from '../account/user-account.entity';
import { AuthService } from './auth.service';
import { AuthPayload, ChangePasswordInput, SignInInput } from './auth.types';
import { CurrentActor } from './current-actor.decorator';
import { deliverSession, forgetSession, refreshTokenOf } from './session-cookie';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountsService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Signs in with e-mail and password.' })
  async signIn(@Args('input') input: SignInInput, @Context() context: RequestContext) {
    return deliverSession(await this.auth.signIn(input.email, input.password, context.req?.ip ?? 'unknown'), context, this.config.production);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Trades a refresh token for a new access token and refresh token. The browser app sends an empty one: it is in its session cookie.' })
  async refreshSession(@Args('refreshToken') refreshToken: string, @Context() context: RequestContext) {
    try {
      return deliverSession(await this.auth.refresh(refreshTokenOf(refreshToken, context)), context, this.config.production);
    } catch (error) {
      // Only an ended session loses its cookie: a busy database must not sign anyone out.
      if (error instanceof DomainError && error.code === ErrorCode.Unauthenticated) forgetSession(context, this.config.production);
      throw error;
    }
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the session the refresh token belongs to: its access tokens and open sockets stop working at once.' })
  async signOut(@Args('refreshToken') refreshToken: string, @Context() context: RequestContext) {
    await this.auth.signOut(refreshTokenOf(refreshToken, context));
    forgetSession(context, this.config.production);
    return true;
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: 'Ends every session of yours, on every device, this one included.' })
  async signOutEverywhere(@CurrentActor() actor: Actor) {
    await this.auth.signOutEverywhere(actor);
    return true;
  }

  @Authenticated()
  @Mutation(() => AuthPayload, { description: 'Changes your password and ends all your sessions; answers a new one for this client.' })
  async changePassword(@Args('input') input: ChangePasswordInput, @CurrentActor() actor: Actor, @Context() context: RequestContext) {
    return deliverSession(await this.auth.changePassword(actor, input.currentPassword, input.newPassword), context, this.config.production);
  }

  @Authenticated()
  @Query(() => UserAccount, { description: 'You, with your partnerships and roles.' })
  async me(@CurrentActor() actor: Actor) {
    const account = await this.accounts.findById(actor.userId);
    if (!account) throw new DomainError(ErrorCode.Unauthenticated, errorMessage('signInFirst'));
    return account;
  }
}
