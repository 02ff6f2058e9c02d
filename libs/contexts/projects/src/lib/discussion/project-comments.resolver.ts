import { Args, Context, Info, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Comment, CommentSubjectKind, DiscussionService, preloadComments } from '@wspolnie/discussion';
import { AccountsLoader, CurrentActor } from '@wspolnie/identity';
import { type Actor, Can, groupByKey, type RequestContext, selectsField } from '@wspolnie/platform-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Project } from '../project/project.entity';
import { Task } from '../task/task.entity';
import { CommentOnProjectInput, CommentOnTaskInput } from './comment.inputs';

/**
 * A subject's comments, oldest first, and how many: batched per request over every task of a
 * board (or project of a list), their text and authors read as values (see preloadComments).
 */
class SubjectComments {
  private readonly key = {};
  private readonly withAuthorsKey = {};
  private readonly countKey = {};

  constructor(
    private readonly kind: CommentSubjectKind,
    private readonly discussion: DiscussionService,
    private readonly people: AccountsLoader,
  ) {}

  comments(subjectId: string, context: RequestContext, info: GraphQLResolveInfo): Promise<Comment[]> {
    const withAuthors = selectsField(info, 'author');
    return context.loaders
      .get<string, Comment[]>(withAuthors ? this.withAuthorsKey : this.key, async (ids) => {
        const comments = await this.discussion.commentsOf(this.kind, ids);
        await preloadComments(this.people, context, comments, withAuthors);
        return groupByKey(ids, comments, (comment) => comment.subjectId);
      })
      .load(subjectId);
  }

  count(subjectId: string, context: RequestContext): Promise<number> {
    return context.loaders
      .get<string, number>(this.countKey, async (ids) => {
        const counts = await this.discussion.countsOf(this.kind, ids);
        return ids.map((id) => counts.get(id) ?? 0);
      })
      .load(subjectId);
  }
}

@Resolver(() => Task)
export class TaskCommentsResolver {
  private readonly read: SubjectComments;

  constructor(
    private readonly discussion: DiscussionService,
    people: AccountsLoader,
  ) {
    this.read = new SubjectComments(CommentSubjectKind.TASK, discussion, people);
  }

  @Can('project.comment', { task: 'input.taskId' })
  @Mutation(() => Comment, { description: "Comments on a task (or answers a comment on it); its assignee, the project's followers and earlier commenters are notified." })
  commentOnTask(@Args('input') input: CommentOnTaskInput, @CurrentActor() actor: Actor) {
    return this.discussion.write(actor, { kind: CommentSubjectKind.TASK, subjectId: input.taskId, body: input.body, inReplyToId: input.inReplyToId });
  }

  @ResolveField(() => [Comment], { description: 'Its comments, oldest first (deleted ones as placeholders).' })
  comments(@Parent() task: Task, @Context() context: RequestContext, @Info() info: GraphQLResolveInfo) {
    return this.read.comments(task.id, context, info);
  }

  @ResolveField(() => Int, { description: 'How many comments it has (deleted ones, shown as placeholders, not counted).' })
  commentCount(@Parent() task: Task, @Context() context: RequestContext) {
    return this.read.count(task.id, context);
  }
}

@Resolver(() => Project)
export class ProjectCommentsResolver {
  private readonly read: SubjectComments;

  constructor(
    private readonly discussion: DiscussionService,
    people: AccountsLoader,
  ) {
    this.read = new SubjectComments(CommentSubjectKind.PROJECT, discussion, people);
  }

  @Can('project.comment', { project: 'input.projectId' })
  @Mutation(() => Comment, { description: 'Comments on a project (or answers a comment on it); its followers and earlier commenters are notified.' })
  commentOnProject(@Args('input') input: CommentOnProjectInput, @CurrentActor() actor: Actor) {
    return this.discussion.write(actor, { kind: CommentSubjectKind.PROJECT, subjectId: input.projectId, body: input.body, inReplyToId: input.inReplyToId });
  }

  @ResolveField(() => [Comment], { description: 'Comments on the project itself (not on its tasks), oldest first.' })
  comments(@Parent() project: Project, @Context() context: RequestContext, @Info() info: GraphQLResolveInfo) {
    return this.read.comments(project.id, context, info);
  }

  @ResolveField(() => Int, { description: 'How many comments it has (deleted ones, shown as placeholders, not counted).' })
  commentCount(@Parent() project: Project, @Context() context: RequestContext) {
    return this.read.count(project.id, context);
  }
}
