import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { groupByKey, type RequestContext } from '@wspolnie/platform-graphql';
import { AccessService, ALL_PARTNERSHIPS } from '../access/access.service';
import { PartnershipAccess } from '../access/partnership-access.entity';
import { UserAccount } from './user-account.entity';

@Resolver(() => UserAccount)
export class UserAccessResolver {
  constructor(private readonly access: AccessService) {}

  @ResolveField(() => [PartnershipAccess], { description: 'Roles the person holds, in partnerships you may see.' })
  async partnershipRoles(@Parent() user: UserAccount, @Context() context: RequestContext): Promise<PartnershipAccess[]> {
    const [grants, visible] = await Promise.all([
      context.loaders
        .get<string, PartnershipAccess[]>(this, async (ids) => groupByKey(ids, await this.access.grantsOf(ids), (grant) => grant.userId))
        .load(user.id),
      // Once per request, however many people the answer lists.
      context.loaders
        .get<string, Awaited<ReturnType<AccessService['visiblePartnershipIds']>>>(this.access, async (keys) => {
          const ids = await this.access.visiblePartnershipIds(context.actor);
          return keys.map(() => ids);
        })
        .load('caller'),
    ]);
    return visible === ALL_PARTNERSHIPS ? grants : grants.filter((grant) => visible.includes(grant.partnershipId));
  }
}
