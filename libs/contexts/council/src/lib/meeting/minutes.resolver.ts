import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@wspolnie/identity';
import { type Actor, Can } from '@wspolnie/platform-graphql';
import { Minutes } from './minutes.entity';
import { CorrectMinutesInput, SaveMinutesInput } from './minutes.inputs';
import { MinutesService } from './minutes.service';

@Resolver(() => Minutes)
export class MinutesResolver {
  constructor(private readonly minutes: MinutesService) {}

  @Can('meeting.manage', { meeting: 'input.meetingId' })
  @Mutation(() => Minutes, { description: 'Saves the whole text of the minutes of a planned or running meeting (expectedVersion 0 writes them first).' })
  saveMinutes(@Args('input') input: SaveMinutesInput, @CurrentActor() actor: Actor) {
    return this.minutes.save(actor, input);
  }

  @Can('meeting.manage', { meeting: 'input.meetingId' })
  @Mutation(() => Minutes, { description: 'Corrects the minutes of a closed meeting; the correction is kept with its reason.' })
  correctMinutes(@Args('input') input: CorrectMinutesInput, @CurrentActor() actor: Actor) {
    return this.minutes.correct(actor, input);
  }
}
