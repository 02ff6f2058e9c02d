import { Args, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@wspolnie/identity';
import { type Actor, Can, UuidScalar } from '@wspolnie/platform-graphql';
import { Connection } from '@wspolnie/platform-pagination';
import { PlanLifecycleService } from './plan-lifecycle.service';
import { Plan } from './plan.entity';
import { AdoptPlanInput, CreatePlanInput, OpenConsultationInput, PlansArgs, PlanVersionInput, PublishPlanRevisionInput, UpdatePlanInput } from './plan.inputs';
import { PlansService } from './plans.service';
import { RevisionsService } from '../revision/revisions.service';

@ObjectType()
export class PlanConnection extends Connection(Plan) {}

@Resolver(() => Plan)
export class PlanResolver {
  constructor(
    private readonly service: PlansService,
    private readonly lifecycle: PlanLifecycleService,
    private readonly revisions: RevisionsService,
  ) {}

  @Can('plan.read', { partnership: 'partnershipId' })
  @Query(() => PlanConnection, { description: 'A partnership\'s plans, by title.' })
  plans(@Args() args: PlansArgs) {
    return this.service.list(args);
  }

  @Can('plan.read', { plan: 'id' })
  @Query(() => Plan)
  plan(@Args('id', { type: () => UuidScalar }) id: string) {
    return this.service.get(id);
  }

  @Can('plan.create', { partnership: 'input.partnershipId' })
  @Mutation(() => Plan, { description: 'Creates a draft plan with its first revision; you become its author.' })
  createPlan(@Args('input') input: CreatePlanInput, @CurrentActor() actor: Actor) {
    return this.service.create(actor, input);
  }

  @Can('plan.edit', { plan: 'input.id' })
  @Mutation(() => Plan, { description: 'Changes a plan\'s title, kind, authors or linked projects.' })
  updatePlan(@Args('input') input: UpdatePlanInput, @CurrentActor() actor: Actor) {
    return this.service.update(actor, input);
  }

  @Can('plan.edit', { plan: 'input.planId' })
  @Mutation(() => Plan, { description: 'Publishes a new revision of the text; open threads follow their sections to it.' })
  async publishPlanRevision(@Args('input') input: PublishPlanRevisionInput, @CurrentActor() actor: Actor) {
    return this.revisions.publish(actor, await this.service.get(input.planId), input);
  }

  @Can('plan.consultation', { plan: 'input.id' })
  @Mutation(() => Plan, { description: 'Opens a consultation round on a draft; everyone in the partnership is notified.' })
  openPlanConsultation(@Args('input') input: OpenConsultationInput, @CurrentActor() actor: Actor) {
    return this.lifecycle.openConsultation(actor, input);
  }

  @Can('plan.consultation', { plan: 'input.id' })
  @Mutation(() => Plan, { description: 'Closes the round: the plan is a draft again.' })
  closePlanConsultation(@Args('input') input: PlanVersionInput, @CurrentActor() actor: Actor) {
    return this.lifecycle.closeConsultation(actor, input);
  }

  @Can('plan.adopt', { plan: 'input.id' })
  @Mutation(() => Plan, { description: 'Records the council resolution that adopted the plan; it takes no more edits or comments.' })
  adoptPlan(@Args('input') input: AdoptPlanInput, @CurrentActor() actor: Actor) {
    return this.lifecycle.adopt(actor, input);
  }

  @Can('plan.archive', { plan: 'input.id' })
  @Mutation(() => Plan)
  archivePlan(@Args('input') input: PlanVersionInput, @CurrentActor() actor: Actor) {
    return this.lifecycle.archive(actor, input);
  }
}
