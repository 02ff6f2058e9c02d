import { Args, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@wspolnie/identity';
import { type Actor, Can, UuidScalar } from '@wspolnie/platform-graphql';
import { Connection } from '@wspolnie/platform-pagination';
import { Engagement } from './engagement.entity';
import { CreateEngagementInput, EngagementsArgs, UpdateEngagementInput } from './engagement.inputs';
import { EngagementsService } from './engagements.service';

@ObjectType()
export class EngagementConnection extends Connection(Engagement) {}

@Resolver(() => Engagement)
export class EngagementResolver {
  constructor(private readonly service: EngagementsService) {}

  @Can('support.read', { engagement: 'id' })
  @Query(() => Engagement, {
    description: "An engagement; people of the partnership supported (or of a gmina's partnership) see it too.",
  })
  engagement(@Args('id', { type: () => UuidScalar }) id: string) {
    return this.service.get(id);
  }

  @Can('support.read', { programmeTeam: 'teamId', programme: 'programmeId' })
  @Query(() => EngagementConnection, {
    description: "A programme's engagements (or one team's), the latest started first.",
  })
  engagements(@Args() args: EngagementsArgs) {
    return this.service.list(args);
  }

  @Can('support.record', {
    programmeTeam: 'input.teamId',
    programme: 'input.programmeId',
  })
  @Mutation(() => Engagement, {
    description: 'Starts supporting gminas or a partnership (without gminaTercs: its member gminas).',
  })
  createEngagement(@Args('input') input: CreateEngagementInput, @CurrentActor() actor: Actor) {
    return this.service.create(actor, input);
  }

  @Can('support.record', { engagement: 'input.id' })
  @Mutation(() => Engagement, {
    description: 'Changes an engagement seen at expectedVersion; a stale version answers CONFLICT.',
  })
  updateEngagement(@Args('input') input: UpdateEngagementInput, @CurrentActor() actor: Actor) {
    return this.service.update(actor, input);
  }
}
