import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@wspolnie/identity';
import { type Actor, alignByKey, Authenticated, type RequestContext } from '@wspolnie/platform-graphql';
import { ProjectConnection } from '../project/project.resolver';
import { Project } from '../project/project.entity';
import { ProjectsService } from '../project/projects.service';
import { Task } from '../task/task.entity';
import { MyProjectsArgs, MyTaskCounts, MyTasksArgs, MyWork, TaskConnection } from './my-work.types';
import { MyWorkService } from './my-work.service';
import { MyWorkClock } from './week';

@Resolver(() => MyWork)
export class MyWorkResolver {
  constructor(
    private readonly service: MyWorkService,
    private readonly clock: MyWorkClock,
  ) {}

  @Authenticated()
  @Query(() => MyWork, { description: 'Your tasks and projects across every partnership where you hold a role now.' })
  myWork(@CurrentActor() actor: Actor): MyWork {
    // One "today" for the whole answer, so counts and lists agree across Warsaw's midnight.
    return { userId: actor.userId, week: this.clock.week() };
  }

  @ResolveField(() => MyTaskCounts)
  taskCounts(@Parent() work: MyWork) {
    return this.service.taskCounts(work.userId, work.week);
  }

  @ResolveField(() => TaskConnection, { description: 'Tasks assigned to you that are not done, in a bucket (OPEN by default).' })
  tasks(@Parent() work: MyWork, @Args() args: MyTasksArgs) {
    return this.service.tasks(work.userId, work.week, args);
  }

  @ResolveField(() => Int, { description: 'Projects a gmina you act for takes part in (not archived).' })
  projectCount(@Parent() work: MyWork) {
    return this.service.projectCount(work.userId);
  }

  @ResolveField(() => ProjectConnection, { description: 'Projects a gmina you act for takes part in (not archived).' })
  projects(@Parent() work: MyWork, @Args() args: MyProjectsArgs) {
    return this.service.projects(work.userId, args);
  }
}

/** Task.project: joined already in my work's lists, otherwise batched per request. */
@Resolver(() => Task)
export class TaskProjectResolver {
  constructor(private readonly projects: ProjectsService) {}

  @ResolveField(() => Project, { description: 'The project whose board it is on.' })
  project(@Parent() task: Task, @Context() context: RequestContext) {
    if (task.project) return task.project;
    // The same loader as other contexts' references to projects: one query per request.
    return context.loaders.get<string, Project | null>(this.projects.findByIds, async (ids) => alignByKey(ids, await this.projects.findByIds(ids), (project) => project.id)).load(task.projectId);
  }
}
