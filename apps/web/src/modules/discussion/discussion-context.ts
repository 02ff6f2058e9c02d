import { createContext, useContext } from 'react';
import type { DiscussionCommentFragment } from './graphql.generated';
import type { Mentionable } from './mention-query';

export type DiscussionComment = DiscussionCommentFragment;

/** What every comment of one discussion (a project's, a task's) shares. */
export interface DiscussionValue {
  /** Keeps this discussion's ids apart from another's on the page. */
  readonly idPrefix: string;
  readonly myId: string | undefined;
  /** Who may be mentioned: the partnership's people but the reader. */
  readonly people: readonly Mentionable[];
  /** The gmina someone acts for, if any (shown beside their name). */
  gminaOf(userId: string | undefined): string | null;
  /** Whether the reader may write here (their role, the subject not archived). */
  readonly canWrite: boolean;
  /** Why not, when the reader may not write (said instead of the form, or over a draft kept read-only). */
  readonly closedNote?: string;
  /** Writes a comment (or a reply) on the subject; answers its id. */
  write(body: string, inReplyToId: string | null): Promise<string>;
  edit(id: string, body: string, expectedVersion: number): Promise<void>;
  remove(id: string, expectedVersion: number): Promise<void>;
  /** Reads the discussion again (after a change, or an event). */
  refresh(): Promise<unknown>;
  announce(message: string): void;
}

export const DiscussionContext = createContext<DiscussionValue | null>(null);

export function useDiscussion(): DiscussionValue {
  const value = useContext(DiscussionContext);
  if (!value) throw new Error('outside a discussion');
  return value;
}

/** The comment's element id (it takes focus after a reply or a deletion). */
export const commentElementId = (idPrefix: string, commentId: string) => `${idPrefix}-comment-${commentId}`;
