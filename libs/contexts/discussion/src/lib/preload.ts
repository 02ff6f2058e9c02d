import type { AccountsLoader, UserAccount } from '@wspolnie/identity';
import type { RequestContext } from '@wspolnie/platform-graphql';
import type { Comment } from './comment.entity';

/** The people `ids` name, through the request's people loader (one statement for all of them). */
export async function peopleById(people: AccountsLoader, context: RequestContext, ids: readonly (string | null)[]): Promise<Map<string, UserAccount>> {
  const found = await people.loadMany(context, [...new Set(ids.filter((id): id is string => id !== null))]);
  return new Map(found.map((person) => [person.id, person]));
}

/**
 * Comments' text, and their authors when asked, set as values for graphql-js to read (see
 * Preloadable) instead of a resolver (and a promise) per comment: a plan's page shows thousands.
 */
export async function preloadComments(people: AccountsLoader, context: RequestContext, comments: readonly Comment[], withAuthors: boolean): Promise<void> {
  const preloaded = context.preloaded;
  if (!preloaded) return;
  const authors = withAuthors
    ? await peopleById(
        people,
        context,
        comments.map((comment) => comment.authorId),
      )
    : null;
  for (const comment of comments) {
    preloaded.set(comment, 'body', comment.deletedAt ? null : comment.body);
    preloaded.set(comment, 'deleted', comment.deletedAt !== null);
    if (authors) preloaded.set(comment, 'author', comment.authorId ? (authors.get(comment.authorId) ?? null) : null);
  }
}
