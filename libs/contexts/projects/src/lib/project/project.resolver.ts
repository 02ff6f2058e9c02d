import { Args, ArgsType, Context, Field, InputType, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Gmina, GminaLoader } from '@wspolnie/gminas';
import { CurrentActor } from '@wspolnie/identity';
import { formatPln, fromGrosze, type Pln, toGrosze } from '@wspolnie/kernel';
import { type Actor, Can, groupByKey, PlnScalar, type RequestContext, UuidScalar, withMessage } from '@wspolnie/platform-graphql';
import { Connection, ConnectionArgs } from '@wspolnie/platform-pagination';
import { Type } from 'class-transformer';
import { Allow, IsBoolean, IsEnum, IsOptional, Matches, ValidateNested } from 'class-validator';
import { BudgetService } from '../budget/budget.service';
import { ProjectFunding } from '../budget/project-funding.entity';
import { ProjectParticipant } from '../budget/project-participant.entity';
import { ProjectStage } from '../pipeline/project-stage';
import { StageChange } from '../pipeline/stage-change.entity';
import { Project } from './project.entity';
import { CreateProjectInput, MoveProjectInput, SetProjectBudgetInput, SetProjectIndicatorsInput, UpdateProjectInput } from './project.inputs';
import { ProjectIndicator } from './project-indicator.entity';
import { ProjectsService } from './projects.service';
import { projectsMessage } from '../projects-messages';

@ObjectType()
export class ProjectConnection extends Connection(Project) {}

@ObjectType({ description: 'Projects in one pipeline stage, with their total cost.' })
export class PipelineStageSummary {
  @Field(() => ProjectStage)
  stage: ProjectStage;

  @Field(() => Int)
  projects: number;

  @Field(() => PlnScalar)
  totalCost: string;
}

@InputType()
export class ProjectFilterInput {
  @Field(() => ProjectStage, { nullable: true })
  @IsOptional()
  @IsEnum(ProjectStage)
  stage?: ProjectStage | null;

  @Field(() => UuidScalar, { nullable: true })
  @IsOptional()
  thematicAreaId?: string | null;

  @Field(() => String, { nullable: true, description: 'TERC code of the lead gmina.' })
  @IsOptional()
  @Matches(/^\d{7}$/, withMessage(projectsMessage('project.leadGminaTerc')))
  leadGminaTerc?: string | null;
}

@ArgsType()
export class ProjectsArgs extends ConnectionArgs {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  partnershipId: string;

  @Field(() => ProjectFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProjectFilterInput)
  filter?: ProjectFilterInput | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Archived projects too (they are left out otherwise).' })
  @IsBoolean()
  includeArchived = false;
}

@Resolver(() => Project)
export class ProjectResolver {
  constructor(
    private readonly service: ProjectsService,
    private readonly budgets: BudgetService,
  ) {}

  @Can('project.read', { project: 'id' })
  @Query(() => Project)
  project(@Args('id', { type: () => UuidScalar }) id: string) {
    return this.service.get(id);
  }

  @Can('project.read', { partnership: 'partnershipId' })
  @Query(() => ProjectConnection, { description: 'A partnership\'s projects, by title.' })
  projects(@Args() args: ProjectsArgs) {
    return this.service.list(args.partnershipId, args, { ...args.filter, includeArchived: args.includeArchived });
  }

  @Can('project.read', { partnership: 'partnershipId' })
  @Query(() => [PipelineStageSummary], { description: 'How many projects are in each stage, and what they cost together (archived ones only with includeArchived).' })
  projectPipeline(
    @Args('partnershipId', { type: () => UuidScalar }) partnershipId: string,
    @Args('includeArchived', { type: () => Boolean, defaultValue: false }) includeArchived: boolean,
  ) {
    return this.service.pipeline(partnershipId, includeArchived);
  }

  @Can('project.create', { partnership: 'input.partnershipId' })
  @Mutation(() => Project, { description: 'Coordinators, and gmina officials for projects their gmina takes part in.' })
  createProject(@Args('input') input: CreateProjectInput, @CurrentActor() actor: Actor) {
    return this.service.create(actor, input);
  }

  @Can('project.edit', { project: 'input.id' })
  @Mutation(() => Project, { description: 'Coordinators, and officials of a gmina taking part. A stale expectedVersion answers CONFLICT with the project as it is now.' })
  updateProject(@Args('input') input: UpdateProjectInput, @CurrentActor() actor: Actor) {
    return this.service.update(actor, input);
  }

  @Can('project.edit', { project: 'input.projectId' })
  @Mutation(() => Project, { description: 'Replaces the budget; shares must add up to the total and funding must not exceed it.' })
  setProjectBudget(@Args('input') input: SetProjectBudgetInput, @CurrentActor() actor: Actor) {
    return this.service.setBudget(actor, input);
  }

  @Can('project.stage.change', { project: 'input.projectId' })
  @Mutation(() => Project, { description: 'Moves the project to another pipeline stage. Coordinators and council members.' })
  moveProject(@Args('input') input: MoveProjectInput, @CurrentActor() actor: Actor) {
    return this.service.move(actor, input);
  }

  @ResolveField(() => [ProjectParticipant], { description: 'The lead gmina first, then the partners.' })
  participants(@Parent() project: Project, @Context() context: RequestContext) {
    return context.loaders
      .get<string, ProjectParticipant[]>(this.budgets.participantsOf, async (ids) => groupByKey(ids, await this.budgets.participantsOf(ids), (p) => p.projectId))
      .load(project.id);
  }

  @Can('project.edit', { project: 'input.projectId' })
  @Mutation(() => Project, { description: 'Replaces the output and result indicators.' })
  setProjectIndicators(@Args('input') input: SetProjectIndicatorsInput, @CurrentActor() actor: Actor) {
    return this.service.setIndicators(actor, input);
  }

  @ResolveField(() => [ProjectIndicator])
  indicators(@Parent() project: Project, @Context() context: RequestContext) {
    return context.loaders
      .get<string, ProjectIndicator[]>(this.service.indicatorsOf, async (ids) => groupByKey(ids, await this.service.indicatorsOf(ids), (i) => i.projectId))
      .load(project.id);
  }

  @ResolveField(() => [ProjectFunding])
  funding(@Parent() project: Project, @Context() context: RequestContext) {
    return this.fundingOf(project, context);
  }

  @ResolveField(() => PlnScalar, { description: 'Total cost minus funding (wkład własny).' })
  async ownContribution(@Parent() project: Project, @Context() context: RequestContext): Promise<Pln> {
    const funding = await this.fundingOf(project, context);
    return fromGrosze(toGrosze(project.totalCost) - funding.reduce((sum, source) => sum + toGrosze(source.amount), 0n));
  }

  @ResolveField(() => String, { description: 'The total cost written the Polish way, e.g. "18 450 000,00 zł".' })
  totalCostText(@Parent() project: Project): string {
    return formatPln(project.totalCost);
  }

  @ResolveField(() => [StageChange], { description: 'Every move through the pipeline, oldest first.' })
  stageHistory(@Parent() project: Project, @Context() context: RequestContext) {
    return context.loaders
      .get<string, StageChange[]>(this.service.historyOf, async (ids) => groupByKey(ids, await this.service.historyOf(ids), (c) => c.projectId))
      .load(project.id);
  }

  private fundingOf(project: Project, context: RequestContext) {
    return context.loaders
      .get<string, ProjectFunding[]>(this.budgets.fundingOf, async (ids) => groupByKey(ids, await this.budgets.fundingOf(ids), (f) => f.projectId))
      .load(project.id);
  }
}

@Resolver(() => ProjectParticipant)
export class ProjectParticipantResolver {
  constructor(private readonly gminas: GminaLoader) {}

  @ResolveField(() => Gmina)
  gmina(@Parent() participant: ProjectParticipant, @Context() context: RequestContext) {
    return this.gminas.load(context, participant.gminaId);
  }
}
