import { Context, Field, ID, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Gmina, GminaLoader } from '@wspolnie/gminas';
import { AccountsLoader, UserAccount } from '@wspolnie/identity';
import { alignByKey, groupByKey, type RequestContext } from '@wspolnie/platform-graphql';
import { Activity } from '../activity/activity.entity';
import { ActivitiesService } from '../activity/activities.service';
import { SupportViewsService } from '../activity/support-views.service';
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
    private readonly views: SupportViewsService,
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
    description: 'Its activities you may see, the latest held first (drafts: their team\'s consultants and the managers).',
  })
  async activities(@Parent() engagement: Engagement, @Context() context: RequestContext): Promise<Activity[]> {
    const all = await context.loaders
      .get<string, Activity[]>(this.activitiesKey, async (ids) => groupByKey(ids, await this.activityService.ofEngagements(ids), (activity) => activity.engagementId as string))
      .load(engagement.id);
    // Each by its own facts: an engagement's partnerships are those of all its gminas, an activity's only of those it served.
    return this.views.readable(context.actor, all);
  }
}
