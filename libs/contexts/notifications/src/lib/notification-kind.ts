import { registerEnumType } from '@nestjs/graphql';

export enum NotificationKind {
  MENTION = 'MENTION',
  REPLY = 'REPLY',
  THREAD_RESOLVED = 'THREAD_RESOLVED',
  TASK_ASSIGNED = 'TASK_ASSIGNED',
  PROJECT_STAGE_CHANGED = 'PROJECT_STAGE_CHANGED',
  PLAN_CONSULTATION_OPENED = 'PLAN_CONSULTATION_OPENED',
  MEETING_SCHEDULED = 'MEETING_SCHEDULED',
  MEETING_CHANGED = 'MEETING_CHANGED',
  MEETING_CANCELLED = 'MEETING_CANCELLED',
  TASK_CHANGED = 'TASK_CHANGED',
  TASK_DUE_TOMORROW = 'TASK_DUE_TOMORROW',
  TASK_OVERDUE = 'TASK_OVERDUE',
  COMMENT = 'COMMENT',
}

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification tells its recipient about.',
  valuesMap: {
    MENTION: { description: 'Someone mentioned you in a comment on a plan, a task or a project.' },
    REPLY: { description: 'A reply in a thread of a plan you wrote in or took part in.' },
    THREAD_RESOLVED: { description: 'A thread of yours on a plan was resolved.' },
    TASK_ASSIGNED: { description: 'A task was assigned to you.' },
    PROJECT_STAGE_CHANGED: { description: 'A project you follow moved to another stage of the pipeline.' },
    PLAN_CONSULTATION_OPENED: { description: 'A plan of your partnership was opened for consultation.' },
    MEETING_SCHEDULED: { description: 'You were invited to a council meeting (a new one, or one you were added to).' },
    MEETING_CHANGED: { description: 'The time, place, link or title of a council meeting you are invited to changed.' },
    MEETING_CANCELLED: { description: 'A council meeting you were invited to was cancelled.' },
    TASK_CHANGED: { description: 'A task assigned to you, or of a project you follow, changed its status, assignee, due date or title.' },
    TASK_DUE_TOMORROW: { description: 'A task assigned to you is due tomorrow (Warsaw time); sent once per task and due date.' },
    TASK_OVERDUE: { description: 'A task assigned to you is past its due date and not done; sent once per task and due date.' },
    COMMENT: { description: 'A comment on a task assigned to you, on a project you follow or one of its tasks, or where you commented before.' },
  },
});
