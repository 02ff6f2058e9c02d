import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { AppConfig } from '@wspolnie/platform-config';
import { CronJob } from 'cron';
import { DueReminders } from './due-reminders';

export const DUE_REMINDERS_JOB = 'due-reminders';
/** The first run after start: soon, but after the start's own work (migrations, seeding). */
const FIRST_RUN_MS = 5_000;

/**
 * Runs the due-date reminders on DUE_REMINDERS_CRON (Warsaw time) in every API process, and
 * once soon after start. Safety with several processes is the database's (DueReminders), so
 * the schedule needs no leader: each process may run it, and at most one does the work at a time.
 */
@Injectable()
export class DueRemindersSchedule implements BeforeApplicationShutdown {
  private readonly logger = new Logger('DueReminders');
  private first?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly reminders: DueReminders,
    private readonly registry: SchedulerRegistry,
    private readonly config: AppConfig,
  ) {}

  /** Starts the schedule (the API calls it once it serves requests; tests call the job directly). */
  start(): void {
    if (!this.config.dueReminders.enabled || this.registry.doesExist('cron', DUE_REMINDERS_JOB)) return;
    // waitForCompletion: a run that outlasts the interval is never overlapped by the next tick.
    const job = CronJob.from({ cronTime: this.config.dueReminders.cron, onTick: () => this.tick(), timeZone: 'Europe/Warsaw', unrefTimeout: true, waitForCompletion: true });
    this.registry.addCronJob(DUE_REMINDERS_JOB, job);
    job.start();
    this.first = setTimeout(() => void this.tick(), FIRST_RUN_MS);
    this.first.unref();
  }

  /** Before the database pool closes: a run under way finishes (its batch commits or rolls back). */
  beforeApplicationShutdown(): Promise<void> | undefined {
    clearTimeout(this.first);
    if (this.registry.doesExist('cron', DUE_REMINDERS_JOB)) this.registry.deleteCronJob(DUE_REMINDERS_JOB);
    return this.running;
  }

  /** One run at a time in this process; a failed run is logged and the next tick tries again. */
  private tick(): Promise<void> {
    this.running ??= this.reminders
      .run()
      .then(
        () => undefined,
        (error: Error) => this.logger.warn(`due-date reminders failed: ${error.message}`),
      )
      .finally(() => (this.running = undefined));
    return this.running;
  }
}
