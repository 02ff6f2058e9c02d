import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@wspolnie/identity';
import { Plan, PlansService } from '@wspolnie/plans';
import { type Actor, alignByKey, Can, type RequestContext } from '@wspolnie/platform-graphql';
import { Project, ProjectsService } from '@wspolnie/projects';
import { AgendaItem } from './agenda-item.entity';
import { AddAgendaItemInput, RemoveAgendaItemInput, ReorderAgendaInput, UpdateAgendaItemInput } from './agenda.inputs';
import { AgendaService } from './agenda.service';
import { Meeting } from './meeting.entity';

/** A meeting's agenda, and what its items are about (batched for every item a request reads). */
@Resolver(() => AgendaItem)
export class AgendaResolver {
  private readonly projectsKey = {};
  private readonly plansKey = {};

  constructor(
    private readonly agenda: AgendaService,
    private readonly projects: ProjectsService,
    private readonly plans: PlansService,
  ) {}

  @Can('meeting.manage', { meeting: 'input.meetingId' })
  @Mutation(() => AgendaItem, { description: 'Adds an item at the end of the agenda of a planned or running meeting.' })
  addAgendaItem(@Args('input') input: AddAgendaItemInput, @CurrentActor() actor: Actor) {
    return this.agenda.add(actor, input);
  }

  @Can('meeting.manage', { agendaItem: 'input.id' })
  @Mutation(() => AgendaItem, { description: 'Changes an item; its motion and decision are kept as they are while a vote on it is open, and once it is adopted.' })
  updateAgendaItem(@Args('input') input: UpdateAgendaItemInput, @CurrentActor() actor: Actor) {
    return this.agenda.update(actor, input);
  }

  @Can('meeting.manage', { agendaItem: 'input.id' })
  @Mutation(() => Meeting, { description: 'Removes an item never put to a vote; the items after it move up.' })
  removeAgendaItem(@Args('input') input: RemoveAgendaItemInput, @CurrentActor() actor: Actor) {
    return this.agenda.remove(actor, input);
  }

  @Can('meeting.manage', { meeting: 'input.meetingId' })
  @Mutation(() => Meeting, { description: "Puts the agenda in a new order, at the meeting's version." })
  reorderAgenda(@Args('input') input: ReorderAgendaInput, @CurrentActor() actor: Actor) {
    return this.agenda.reorder(actor, input);
  }

  @ResolveField(() => Project, { nullable: true, description: 'The joint project the item is about.' })
  project(@Parent() item: AgendaItem, @Context() context: RequestContext): Promise<Project | null> | null {
    if (!item.projectId) return null;
    return context.loaders.get<string, Project | null>(this.projectsKey, async (ids) => alignByKey(ids, await this.projects.findByIds(ids), (project) => project.id)).load(item.projectId);
  }

  @ResolveField(() => Plan, { nullable: true, description: 'The plan the item is about.' })
  plan(@Parent() item: AgendaItem, @Context() context: RequestContext): Promise<Plan | null> | null {
    if (!item.planId) return null;
    return context.loaders.get<string, Plan | null>(this.plansKey, async (ids) => alignByKey(ids, await this.plans.findByIds(ids), (plan) => plan.id)).load(item.planId);
  }
}
