import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { alignByKey, type RequestContext } from '@wspolnie/platform-graphql';
import { AccountsService } from '../account/accounts.service';
import { UserAccount } from '../account/user-account.entity';
import { PartnershipAccess } from './partnership-access.entity';

@Resolver(() => PartnershipAccess)
export class PartnershipAccessResolver {
  constructor(private readonly accounts: AccountsService) {}

  @ResolveField(() => UserAccount)
  async user(@Parent() access: PartnershipAccess, @Context() context: RequestContext) {
    return context.loaders
      .get<string, UserAccount | null>(this, async (ids) => alignByKey(ids, await this.accounts.findByIds(ids), (account) => account.id))
      .load(access.userId);
  }
}
