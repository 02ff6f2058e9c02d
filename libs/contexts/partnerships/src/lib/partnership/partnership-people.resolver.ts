import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessService, PartnershipAccess } from '@wspolnie/identity';
import { alignByKey, groupByKey, type RequestContext } from '@wspolnie/platform-graphql';
import { Partnership } from './partnership.entity';
import { PartnershipsService } from './partnerships.service';

/**
 * The edges between partnerships and the people in them. Identity knows people and roles and
 * keeps partnership ids as plain values; this context, which knows both, owns the fields.
 */
@Resolver(() => Partnership)
export class PartnershipPeopleResolver {
  constructor(private readonly access: AccessService) {}

  @ResolveField(() => [PartnershipAccess], { description: 'Who takes part, in which role (coordinators first).' })
  people(@Parent() partnership: Partnership, @Context() context: RequestContext) {
    return context.loaders
      .get<string, PartnershipAccess[]>(this, async (ids) => groupByKey(ids, await this.access.peopleOf(ids), (grant) => grant.partnershipId))
      .load(partnership.id);
  }
}

@Resolver(() => PartnershipAccess)
export class AccessPartnershipResolver {
  constructor(private readonly partnerships: PartnershipsService) {}

  @ResolveField(() => Partnership)
  partnership(@Parent() access: PartnershipAccess, @Context() context: RequestContext) {
    return context.loaders
      .get<string, Partnership | null>(this, async (ids) => alignByKey(ids, await this.partnerships.findByIds(ids), (p) => p.id))
      .load(access.partnershipId);
  }
}
