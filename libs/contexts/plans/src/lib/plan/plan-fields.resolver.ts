import { Context, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountsLoader, UserAccount } from '@wspolnie/identity';
import { groupByKey, type RequestContext } from '@wspolnie/platform-graphql';
import { PlanRound } from './plan-round.entity';
import { PlanStatus } from './plan-status';
import { Plan } from './plan.entity';
import { PlansService } from './plans.service';

/** Who wrote it and what it is about: batched for every plan a request reads. */
@Resolver(() => Plan)
export class PlanFieldsResolver {
  private readonly authorsKey = {};
  private readonly projectsKey = {};
  private readonly roundsKey = {};

  constructor(
    private readonly plans: PlansService,
    private readonly people: AccountsLoader,
  ) {}

  @ResolveField(() => [UserAccount], { description: 'They edit the plan with the coordinators and answer its threads.' })
  async authors(@Parent() plan: Plan, @Context() context: RequestContext): Promise<UserAccount[]> {
    const authors = await context.loaders.get<string, { userId: string }[]>(this.authorsKey, async (ids) => groupByKey(ids, await this.plans.authorsOf(ids), (row) => row.planId)).load(plan.id);
    return this.people.loadMany(context, authors.map((author) => author.userId));
  }

  @ResolveField(() => [ID], { description: 'Joint projects of the partnership the plan is about.' })
  async projectIds(@Parent() plan: Plan, @Context() context: RequestContext): Promise<string[]> {
    const links = await context.loaders.get<string, { projectId: string }[]>(this.projectsKey, async (ids) => groupByKey(ids, await this.plans.projectLinksOf(ids), (row) => row.planId)).load(plan.id);
    return links.map((link) => link.projectId);
  }

  @ResolveField(() => [PlanRound], { description: 'Its consultation rounds, the first first.' })
  rounds(@Parent() plan: Plan, @Context() context: RequestContext): Promise<PlanRound[]> {
    return context.loaders.get<string, PlanRound[]>(this.roundsKey, async (ids) => groupByKey(ids, await this.plans.roundsOf(ids), (round) => round.planId)).load(plan.id);
  }

  @ResolveField(() => PlanRound, { nullable: true, description: 'The round that is open (while the plan is in consultation).' })
  async currentRound(@Parent() plan: Plan, @Context() context: RequestContext): Promise<PlanRound | null> {
    if (plan.roundNumber === 0 || plan.status !== PlanStatus.IN_CONSULTATION) return null;
    return (await this.rounds(plan, context)).find((round) => round.number === plan.roundNumber) ?? null;
  }
}

