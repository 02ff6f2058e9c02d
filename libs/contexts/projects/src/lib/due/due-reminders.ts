import { Injectable, Logger } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { warsawDate } from '@wspolnie/kernel';
import { type AddressedNotification, Inbox, NotificationKind, notSentOnce } from '@wspolnie/notifications';
import { dayText } from '../projects-messages';

/**
 * The advisory lock a run holds in each of its transactions: two processes whose clocks tick
 * together do the work once instead of racing through the same tasks (the once keys would make
 * the race harmless, but not free). Any constant unique among the product's advisory locks.
 */
export const DUE_REMINDERS_LOCK = 2_024_112_001;

/** Tasks per transaction: one statement finds them, a few write their reminders. */
export const DUE_REMINDERS_BATCH = 500;

export interface DueRemindersRun {
  /** The Warsaw day the run took as today. */
  readonly today: string;
  /** Another process held the lock: this one did nothing. */
  readonly skipped: boolean;
  readonly dueTomorrow: number;
  readonly overdue: number;
}

interface DueTask {
  readonly id: string;
  readonly title: string;
  readonly due_on: string;
  readonly assignee_id: string;
  readonly partnership_id: string;
  readonly project_id: string;
  readonly once_key: string;
}

/** A task's reminder key as of `$2` (tomorrow), in SQL: the one the inbox writes and the one the finding skips. */
const ONCE_KEY = `CASE WHEN task.due_on = $2::date THEN 'task-due:' ELSE 'task-overdue:' END || task.id::text || ':' || task.due_on::text`;

/** The day after an ISO calendar day ("2026-12-31" → "2027-01-01"), whatever zone the server runs in. */
export function dayAfter(day: string): string {
  const next = new Date(`${day}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/**
 * Reminds the assignee of every open task (not done, neither it nor its project archived) that
 * is due tomorrow or overdue, once per task, kind and due date: the inbox's once key
 * (`task-due:<task>:<day>`, `task-overdue:<task>:<day>`) lets the database refuse a repeat, so a
 * run repeated, overlapping or in two processes never reminds twice, and a changed due date
 * reminds again. An assignee who lost their role in the partnership is left out by the inbox.
 */
@Injectable()
export class DueReminders {
  private readonly logger = new Logger('DueReminders');

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly inbox: Inbox,
  ) {}

  /** `today` is the Warsaw day to remind as of (tests set it; the schedule takes the clock's). */
  async run(today: string = warsawDate()): Promise<DueRemindersRun> {
    const started = Date.now();
    const tomorrow = dayAfter(today);
    let dueTomorrow = 0;
    let overdue = 0;
    let after: { dueOn: string; id: string } | null = null;
    for (;;) {
      const batch = await this.txHost.withTransaction(async () => {
        const [{ locked }] = await this.txHost.tx.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [DUE_REMINDERS_LOCK]);
        if (!locked) return null;
        const tasks = await this.dueTasks(today, tomorrow, after);
        const sent = await this.inbox.deliverMany(tasks.map((task) => reminder(task, tomorrow)));
        return { tasks, sent };
      });
      // Another process holds the lock: it is doing this work (or the rest of it) now.
      if (!batch) {
        if (!after) {
          this.logger.debug(`due-date reminders for ${today}: another process is sending them`);
          return { today, skipped: true, dueTomorrow, overdue };
        }
        break;
      }
      for (const { notification } of batch.sent) {
        if (notification.kind === NotificationKind.TASK_DUE_TOMORROW) dueTomorrow += 1;
        else overdue += 1;
      }
      if (batch.tasks.length < DUE_REMINDERS_BATCH) break;
      const last = batch.tasks[batch.tasks.length - 1];
      after = { dueOn: last.due_on, id: last.id };
    }
    const sent = dueTomorrow + overdue;
    const line = `due-date reminders for ${today}: ${sent} sent (${dueTomorrow} due tomorrow, ${overdue} overdue) in ${Date.now() - started} ms`;
    if (sent) this.logger.log(line);
    else this.logger.debug(line);
    return { today, skipped: false, dueTomorrow, overdue };
  }

  /**
   * The next batch of open, assigned tasks due tomorrow or before today whose assignee has not
   * had this reminder yet, in (due day, id) order after the last one taken, read through
   * task_due_idx (open tasks by due day): a task overdue for months is not handled again each run.
   */
  private dueTasks(today: string, tomorrow: string, after: { dueOn: string; id: string } | null): Promise<DueTask[]> {
    return this.txHost.tx.query(
      `SELECT task.id, task.title, task.due_on::text AS due_on, task.assignee_id, task.partnership_id, task.project_id, ${ONCE_KEY} AS once_key
       FROM task JOIN project ON project.id = task.project_id
       WHERE task.archived_at IS NULL AND task.status <> 'DONE' AND project.archived_at IS NULL
         AND task.assignee_id IS NOT NULL
         AND task.due_on <= $2::date AND task.due_on <> $1::date
         AND ($3::date IS NULL OR (task.due_on, task.id) > ($3::date, $4::uuid))
         AND ${notSentOnce('task.assignee_id', `(${ONCE_KEY})`)}
       ORDER BY task.due_on, task.id
       LIMIT $5`,
      [today, tomorrow, after?.dueOn ?? null, after?.id ?? null, DUE_REMINDERS_BATCH],
    );
  }
}

function reminder(task: DueTask, tomorrow: string): AddressedNotification {
  return {
    recipientId: task.assignee_id,
    notification: {
      kind: task.due_on === tomorrow ? NotificationKind.TASK_DUE_TOMORROW : NotificationKind.TASK_OVERDUE,
      partnershipId: task.partnership_id,
      actorId: null,
      subjectTitle: task.title,
      // Kept as data, in Polish as the task's title beside it is (as other task notices are).
      excerpt: `Termin: ${dayText(task.due_on).pl}`,
      projectId: task.project_id,
      taskId: task.id,
      onceKey: task.once_key,
    },
  };
}
