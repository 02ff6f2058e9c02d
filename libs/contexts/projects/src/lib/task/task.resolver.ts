import { Args, ArgsType, Context, Field, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { AccessService, AccountsService, CurrentActor, UserAccount } from '@wspolnie/identity';
import { type Actor, alignByKey, Authenticated, groupByKey, Preloadable, type RequestContext, SameForEverySubscriber, selectsField } from '@wspolnie/platform-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { authorizedIterator, EventStreams, StreamEvent } from '@wspolnie/platform-realtime';
import { IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { Project } from '../project/project.entity';
import { ProjectsService } from '../project/projects.service';
import { Task } from './task.entity';
import { CreateTaskInput, MoveTaskInput, UpdateTaskInput } from './task.inputs';
import { TasksService } from './tasks.service';

@ArgsType()
class ResumeArgs {
  @Field(() => Int, { nullable: true, description: 'The last seq you saw; later events come first, in order, then live ones.' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'afterSeq must be 0 or more' })
  afterSeq?: number | null;
}

@ArgsType()
export class ProjectStreamArgs extends ResumeArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'projectId must be a project id' })
  projectId: string;
}

@ArgsType()
export class PartnershipStreamArgs extends ResumeArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnershipId must be a partnership id' })
  partnershipId: string;
}

@Resolver(() => Task)
export class TaskResolver {
  constructor(
    private readonly tasks: TasksService,
    private readonly accounts: AccountsService,
  ) {}

  @Authenticated()
  @Query(() => Task)
  task(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor) {
    return this.tasks.get(actor, id);
  }

  @Authenticated()
  @Mutation(() => Task, { description: 'Adds a task at the bottom of its column. Coordinators and gmina officials.' })
  createTask(@Args('input') input: CreateTaskInput, @CurrentActor() actor: Actor) {
    return this.tasks.create(actor, input);
  }

  @Authenticated()
  @Mutation(() => Task, { description: 'Changes a task seen at expectedVersion; a stale version answers CONFLICT.' })
  updateTask(@Args('input') input: UpdateTaskInput, @CurrentActor() actor: Actor) {
    return this.tasks.update(actor, input);
  }

  @Authenticated()
  @Mutation(() => Task, { description: 'Moves a task within or between board columns.' })
  moveTask(@Args('input') input: MoveTaskInput, @CurrentActor() actor: Actor) {
    return this.tasks.move(actor, input);
  }

  @Preloadable()
  @ResolveField(() => UserAccount, { nullable: true })
  assignee(@Parent() task: Task, @Context() context: RequestContext) {
    if (!task.assigneeId) return null;
    return context.loaders
      .get<string, UserAccount | null>(this.accounts, async (ids) => alignByKey(ids, await this.accounts.findByIds(ids), (account) => account.id))
      .load(task.assigneeId);
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
    private readonly access: AccessService,
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

  @Authenticated()
  @SameForEverySubscriber()
  @Subscription(() => StreamEvent, { description: 'Changes to the tasks of one project, resumable with afterSeq.', resolve: (event: StreamEvent) => event })
  async projectTaskChanges(@Args() args: ProjectStreamArgs, @CurrentActor() actor: Actor) {
    const project = await this.projects.get(actor, args.projectId);
    const check = () => this.access.assertCan(actor, 'partnership.read', project.partnershipId);
    return authorizedIterator(this.streams.follow(project.partnershipId, { afterSeq: args.afterSeq ?? 0, scopeId: project.id, topic: 'task' }), check);
  }

  @Authenticated()
  @SameForEverySubscriber()
  @Subscription(() => StreamEvent, { description: 'Changes to a partnership\'s projects, resumable with afterSeq.', resolve: (event: StreamEvent) => event })
  async partnershipProjectChanges(@Args() args: PartnershipStreamArgs, @CurrentActor() actor: Actor) {
    const check = () => this.access.assertCan(actor, 'partnership.read', args.partnershipId);
    await check();
    return authorizedIterator(this.streams.follow(args.partnershipId, { afterSeq: args.afterSeq ?? 0, topic: 'project' }), check);
  }
}
