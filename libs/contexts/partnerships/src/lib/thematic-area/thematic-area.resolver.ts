import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@wspolnie/identity';
import { type Actor, Can, Public } from '@wspolnie/platform-graphql';
import { Partnership } from '../partnership/partnership.entity';
import { PartnershipsService } from '../partnership/partnerships.service';
import { ThematicArea } from './thematic-area.entity';
import { AddOwnThematicAreaInput, SetPartnershipThematicAreasInput } from './thematic-area.inputs';
import { ThematicAreasService } from './thematic-areas.service';

@Resolver(() => ThematicArea)
export class ThematicAreaResolver {
  constructor(
    private readonly areas: ThematicAreasService,
    private readonly partnerships: PartnershipsService,
  ) {}

  @Public()
  @Query(() => [ThematicArea], { description: 'The standard catalogue of thematic areas.' })
  thematicAreas() {
    return this.areas.catalogue();
  }

  @Can('partnership.thematicAreas.manage', { partnership: 'input.partnershipId' })
  @Mutation(() => Partnership)
  async setPartnershipThematicAreas(@Args('input') input: SetPartnershipThematicAreasInput, @CurrentActor() actor: Actor) {
    await this.areas.set(actor, input);
    return this.partnerships.getById(input.partnershipId);
  }

  @Can('partnership.thematicAreas.manage', { partnership: 'input.partnershipId' })
  @Mutation(() => Partnership, { description: 'Adds an area of the partnership\'s own and works on it.' })
  async addOwnThematicArea(@Args('input') input: AddOwnThematicAreaInput, @CurrentActor() actor: Actor) {
    await this.areas.addOwn(actor, input);
    return this.partnerships.getById(input.partnershipId);
  }
}
