import { Args, ArgsType, Context, Field, Info, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { AccountsLoader, CurrentActor, UserAccount } from '@wspolnie/identity';
import { type Actor, Can, groupByKey, Preloadable, type RequestContext, ResumableArgs, SameForEverySubscriber, selectedFields, UuidScalar } from '@wspolnie/platform-graphql';
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

/** The topics of a project's stream its readers may follow: its tasks, the comments on them and on it, and the project. */
const PROJECT_STREAM_TOPICS = ['task', 'comment', 'project'] as const;

/** Project.tasks and the live streams of a project's tasks and a partnership's projects. */
@Resolver(() => Project)
export class ProjectTasksResolver {
  constructor(
    private readonly taskService: TasksService,
    private readonly projects: ProjectsService,
    private readonly streams: EventStreams,
  ) {}

  @ResolveField(() => [Task], { description: 'The board: tasks by column, in their order; archived tasks only with includeArchived.' })
  tasks(
    @Parent() project: Project,
    @Context() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Args('includeArchived', { type: () => Boolean, defaultValue: false }) includeArchived: boolean,
  ) {
    // Only the columns the query selects; a board shows who does what, so its assignees come in
    // the same statement. One loader per such read, so projects asking alike share one batch.
    const fields = selectedFields(info);
    const preloaded = fields.has('assignee') ? context.preloaded : undefined;
    const assigneeFields = preloaded ? selectedFields(info, 'assignee') : null;
    const key = `project.tasks ${includeArchived} ${[...fields].sort().join(',')} ${assigneeFields ? [...assigneeFields].sort().join(',') : '-'}`;
    return context.loaders
      .get<string, Task[]>(key, async (projectIds) => {
        const rows = await this.taskService.tasksOf(projectIds, { includeArchived, fields, assigneeFields });
        if (preloaded) for (const row of rows) preloaded.set(row.task, 'assignee', row.assignee ?? null);
        return groupByKey(
          projectIds,
          rows.map((row) => row.task),
          (task) => task.projectId,
        );
      })
      .load(project.id);
  }

  // Both streams are checked again whenever someone's access in them changes (see guardedStream).
  @Can('project.read', { project: 'projectId' })
  @SameForEverySubscriber()
  @Subscription(() => StreamEvent, {
    description: 'Changes to one project: its tasks (topic task), the comments on them and on the project (topic comment) and the project itself; resumable with afterSeq.',
    resolve: (event: StreamEvent) => event,
  })
  async projectTaskChanges(@Args() args: ProjectStreamArgs) {
    const project = await this.projects.get(args.projectId);
    // An allow-list, not every topic scoped by the project: the caller may read these, but not
    // necessarily an attachment's name (attachment.read refuses some readers of archived projects).
    return this.streams.follow(project.partnershipId, { afterSeq: args.afterSeq ?? undefined, scopeId: project.id, topic: PROJECT_STREAM_TOPICS });
  }

  @Can('project.read', { partnership: 'partnershipId' })
  @SameForEverySubscriber()
  @Subscription(() => StreamEvent, { description: 'Changes to a partnership\'s projects, resumable with afterSeq.', resolve: (event: StreamEvent) => event })
  partnershipProjectChanges(@Args() args: PartnershipStreamArgs) {
    return this.streams.follow(args.partnershipId, { afterSeq: args.afterSeq ?? undefined, topic: 'project' });
  }
}
