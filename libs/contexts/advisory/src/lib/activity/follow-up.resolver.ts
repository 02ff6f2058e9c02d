import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@wspolnie/identity';
import { type Actor, alignByKey, Can, type RequestContext } from '@wspolnie/platform-graphql';
import { ActivityFollowUp } from './activity-parts.entity';
import { AddFollowUpInput, TurnFollowUpIntoTaskInput } from './follow-up.inputs';
import { FollowUpsService, type TaskOfFollowUp } from './follow-ups.service';

@Resolver(() => ActivityFollowUp)
export class FollowUpResolver {
  private readonly tasksKey = {};

  constructor(private readonly followUps: FollowUpsService) {}

  @Can('support.record', { activity: 'input.activityId' })
  @Mutation(() => ActivityFollowUp, {
    description: 'Adds work the activity left to do.',
  })
  addFollowUp(@Args('input') input: AddFollowUpInput, @CurrentActor() actor: Actor) {
    return this.followUps.add(actor, input);
  }

  @Can('support.record', { activityFollowUp: 'input.followUpId' })
  @Mutation(() => ActivityFollowUp, {
    description: 'Makes the follow-up a task (TODO) of a joint project of a partnership the activity supported; you must also be allowed to add tasks there. Once only.',
  })
  turnFollowUpIntoTask(@Args('input') input: TurnFollowUpIntoTaskInput, @CurrentActor() actor: Actor) {
    return this.followUps.turnIntoTask(actor, input);
  }

  // Only ids: whoever reads the activity may not be allowed to read the project's board.
  @ResolveField(() => ID, {
    nullable: true,
    description: 'The project of the task it became, if it did.',
  })
  async projectId(@Parent() followUp: ActivityFollowUp, @Context() context: RequestContext): Promise<string | null> {
    if (!followUp.taskId) return null;
    const task = await context.loaders.get<string, TaskOfFollowUp | null>(this.tasksKey, async (ids) => alignByKey(ids, await this.followUps.tasksByIds(ids), (row) => row.id)).load(followUp.taskId);
    return task?.projectId ?? null;
  }
}
