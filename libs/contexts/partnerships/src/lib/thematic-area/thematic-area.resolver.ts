import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
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

  @Query(() => [ThematicArea], { description: 'The standard catalogue of thematic areas.' })
  thematicAreas() {
    return this.areas.catalogue();
  }

  @Mutation(() => Partnership)
  async setPartnershipThematicAreas(@Args('input') input: SetPartnershipThematicAreasInput) {
    await this.areas.set(input);
    return this.partnerships.getById(input.partnershipId);
  }

  @Mutation(() => Partnership, { description: 'Adds an area of the partnership\'s own and works on it.' })
  async addOwnThematicArea(@Args('input') input: AddOwnThematicAreaInput) {
    await this.areas.addOwn(input);
    return this.partnerships.getById(input.partnershipId);
  }
}
