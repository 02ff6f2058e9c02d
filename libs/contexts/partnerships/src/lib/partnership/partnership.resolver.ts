import { Args, Context, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@wspolnie/identity';
import { type Actor, Authenticated, Can, type RequestContext } from '@wspolnie/platform-graphql';
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

  @Authenticated()
  @Query(() => PartnershipConnection, { description: 'The partnerships you take part in, ordered by name.' })
  partnerships(@Args() args: PartnershipsArgs, @CurrentActor() actor: Actor) {
    return this.service.list(actor, args);
  }

  @Can('partnership.read', { partnership: 'id', partnershipSlug: 'slug' })
  @Query(() => Partnership, { description: 'One partnership you take part in, by id or by slug.' })
  partnership(@Args() args: PartnershipLookupArgs) {
    return this.service.find(args);
  }

  @Can('partnership.create')
  @Mutation(() => Partnership, { description: 'Platform administrators only. firstCoordinatorEmail is sent an invitation to coordinate it.' })
  createPartnership(@Args('input') input: CreatePartnershipInput, @CurrentActor() actor: Actor) {
    return this.service.create(actor, input);
  }

  @Can('partnership.update', { partnership: 'input.id' })
  @Mutation(() => Partnership, { description: 'Coordinators only.' })
  updatePartnership(@Args('input') input: UpdatePartnershipInput, @CurrentActor() actor: Actor) {
    return this.service.update(actor, input);
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
