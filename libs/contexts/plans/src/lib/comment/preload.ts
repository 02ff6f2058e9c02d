import { peopleById } from '@wspolnie/discussion';
import type { AccountsLoader } from '@wspolnie/identity';
import type { RequestContext } from '@wspolnie/platform-graphql';
import type { CommentThread } from './comment-thread.entity';

/**
 * A thread's quote, and who started it when asked, set as values for graphql-js to read (see
 * Preloadable): a plan's page lists hundreds of threads.
 */
export async function preloadThreads(people: AccountsLoader, context: RequestContext, threads: readonly CommentThread[], withStarters: boolean): Promise<void> {
  const preloaded = context.preloaded;
  if (!preloaded) return;
  const starters = withStarters ? await peopleById(people, context, threads.map((thread) => thread.startedBy)) : null;
  for (const thread of threads) {
    preloaded.set(thread, 'quote', thread.quote === null || thread.quoteStart === null || thread.quoteEnd === null ? null : { text: thread.quote, start: thread.quoteStart, end: thread.quoteEnd });
    if (starters) preloaded.set(thread, 'startedBy', thread.startedBy ? (starters.get(thread.startedBy) ?? null) : null);
  }
}
