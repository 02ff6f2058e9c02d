import { Context, Field, ID, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Gmina, GminaLoader } from '@wspolnie/gminas';
import { AccountsLoader, UserAccount } from '@wspolnie/identity';
import { alignByKey, groupByKey, type RequestContext } from '@wspolnie/platform-graphql';
import { ActivityStatus } from '../activity/activity-enums';
import { Activity } from '../activity/activity.entity';
import { ActivitiesService } from '../activity/activities.service';
import { AdvisoryAccess } from '../advisory-access';
import { Engagement, EngagementConsultant, EngagementGmina } from './engagement.entity';
import { EngagementsService, type PartnershipName } from './engagements.service';

@ObjectType({ description: 'The partnership an engagement supports, by name.' })
export class SupportedPartnership {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

/** Whom an engagement supports, who works on it, and what was done: batched for every engagement a request reads. */
@Resolver(() => Engagement)
export class EngagementFieldsResolver {
  private readonly gminasKey = {};
  private readonly consultantsKey = {};
  private readonly partnershipsKey = {};
  private readonly activitiesKey = {};

  constructor(
    private readonly engagements: EngagementsService,
    private readonly activityService: ActivitiesService,
    private readonly access: AdvisoryAccess,
    private readonly gminaLoader: GminaLoader,
    private readonly accounts: AccountsLoader,
  ) {}

  @ResolveField(() => [Gmina], { description: 'The gminas supported.' })
  async gminas(@Parent() engagement: Engagement, @Context() context: RequestContext): Promise<Gmina[]> {
    const links = await context.loaders
      .get<string, EngagementGmina[]>(this.gminasKey, async (ids) => groupByKey(ids, await this.engagements.gminaLinksOf(ids), (link) => link.engagementId))
      .load(engagement.id);
    const gminas = await Promise.all(links.map((link) => this.gminaLoader.load(context, link.gminaId)));
    return gminas.filter((gmina): gmina is Gmina => gmina !== null).sort((a, b) => a.name.localeCompare(b.name, 'pl'));
  }

  @ResolveField(() => [UserAccount], {
    description: 'Consultants of the programme working on it.',
  })
  async consultants(@Parent() engagement: Engagement, @Context() context: RequestContext): Promise<UserAccount[]> {
    const links = await context.loaders
      .get<string, EngagementConsultant[]>(this.consultantsKey, async (ids) => groupByKey(ids, await this.engagements.consultantLinksOf(ids), (link) => link.engagementId))
      .load(engagement.id);
    return this.accounts.loadMany(
      context,
      links.map((link) => link.userId),
    );
  }

  @ResolveField(() => SupportedPartnership, { nullable: true })
  partnership(@Parent() engagement: Engagement, @Context() context: RequestContext): Promise<PartnershipName | null> | null {
    if (!engagement.partnershipId) return null;
    return context.loaders
      .get<string, PartnershipName | null>(this.partnershipsKey, async (ids) => alignByKey(ids, await this.engagements.partnershipsByIds(ids), (row) => row.id))
      .load(engagement.partnershipId);
  }

  @ResolveField(() => [Activity], {
    description: "Its activities, the latest held first; drafts only for the programme's people.",
  })
  async activities(@Parent() engagement: Engagement, @Context() context: RequestContext): Promise<Activity[]> {
    const all = await context.loaders
      .get<string, Activity[]>(this.activitiesKey, async (ids) => groupByKey(ids, await this.activityService.ofEngagements(ids), (activity) => activity.engagementId as string))
      .load(engagement.id);
    // A draft is the consultant's until recorded: partnerships see recorded support only.
    const programmeRole = context.actor && all.some((activity) => activity.status === ActivityStatus.DRAFT) ? await this.access.grantIn(context.actor.userId, engagement.programmeId) : null;
    return programmeRole ? all : all.filter((activity) => activity.status === ActivityStatus.RECORDED);
  }
}
