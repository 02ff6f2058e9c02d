import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Gmina, GminaLoader } from '@wspolnie/gminas';
import { CurrentActor } from '@wspolnie/identity';
import { type Actor, Can, type RequestContext } from '@wspolnie/platform-graphql';
import { Partnership } from '../partnership/partnership.entity';
import { PartnershipsService } from '../partnership/partnerships.service';
import { AddPartnershipMemberInput, ChangePartnershipMemberRoleInput, RemovePartnershipMemberInput } from './member.inputs';
import { MembersService } from './members.service';
import { PartnershipMember } from './partnership-member.entity';

@Resolver(() => PartnershipMember)
export class PartnershipMemberResolver {
  constructor(
    private readonly members: MembersService,
    private readonly partnerships: PartnershipsService,
    private readonly gminaLoader: GminaLoader,
  ) {}

  @ResolveField(() => Gmina)
  gmina(@Parent() member: PartnershipMember, @Context() context: RequestContext) {
    return this.gminaLoader.load(context, member.gminaId);
  }

  @Can('partnership.members.manage', { partnership: 'input.partnershipId' })
  @Mutation(() => Partnership, { description: 'Adds a gmina to a partnership; answers with the changed partnership.' })
  async addPartnershipMember(@Args('input') input: AddPartnershipMemberInput, @CurrentActor() actor: Actor) {
    await this.members.add(actor, input);
    return this.partnerships.getById(input.partnershipId);
  }

  @Can('partnership.members.manage', { partnership: 'input.partnershipId' })
  @Mutation(() => Partnership)
  async removePartnershipMember(@Args('input') input: RemovePartnershipMemberInput, @CurrentActor() actor: Actor) {
    await this.members.remove(actor, input);
    return this.partnerships.getById(input.partnershipId);
  }

  @Can('partnership.members.manage', { partnership: 'input.partnershipId' })
  @Mutation(() => Partnership, { description: 'Makes a member the leader, or the leader a member.' })
  async changePartnershipMemberRole(@Args('input') input: ChangePartnershipMemberRoleInput, @CurrentActor() actor: Actor) {
    await this.members.changeRole(actor, input);
    return this.partnerships.getById(input.partnershipId);
  }
}
