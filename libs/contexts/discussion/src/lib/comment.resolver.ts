import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountsLoader, CurrentActor, UserAccount } from '@wspolnie/identity';
import { type Actor, Can, groupByKey, Preloadable, type RequestContext } from '@wspolnie/platform-graphql';
import { CommentEdit } from './comment-history.entity';
import { CommentVersionInput, EditCommentInput } from './comment.inputs';
import { Comment } from './comment.entity';
import { DiscussionService } from './discussion.service';

/** A comment's fields, whatever it is on, and changing one's own comment. */
@Resolver(() => Comment)
export class CommentResolver {
  private readonly editsKey = {};
  private readonly mentionsKey = {};

  constructor(
    private readonly discussion: DiscussionService,
    private readonly people: AccountsLoader,
  ) {}

  @Can('comment.edit', { comment: 'input.id' })
  @Mutation(() => Comment, { description: 'Changes your comment; its earlier text stays readable under edits.' })
  editComment(@Args('input') input: EditCommentInput, @CurrentActor() actor: Actor) {
    return this.discussion.edit(actor, input);
  }

  @Can('comment.edit', { comment: 'input.id' })
  @Mutation(() => Comment, { description: 'Deletes your comment: its text (and earlier texts) go, a placeholder stays in its place.' })
  deleteComment(@Args('input') input: CommentVersionInput, @CurrentActor() actor: Actor) {
    return this.discussion.delete(actor, input);
  }

  @Preloadable()
  @ResolveField(() => String, { nullable: true, description: 'Markdown; null once deleted.' })
  body(@Parent() comment: Comment): string | null {
    return comment.deletedAt ? null : comment.body;
  }

  @Preloadable()
  @ResolveField(() => Boolean)
  deleted(@Parent() comment: Comment): boolean {
    return comment.deletedAt !== null;
  }

  @Preloadable()
  @ResolveField(() => UserAccount, { nullable: true })
  author(@Parent() comment: Comment, @Context() context: RequestContext) {
    return this.people.load(context, comment.authorId);
  }

  @ResolveField(() => [CommentEdit], { description: 'Its earlier texts, the first written first (none once deleted).' })
  edits(@Parent() comment: Comment, @Context() context: RequestContext): Promise<CommentEdit[]> {
    return context.loaders.get<string, CommentEdit[]>(this.editsKey, async (ids) => groupByKey(ids, await this.discussion.editsOf(ids), (edit) => edit.commentId)).load(comment.id);
  }

  @ResolveField(() => [UserAccount], { description: 'The people it mentions.' })
  async mentions(@Parent() comment: Comment, @Context() context: RequestContext): Promise<UserAccount[]> {
    const rows = await context.loaders
      .get<string, { userId: string }[]>(this.mentionsKey, async (ids) => groupByKey(ids, await this.discussion.mentionRowsOf(ids), (row) => row.commentId))
      .load(comment.id);
    return this.people.loadMany(
      context,
      rows.map((row) => row.userId),
    );
  }
}
