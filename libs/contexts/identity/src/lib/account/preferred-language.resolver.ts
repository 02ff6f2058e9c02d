import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Authenticated, type RequestContext } from '@wspolnie/platform-graphql';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AccountsService } from './accounts.service';
import { Language } from './language';
import { readByItself } from './own-account';
import { UserAccount } from './user-account.entity';

/** The language a person chose, kept with their account so every device and e-mail uses it. */
@Resolver(() => UserAccount)
export class PreferredLanguageResolver {
  constructor(private readonly accounts: AccountsService) {}

  // Nullable: a private field of someone else reads null rather than failing the list around it.
  @ResolveField(() => Language, { nullable: true, description: 'The language you chose for the app and e-mails to you (PL until you choose). Yours only: null on anyone else.' })
  preferredLanguage(@Parent() user: UserAccount, @Context() context: RequestContext): Language | null {
    return readByItself(user, context.actor) ? user.preferredLanguage : null;
  }

  @Authenticated()
  @Mutation(() => UserAccount, { description: 'Keeps the language you read Wspólnie in with your account: the app opens in it on every device, and e-mails to you are written in it where they can be.' })
  // Typed `${Language}` so its metadata says String: the input pipe would take an enum for an object.
  setPreferredLanguage(@Args('language', { type: () => Language }) language: `${Language}`, @CurrentActor() actor: Actor): Promise<UserAccount> {
    return this.accounts.setPreferredLanguage(actor.userId, language as Language);
  }
}
