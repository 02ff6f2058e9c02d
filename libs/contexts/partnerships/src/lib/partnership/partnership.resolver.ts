import { Args, Context, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@wspolnie/platform-graphql';
import { Connection } from '@wspolnie/platform-pagination';
import { MembersLoader } from '../member/members.loader';
import { PartnershipMember } from '../member/partnership-member.entity';
import { MemberRole } from '../member/member-role';
import { ThematicArea } from '../thematic-area/thematic-area.entity';
import { ThematicAreasLoader } from '../thematic-area/thematic-areas.loader';
import { Partnership } from './partnership.entity';
import { CreatePartnershipInput, UpdatePartnershipInput } from './partnership.inputs';
import { PartnershipLookupArgs, PartnershipsArgs } from './partnerships.args';
import { PartnershipsService } from './partnerships.service';

@ObjectType()
export class PartnershipConnection extends Connection(Partnership) {}

@Resolver(() => Partnership)
export class PartnershipResolver {
  constructor(
    private readonly service: PartnershipsService,
    private readonly membersLoader: MembersLoader,
    private readonly areasLoader: ThematicAreasLoader,
  ) {}

  @Query(() => PartnershipConnection, { description: 'Partnerships, ordered by name.' })
  partnerships(@Args() args: PartnershipsArgs) {
    return this.service.list(args);
  }

  @Query(() => Partnership, { description: 'One partnership, by id or by slug.' })
  partnership(@Args() args: PartnershipLookupArgs) {
    return this.service.find(args);
  }

  @Mutation(() => Partnership)
  createPartnership(@Args('input') input: CreatePartnershipInput) {
    return this.service.create(input);
  }

  @Mutation(() => Partnership)
  updatePartnership(@Args('input') input: UpdatePartnershipInput) {
    return this.service.update(input);
  }

  @ResolveField(() => [PartnershipMember], { description: 'Member gminas, the leader first.' })
  members(@Parent() partnership: Partnership, @Context() context: RequestContext) {
    return this.membersLoader.load(context, partnership.id);
  }

  @ResolveField(() => PartnershipMember, { nullable: true, description: 'The leading gmina, if one is named.' })
  async leader(@Parent() partnership: Partnership, @Context() context: RequestContext) {
    const members = await this.membersLoader.load(context, partnership.id);
    return members.find((member) => member.role === MemberRole.LEADER) ?? null;
  }

  @ResolveField(() => [ThematicArea])
  thematicAreas(@Parent() partnership: Partnership, @Context() context: RequestContext) {
    return this.areasLoader.load(context, partnership.id);
  }
}
