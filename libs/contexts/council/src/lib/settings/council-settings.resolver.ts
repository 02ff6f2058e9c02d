import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@wspolnie/identity';
import { type Actor, Can, UuidScalar } from '@wspolnie/platform-graphql';
import { CouncilSettings } from './council-settings.entity';
import { UpdateCouncilSettingsInput } from './council-settings.inputs';
import { CouncilSettingsService } from './council-settings.service';

@Resolver(() => CouncilSettings)
export class CouncilSettingsResolver {
  constructor(private readonly settings: CouncilSettingsService) {}

  @Can('council.read', { partnership: 'partnershipId' })
  @Query(() => CouncilSettings, { description: "The partnership council's quorum, voting rule and the moves of the pipeline it decides." })
  councilSettings(@Args('partnershipId', { type: () => UuidScalar }) partnershipId: string) {
    return this.settings.of(partnershipId);
  }

  @Can('council.settings', { partnership: 'input.partnershipId' })
  @Mutation(() => CouncilSettings)
  updateCouncilSettings(@Args('input') input: UpdateCouncilSettingsInput, @CurrentActor() actor: Actor) {
    return this.settings.update(actor, input);
  }
}
