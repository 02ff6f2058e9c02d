import { type NotificationItemFragment } from './graphql.generated';
import type { Translate } from '../../i18n/I18n';

/** The kinds about a task's work (not its discussion): they lead to the task's board. */
const ON_THE_BOARD: ReadonlySet<NotificationItemFragment['kind']> = new Set(['TASK_ASSIGNED', 'TASK_CHANGED', 'TASK_DUE_TOMORROW', 'TASK_OVERDUE']);

/**
 * Where a notification leads: a meeting, a plan, a task's discussion (a comment or a mention on
 * a task: the task's page), a task's board (its changes, due dates), else its project.
 */
export function targetOf(notification: NotificationItemFragment, t: Translate): { to: string; label: string } | null {
  if (notification.meetingId) return { to: `/meetings/${notification.meetingId}`, label: t('notifications.openMeeting') };
  if (notification.planId) return { to: `/plans/${notification.planId}`, label: t('notifications.openPlan') };
  if (notification.taskId && (notification.kind === 'COMMENT' || notification.kind === 'MENTION')) return { to: `/tasks/${notification.taskId}`, label: t('notifications.openTask') };
  if (notification.projectId && notification.taskId && ON_THE_BOARD.has(notification.kind)) return { to: `/projects/${notification.projectId}/board`, label: t('notifications.openBoard') };
  if (notification.projectId) return { to: `/projects/${notification.projectId}`, label: t('notifications.open') };
  return null;
}
