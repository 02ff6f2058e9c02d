import { Context, Field, ID, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Gmina, GminaLoader } from '@wspolnie/gminas';
import { AccountsLoader, UserAccount } from '@wspolnie/identity';
import { ThematicArea } from '@wspolnie/partnerships';
import { alignByKey, Can, groupByKey, type RequestContext } from '@wspolnie/platform-graphql';
import { Engagement } from '../engagement/engagement.entity';
import { EngagementsService } from '../engagement/engagements.service';
import { ProgrammeTeam } from '../programme/programme-team.entity';
import { ProgrammeTopic } from '../programme/programme-topic.entity';
import { ActivityFollowUp, ActivityGmina, ActivityParticipant } from './activity-parts.entity';
import { ActivityPartsService, type AreaOfActivity, type ProgrammePlaces, type ServedParts, type WithGmina } from './activity-parts.service';
import { Activity } from './activity.entity';

@ObjectType({
  description: 'The programme something belongs to, by name (its details are for its people: Query.programme).',
})
export class ProgrammeSummary {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

/** Where an activity sits, what it covered, whom it served: batched for every activity a request reads. */
@Resolver(() => Activity)
export class ActivityFieldsResolver {
  private readonly programmesKey = {};
  private readonly engagementsKey = {};
  private readonly servedKey = {};
  private readonly areasKey = {};
  private readonly followUpsKey = {};

  constructor(
    private readonly parts: ActivityPartsService,
    private readonly engagements: EngagementsService,
    private readonly accounts: AccountsLoader,
  ) {}

  @ResolveField(() => String, {
    nullable: true,
    description: 'Start time in Warsaw, "HH:MM".',
  })
  startsAt(@Parent() activity: Activity): string | null {
    // PostgreSQL answers a time with seconds; people wrote HH:MM.
    return activity.startsAt?.slice(0, 5) ?? null;
  }

  @ResolveField(() => ProgrammeSummary)
  async programme(@Parent() activity: Activity, @Context() context: RequestContext): Promise<ProgrammeSummary | null> {
    return this.placesOf(activity, context);
  }

  @ResolveField(() => ProgrammeTeam, { nullable: true })
  async team(@Parent() activity: Activity, @Context() context: RequestContext): Promise<ProgrammeTeam | null> {
    if (!activity.teamId) return null;
    return (await this.placesOf(activity, context))?.teams.find((team) => team.id === activity.teamId) ?? null;
  }

  @ResolveField(() => ProgrammeTopic, {
    nullable: true,
    description: 'The training module or additional topic it covered.',
  })
  async topic(@Parent() activity: Activity, @Context() context: RequestContext): Promise<ProgrammeTopic | null> {
    if (!activity.topicId) return null;
    return (await this.placesOf(activity, context))?.topics.find((topic) => topic.id === activity.topicId) ?? null;
  }

  @ResolveField(() => Engagement, { nullable: true })
  engagement(@Parent() activity: Activity, @Context() context: RequestContext): Promise<Engagement | null> | null {
    if (!activity.engagementId) return null;
    return context.loaders
      .get<string, Engagement | null>(this.engagementsKey, async (ids) => alignByKey(ids, await this.engagements.findByIds(ids), (engagement) => engagement.id))
      .load(activity.engagementId);
  }

  @ResolveField(() => [ThematicArea])
  async thematicAreas(@Parent() activity: Activity, @Context() context: RequestContext): Promise<ThematicArea[]> {
    const links = await context.loaders.get<string, AreaOfActivity[]>(this.areasKey, async (ids) => groupByKey(ids, await this.parts.areasOf(ids), (link) => link.activityId)).load(activity.id);
    return links.map((link) => link.area);
  }

  @ResolveField(() => [ActivityGmina], {
    description: 'The gminas it served, the most people first.',
  })
  async gminas(@Parent() activity: Activity, @Context() context: RequestContext): Promise<ActivityGmina[]> {
    return (await this.servedOf(activity, context)).gminas;
  }

  @ResolveField(() => Int, {
    description: 'People who took part, over all its gminas.',
  })
  async participantCount(@Parent() activity: Activity, @Context() context: RequestContext): Promise<number> {
    return (await this.gminas(activity, context)).reduce((sum, served) => sum + served.participants, 0);
  }

  @Can('support.people.read', { activity: 'parent.id' })
  @ResolveField(() => [ActivityParticipant], {
    description: "People named (optional: the counts per gmina are what reports need); the programme's people only.",
  })
  async participants(@Parent() activity: Activity, @Context() context: RequestContext): Promise<ActivityParticipant[]> {
    return (await this.servedOf(activity, context)).participants;
  }

  @ResolveField(() => [ActivityFollowUp])
  followUps(@Parent() activity: Activity, @Context() context: RequestContext): Promise<ActivityFollowUp[]> {
    return context.loaders.get<string, ActivityFollowUp[]>(this.followUpsKey, async (ids) => groupByKey(ids, await this.parts.followUpsOf(ids), (followUp) => followUp.activityId)).load(activity.id);
  }

  @ResolveField(() => UserAccount, {
    nullable: true,
    description: 'Who wrote it down, or recorded it.',
  })
  recordedBy(@Parent() activity: Activity, @Context() context: RequestContext) {
    return this.accounts.load(context, activity.recordedBy);
  }

  private placesOf(activity: Activity, context: RequestContext): Promise<ProgrammePlaces | null> {
    return context.loaders
      .get<string, ProgrammePlaces | null>(this.programmesKey, async (ids) => alignByKey(ids, await this.parts.programmesOf(ids), (programme) => programme.id))
      .load(activity.programmeId);
  }

  private servedOf(activity: Activity, context: RequestContext): Promise<ServedParts> {
    return context.loaders
      .get<string, ServedParts>(this.servedKey, async (ids) => {
        const served = await this.parts.servedOf(ids);
        const gminas = groupByKey(ids, served.gminas, (row) => row.activityId);
        const participants = groupByKey(ids, served.participants, (row) => row.activityId);
        return ids.map((_, index) => ({
          gminas: gminas[index],
          participants: participants[index],
        }));
      })
      .load(activity.id);
  }
}

@Resolver(() => ActivityGmina)
export class ActivityGminaResolver {
  constructor(private readonly gminas: GminaLoader) {}

  @ResolveField(() => Gmina)
  gmina(@Parent() served: WithGmina<ActivityGmina>, @Context() context: RequestContext) {
    return served.gmina ?? this.gminas.load(context, served.gminaId);
  }
}

@Resolver(() => ActivityParticipant)
export class ActivityParticipantResolver {
  constructor(private readonly gminas: GminaLoader) {}

  @ResolveField(() => Gmina, {
    nullable: true,
    description: 'The gmina they came for, if said.',
  })
  gmina(@Parent() participant: WithGmina<ActivityParticipant>, @Context() context: RequestContext) {
    if (!participant.gminaId) return null;
    return participant.gmina ?? this.gminas.load(context, participant.gminaId);
  }
}
