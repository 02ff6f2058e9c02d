import { Args, ArgsType, Context, Field, Int, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Plan, PlansService } from '@wspolnie/plans';
import { alignByKey, Can, type RequestContext, UuidScalar } from '@wspolnie/platform-graphql';
import { localeOf, render } from '@wspolnie/platform-i18n';
import { Connection, ConnectionArgs } from '@wspolnie/platform-pagination';
import { Project, ProjectsService } from '@wspolnie/projects';
import { Allow, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Meeting } from '../meeting/meeting.entity';
import { Vote } from '../vote/vote.entity';
import { VotesService } from '../vote/votes.service';
import { decisionSummary } from './register.service';
import { Resolution } from './resolution.entity';
import { ResolutionsService } from './resolutions.service';

@ObjectType()
export class ResolutionConnection extends Connection(Resolution) {}

@ArgsType()
export class ResolutionsArgs extends ConnectionArgs {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  partnershipId: string;

  @Field(() => Int, { nullable: true, description: 'One year of the register; every year, the latest first, when left out.' })
  @IsOptional()
  @IsInt()
  @Min(1990)
  @Max(2200)
  year?: number | null;
}

@Resolver(() => Resolution)
export class ResolutionResolver {
  constructor(
    private readonly register: ResolutionsService,
    private readonly votes: VotesService,
    private readonly projects: ProjectsService,
    private readonly plans: PlansService,
  ) {}

  @Can('council.read', { partnership: 'partnershipId' })
  @Query(() => ResolutionConnection, { description: "The partnership's register of resolutions: by year, in the order of their numbers." })
  resolutions(@Args() args: ResolutionsArgs) {
    return this.register.list(args.partnershipId, args.year ?? null, args);
  }

  @Can('council.read', { partnership: 'partnershipId' })
  @Query(() => [Int], { description: 'The years the register has resolutions in, the latest first.' })
  resolutionYears(@Args('partnershipId', { type: () => UuidScalar }) partnershipId: string) {
    return this.register.years(partnershipId);
  }

  @Can('council.read', { resolution: 'id' })
  @Query(() => Resolution)
  resolution(@Args('id', { type: () => UuidScalar }) id: string) {
    return this.register.get(id);
  }

  @ResolveField(() => String, { description: 'What it decided, in one phrase in your language (Accept-Language).' })
  decisionSummary(@Parent() resolution: Resolution, @Context() context: RequestContext): string {
    return render(decisionSummary(resolution), localeOf(context.req?.headers['accept-language']));
  }

  @ResolveField(() => Meeting)
  meeting(@Parent() resolution: Resolution, @Context() context: RequestContext) {
    return context.loaders
      .get<string, Meeting | null>(this.register.meetingsByIds, async (ids) => alignByKey(ids, await this.register.meetingsByIds(ids), (meeting) => meeting.id))
      .load(resolution.meetingId);
  }

  @ResolveField(() => Vote)
  vote(@Parent() resolution: Resolution, @Context() context: RequestContext) {
    return context.loaders.get<string, Vote | null>(this.votes.byIds, async (ids) => alignByKey(ids, await this.votes.byIds(ids), (vote) => vote.id)).load(resolution.voteId);
  }

  @ResolveField(() => Project, { nullable: true, description: 'The project its decision concerned, if it still exists.' })
  project(@Parent() resolution: Resolution, @Context() context: RequestContext) {
    const id = resolution.decision?.projectId;
    if (!id) return null;
    return context.loaders.get<string, Project | null>(this.projects.findByIds, async (ids) => alignByKey(ids, await this.projects.findByIds(ids), (project) => project.id)).load(id);
  }

  @ResolveField(() => Plan, { nullable: true, description: 'The plan it adopted, if it still exists.' })
  plan(@Parent() resolution: Resolution, @Context() context: RequestContext) {
    const id = resolution.decision?.planId;
    if (!id) return null;
    return context.loaders.get<string, Plan | null>(this.plans.findByIds, async (ids) => alignByKey(ids, await this.plans.findByIds(ids), (plan) => plan.id)).load(id);
  }
}
