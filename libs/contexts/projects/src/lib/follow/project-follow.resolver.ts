import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@wspolnie/identity';
import { type Actor, Can, type RequestContext, UuidScalar } from '@wspolnie/platform-graphql';
import { Project } from '../project/project.entity';
import { ProjectsService } from '../project/projects.service';
import { FollowersService } from './followers.service';

/** Following projects: whoever may see a project may follow it, and hear when it moves. */
@Resolver(() => Project)
export class ProjectFollowResolver {
  constructor(
    private readonly followers: FollowersService,
    private readonly projects: ProjectsService,
  ) {}

  @Can('project.read', { project: 'projectId' })
  @Mutation(() => Project, { description: 'Follows a project: you are notified when it moves to another stage and when its tasks change (status, assignee, due date, title). Following twice is following once.' })
  async followProject(@Args('projectId', { type: () => UuidScalar }) projectId: string, @CurrentActor() actor: Actor) {
    const project = await this.projects.get(projectId);
    await this.followers.add(actor.userId, project.id);
    return project;
  }

  @Can('project.read', { project: 'projectId' })
  @Mutation(() => Project, { description: 'Stops following a project.' })
  async unfollowProject(@Args('projectId', { type: () => UuidScalar }) projectId: string, @CurrentActor() actor: Actor) {
    const project = await this.projects.get(projectId);
    await this.followers.remove(actor.userId, project.id);
    return project;
  }

  @ResolveField(() => Boolean, { description: 'Whether you follow it (its creator does, from the start).' })
  followedByMe(@Parent() project: Project, @Context() context: RequestContext): Promise<boolean> | boolean {
    const userId = context.actor?.userId;
    if (!userId) return false;
    return context.loaders
      .get<string, boolean>(this.followers, async (projectIds) => {
        const followed = await this.followers.followedBy(userId, projectIds);
        return projectIds.map((id) => followed.has(id));
      })
      .load(project.id);
  }
}
