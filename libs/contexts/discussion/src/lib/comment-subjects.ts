import { Injectable } from '@nestjs/common';
import type { NewNotification, NotificationKind } from '@wspolnie/notifications';
import type { CommentSubjectKind } from './comment-subject-kind';
import type { Comment } from './comment.entity';

/** Who hears of a new comment on a subject (besides the people it mentions), and as what. */
export interface CommentAudience {
  readonly kind: NotificationKind;
  readonly recipientIds: readonly string[];
}

/** A subject held for a comment by the context that owns it, in the comment's transaction. */
export interface HeldSubject {
  readonly partnershipId: string;
  /** What access and live streams group its comments by: the plan of a thread, the project of a task. */
  readonly scopeId: string;
  /** For notifications: the plan's, task's or project's title. */
  readonly title: string;
  /** Where a notification of its comments points. */
  readonly links: Pick<NewNotification, 'planId' | 'threadId' | 'projectId' | 'taskId'>;
  /** Named in the events of its comments ({ threadId }, { taskId }, { projectId }). */
  readonly eventKey: string;
  /** Who hears of `comment`, just written on it (its author is never told). */
  audience(comment: Comment): Promise<CommentAudience>;
}

/**
 * Holds a subject for a comment: NOT_FOUND when it is not there, and the owner's refusal
 * (CONFLICT) when it takes no comments now (a plan's round closed, an archived task).
 */
export type CommentSubject = (subjectId: string) => Promise<HeldSubject>;

/** The kinds of things comments are on, registered at start by the contexts that own them. */
@Injectable()
export class CommentSubjects {
  private readonly subjects = new Map<CommentSubjectKind, CommentSubject>();

  register(kind: CommentSubjectKind, subject: CommentSubject): void {
    if (this.subjects.has(kind)) throw new Error(`comment subject ${kind} is registered twice`);
    this.subjects.set(kind, subject);
  }

  hold(kind: CommentSubjectKind, subjectId: string): Promise<HeldSubject> {
    const subject = this.subjects.get(kind);
    if (!subject) throw new Error(`no context registered comments on ${kind}`);
    return subject(subjectId);
  }
}
