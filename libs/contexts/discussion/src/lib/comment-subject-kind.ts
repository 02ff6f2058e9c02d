import { registerEnumType } from '@nestjs/graphql';

/** What a comment is on. The owning context registers each kind (see CommentSubjects). */
export enum CommentSubjectKind {
  PLAN_THREAD = 'PLAN_THREAD',
  TASK = 'TASK',
  PROJECT = 'PROJECT',
}

registerEnumType(CommentSubjectKind, {
  name: 'CommentSubjectKind',
  description: 'What a comment is on.',
  valuesMap: {
    PLAN_THREAD: { description: 'A thread on a section of a plan (threadId and planId name it).' },
    TASK: { description: 'A task of a project board (taskId and projectId name it).' },
    PROJECT: { description: 'A joint project (projectId names it).' },
  },
});
