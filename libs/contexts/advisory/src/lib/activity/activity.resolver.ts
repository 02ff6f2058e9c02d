import { Args, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@wspolnie/identity';
import { type Actor, Authenticated, Can, UuidScalar } from '@wspolnie/platform-graphql';
import { Connection } from '@wspolnie/platform-pagination';
import { Activity } from './activity.entity';
import { ActivitiesArgs, CopyActivityInput, DeleteActivityInput } from './activity-list.inputs';
import { CreateActivityInput, UpdateActivityInput } from './activity.inputs';
import { ActivitiesService } from './activities.service';
import { ActivityCopyService } from './activity-copy.service';
import { GminaSupportArgs, PartnershipSupportArgs } from './follow-up.inputs';
import { GMINA_SUPPORT_CANDIDATES, SupportViewsService } from './support-views.service';

@ObjectType()
export class ActivityConnection extends Connection(Activity) {}

@Resolver(() => Activity)
export class ActivityResolver {
  constructor(
    private readonly service: ActivitiesService,
    private readonly copies: ActivityCopyService,
    private readonly views: SupportViewsService,
  ) {}

  @Can('support.read', { activity: 'id' })
  @Query(() => Activity, {
    description: 'An activity; people of a partnership it supported see it once it is recorded.',
  })
  activity(@Args('id', { type: () => UuidScalar }) id: string) {
    return this.service.get(id);
  }

  @Can('support.read', { programmeTeam: 'teamId', programme: 'programmeId' })
  @Query(() => ActivityConnection, {
    description: "A programme's activities (a team's, an engagement's), the latest held first; drafts included.",
  })
  activities(@Args() args: ActivitiesArgs) {
    return this.service.list(args);
  }

  @Can('support.read', { partnership: 'partnershipId' })
  @Query(() => ActivityConnection, {
    description: 'Recorded activities for the partnership or for its member gminas, in any programme, the latest held first.',
  })
  partnershipSupport(@Args() args: PartnershipSupportArgs) {
    return this.views.partnershipSupport(args);
  }

  @Authenticated()
  @Query(() => ActivityConnection, {
    description: `Recorded activities that served the gmina, in any programme, of those you may see (at most ${GMINA_SUPPORT_CANDIDATES.toLocaleString('en')} weighed), the latest held first; totalCount counts those you see.`,
  })
  gminaSupport(@Args() args: GminaSupportArgs, @CurrentActor() actor: Actor) {
    return this.views.gminaSupport(actor, args);
  }

  @Can('support.record', {
    engagement: 'input.engagementId',
    programmeTeam: 'input.teamId',
    programme: 'input.programmeId',
  })
  @Mutation(() => Activity, {
    description: 'Records an activity (a draft by default). With an engagement it takes its programme, team and gminas.',
  })
  createActivity(@Args('input') input: CreateActivityInput, @CurrentActor() actor: Actor) {
    return this.service.create(actor, input);
  }

  @Can('support.record', { activity: 'input.id' })
  @Mutation(() => Activity, {
    description: 'Corrects an activity seen at expectedVersion, or records it (status RECORDED); a stale version answers CONFLICT.',
  })
  updateActivity(@Args('input') input: UpdateActivityInput, @CurrentActor() actor: Actor) {
    return this.service.update(actor, input);
  }

  @Can('support.record', { activity: 'input.activityId' })
  @Mutation(() => Activity, {
    description: 'A copy of an earlier activity as a template: a new draft, without its outcome, people, counts and follow-ups.',
  })
  copyActivity(@Args('input') input: CopyActivityInput, @CurrentActor() actor: Actor) {
    return this.copies.copy(actor, input);
  }

  @Can('support.record', { activity: 'input.id' })
  @Mutation(() => Boolean, {
    description: 'Deletes a draft; a recorded activity answers CONFLICT (set it back to DRAFT first).',
  })
  deleteActivity(@Args('input') input: DeleteActivityInput, @CurrentActor() actor: Actor) {
    return this.service.remove(actor, input);
  }
}
