import { Args, Context, Field, Info, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountsLoader, CurrentActor, UserAccount } from '@wspolnie/identity';
import { Comment, preloadComments } from '@wspolnie/discussion';
import { type Actor, Can, groupByKey, Preloadable, type RequestContext, selectsField, UuidScalar } from '@wspolnie/platform-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Plan } from '../plan/plan.entity';
import { PlanRevision } from '../revision/plan-revision.entity';
import { RevisionsService } from '../revision/revisions.service';
import { ThreadStep } from './comment-history.entity';
import { CommentThread, ThreadStatus } from './comment-thread.entity';
import { CommentOnPlanInput, ReplyToCommentInput, ResolveThreadInput } from './comment.inputs';
import { CommentsService } from './comments.service';
import { preloadThreads } from './preload';
import { ThreadsService } from './threads.service';

@ObjectType({ description: 'The passage a thread is about, in the section of the revision the thread stands on.' })
export class QuotedPassage {
  @Field()
  text: string;

  @Field(() => Int)
  start: number;

  @Field(() => Int)
  end: number;
}

@Resolver(() => CommentThread)
export class CommentThreadResolver {
  private readonly commentsKey = {};
  private readonly commentsWithAuthorsKey = {};
  private readonly trailKey = {};
  private readonly revisionKey = {};

  constructor(
    private readonly writing: CommentsService,
    private readonly threadService: ThreadsService,
    private readonly revisions: RevisionsService,
    private readonly people: AccountsLoader,
  ) {}

  @Can('plan.read', { planThread: 'id' })
  @Query(() => CommentThread)
  commentThread(@Args('id', { type: () => UuidScalar }) id: string) {
    return this.threadService.get(id);
  }

  @Can('comment.write', { plan: 'input.planId' })
  @Mutation(() => CommentThread, { description: 'Starts a thread on a section, optionally on a quoted passage of it.' })
  commentOnPlan(@Args('input') input: CommentOnPlanInput, @CurrentActor() actor: Actor) {
    return this.writing.startThread(actor, input);
  }

  @Can('comment.write', { planComment: 'input.commentId' })
  @Mutation(() => Comment, { description: 'Answers a comment, in its thread; everyone who wrote in the thread is notified.' })
  replyToComment(@Args('input') input: ReplyToCommentInput, @CurrentActor() actor: Actor) {
    return this.writing.reply(actor, input);
  }

  @Can('comment.resolve', { planThread: 'input.id' })
  @Mutation(() => CommentThread, { description: 'Resolves a thread, with an optional decision note; who and when are kept in its trail.' })
  resolveCommentThread(@Args('input') input: ResolveThreadInput, @CurrentActor() actor: Actor) {
    return this.threadService.resolve(actor, input);
  }

  @Can('comment.resolve', { planThread: 'input.id' })
  @Mutation(() => CommentThread, { description: 'Opens a resolved thread again (back on the latest revision if its section is there).' })
  reopenCommentThread(@Args('input') input: ResolveThreadInput, @CurrentActor() actor: Actor) {
    return this.threadService.reopen(actor, input);
  }

  @ResolveField(() => [Comment], { description: 'In the order they were written; the first one started the thread.' })
  comments(@Parent() thread: CommentThread, @Context() context: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Comment[]> {
    // A plan's page shows thousands of comments: their text and authors come with them, so
    // graphql-js reads them as values instead of calling a resolver (and a promise) per comment.
    const withAuthors = selectsField(info, 'author');
    return context.loaders
      .get<string, Comment[]>(withAuthors ? this.commentsWithAuthorsKey : this.commentsKey, async (ids) => {
        const comments = await this.threadService.commentsOf(ids);
        await preloadComments(this.people, context, comments, withAuthors);
        return groupByKey(ids, comments, (comment) => comment.subjectId);
      })
      .load(thread.id);
  }

  @ResolveField(() => [ThreadStep], { description: 'Every time it was resolved or reopened, the first first.' })
  trail(@Parent() thread: CommentThread, @Context() context: RequestContext): Promise<ThreadStep[]> {
    return context.loaders.get<string, ThreadStep[]>(this.trailKey, async (ids) => groupByKey(ids, await this.threadService.trailOf(ids), (step) => step.threadId)).load(thread.id);
  }

  @ResolveField(() => PlanRevision, { description: 'The revision it stands on: the latest while it follows its section; for an outdated thread, the last one its section was in.' })
  revision(@Parent() thread: CommentThread, @Context() context: RequestContext) {
    return this.revisionById(context, thread.revisionId);
  }

  @ResolveField(() => PlanRevision, { description: 'The revision it was written on.' })
  originRevision(@Parent() thread: CommentThread, @Context() context: RequestContext) {
    return this.revisionById(context, thread.originRevisionId);
  }

  @Preloadable()
  @ResolveField(() => QuotedPassage, { nullable: true })
  quote(@Parent() thread: CommentThread): QuotedPassage | null {
    return thread.quote === null || thread.quoteStart === null || thread.quoteEnd === null ? null : { text: thread.quote, start: thread.quoteStart, end: thread.quoteEnd };
  }

  @Preloadable()
  @ResolveField(() => UserAccount, { nullable: true })
  startedBy(@Parent() thread: CommentThread, @Context() context: RequestContext) {
    return this.people.load(context, thread.startedBy);
  }

  @ResolveField(() => UserAccount, { nullable: true })
  resolvedBy(@Parent() thread: CommentThread, @Context() context: RequestContext) {
    return this.people.load(context, thread.resolvedBy);
  }

  private revisionById(context: RequestContext, id: string): Promise<PlanRevision> {
    return context.loaders
      .get<string, PlanRevision>(this.revisionKey, async (ids) => {
        const found = new Map((await this.revisions.findByIds(ids)).map((revision) => [revision.id, revision]));
        return ids.map((id) => found.get(id) ?? new Error(`revision ${id} is gone`));
      })
      .load(id);
  }
}

/** Plan.threads: every thread of a plan, for the consultation view. */
@Resolver(() => Plan)
export class PlanThreadsResolver {
  private readonly key = {};
  private readonly withStartersKey = {};

  constructor(
    private readonly threadService: ThreadsService,
    private readonly people: AccountsLoader,
  ) {}

  @ResolveField(() => [CommentThread], { description: 'All its threads, oldest first; status narrows them.' })
  async threads(@Parent() plan: Plan, @Context() context: RequestContext, @Info() info: GraphQLResolveInfo, @Args('status', { type: () => ThreadStatus, nullable: true }) status?: ThreadStatus | null): Promise<CommentThread[]> {
    const withStarters = selectsField(info, 'startedBy');
    const all = await context.loaders
      .get<string, CommentThread[]>(withStarters ? this.withStartersKey : this.key, async (ids) => {
        const threads = await this.threadService.threadsOfPlans(ids);
        await preloadThreads(this.people, context, threads, withStarters);
        return groupByKey(ids, threads, (thread) => thread.planId);
      })
      .load(plan.id);
    return status ? all.filter((thread) => thread.status === status) : all;
  }
}
