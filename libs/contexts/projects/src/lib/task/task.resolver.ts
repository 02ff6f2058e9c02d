import { Args, ArgsType, Context, Field, Info, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { AccountsLoader, AccountsService, CurrentActor, UserAccount } from '@wspolnie/identity';
import { type Actor, Can, groupByKey, Preloadable, type RequestContext, ResumableArgs, SameForEverySubscriber, selectsField, UuidScalar } from '@wspolnie/platform-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { EventStreams, StreamEvent } from '@wspolnie/platform-realtime';
import { Allow } from 'class-validator';
import { Project } from '../project/project.entity';
import { ProjectsService } from '../project/projects.service';
import { Task } from './task.entity';
import { CreateTaskInput, MoveTaskInput, UpdateTaskInput } from './task.inputs';
import { TasksService } from './tasks.service';

@ArgsType()
export class ProjectStreamArgs extends ResumableArgs {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  projectId: string;
}

@ArgsType()
export class PartnershipStreamArgs extends ResumableArgs {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  partnershipId: string;
}

@Resolver(() => Task)
export class TaskResolver {
  constructor(
    private readonly tasks: TasksService,
    private readonly people: AccountsLoader,
  ) {}

  @Can('project.read', { task: 'id' })
  @Query(() => Task)
  task(@Args('id', { type: () => UuidScalar }) id: string) {
    return this.tasks.get(id);
  }

  @Can('task.create', { project: 'input.projectId' })
  @Mutation(() => Task, { description: 'Adds a task at the bottom of its column. Coordinators, officials of a gmina taking part, and advisors.' })
  createTask(@Args('input') input: CreateTaskInput, @CurrentActor() actor: Actor) {
    return this.tasks.create(actor, input);
  }

  @Can('task.edit', { task: 'input.id' })
  @Mutation(() => Task, { description: 'Changes a task seen at expectedVersion; a stale version answers CONFLICT with the task as it is now.' })
  updateTask(@Args('input') input: UpdateTaskInput, @CurrentActor() actor: Actor) {
    return this.tasks.update(actor, input);
  }

  @Can('task.edit', { task: 'input.id' })
  @Mutation(() => Task, { description: 'Moves a task within or between board columns.' })
  moveTask(@Args('input') input: MoveTaskInput, @CurrentActor() actor: Actor) {
    return this.tasks.move(actor, input);
  }

  @Preloadable()
  @ResolveField(() => UserAccount, { nullable: true })
  assignee(@Parent() task: Task, @Context() context: RequestContext) {
    return this.people.load(context, task.assigneeId);
  }
}

/** Project.tasks and the live streams of a project's tasks and a partnership's projects. */
@Resolver(() => Project)
export class ProjectTasksResolver {
  /** Loader identity for boards read with their assignees. */
  private readonly withAssignees = {};

  constructor(
    private readonly taskService: TasksService,
    private readonly projects: ProjectsService,
    private readonly streams: EventStreams,
    private readonly accounts: AccountsService,
  ) {}

  @ResolveField(() => [Task], { description: 'The board: tasks by column, in their order.' })
  tasks(@Parent() project: Project, @Context() context: RequestContext, @Info() info: GraphQLResolveInfo) {
    // A board shows who does what: its assignees come in the same batch, one query for all.
    const assignees = selectsField(info, 'assignee') && context.preloaded;
    return context.loaders
      .get<string, Task[]>(assignees ? this.withAssignees : this.taskService, async (projectIds) => {
        const tasks = await this.taskService.tasksOf(projectIds);
        if (assignees) {
          const ids = [...new Set(tasks.flatMap((task) => (task.assigneeId ? [task.assigneeId] : [])))];
          const people = ids.length ? await this.accounts.findByIds(ids) : [];
          const byId = new Map(people.map((person) => [person.id, person]));
          for (const task of tasks) assignees.set(task, 'assignee', task.assigneeId ? (byId.get(task.assigneeId) ?? null) : null);
        }
        return groupByKey(projectIds, tasks, (task) => task.projectId);
      })
      .load(project.id);
  }

  // Both streams are checked again whenever someone's access in them changes (see guardedStream).
  @Can('project.read', { project: 'projectId' })
  @SameForEverySubscriber()
  @Subscription(() => StreamEvent, { description: 'Changes to the tasks of one project, resumable with afterSeq.', resolve: (event: StreamEvent) => event })
  async projectTaskChanges(@Args() args: ProjectStreamArgs) {
    const project = await this.projects.get(args.projectId);
    return this.streams.follow(project.partnershipId, { afterSeq: args.afterSeq ?? undefined, scopeId: project.id, topic: 'task' });
  }

  @Can('project.read', { partnership: 'partnershipId' })
  @SameForEverySubscriber()
  @Subscription(() => StreamEvent, { description: 'Changes to a partnership\'s projects, resumable with afterSeq.', resolve: (event: StreamEvent) => event })
  partnershipProjectChanges(@Args() args: PartnershipStreamArgs) {
    return this.streams.follow(args.partnershipId, { afterSeq: args.afterSeq ?? undefined, topic: 'project' });
  }
}
