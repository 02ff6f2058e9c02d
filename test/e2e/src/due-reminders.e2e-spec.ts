import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { type RunningApi, startApi } from '@wspolnie/testing-api-process';

/** Both processes look every second, on the same wall-clock seconds: their runs meet on purpose. */
const EVERY_SECOND = { DUE_REMINDERS_CRON: '* * * * * *' };
const TASKS = 60;

/** The Warsaw day an instant falls on, and the next one, as the API computes them. */
function warsawDays(): { today: string; tomorrow: string; yesterday: string } {
  const day = (offset: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date(Date.now() + offset * 86_400_000));
  return { today: day(0), tomorrow: day(1), yesterday: day(-1) };
}

async function until(condition: () => Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** What the processes said they sent, from their "due-date reminders for …: N sent" lines. */
const sentIn = (api: RunningApi) => [...api.output().matchAll(/due-date reminders for [\d-]+: (\d+) sent/g)].reduce((sum, match) => sum + Number(match[1]), 0);

describe('due-date reminders with two API processes on one database', () => {
  it('reach each assignee once per task, with exactly one event in their stream for each, however often both processes run the job', async () => {
    const first = await startApi({ DATA_DIR: mkdtempSync(join(tmpdir(), 'wspolnie-due-')), ...EVERY_SECOND });
    const port = /embedded PostgreSQL ready on 127\.0\.0\.1:(\d+)/.exec(first.output())?.[1];
    expect(port).toBeDefined();
    const url = `postgres://postgres:wspolnie-embedded@127.0.0.1:${port}/wspolnie`;
    const second = await startApi({ DATABASE_URL: url, ...EVERY_SECOND });
    const db = new Client({ connectionString: url });
    await db.connect();
    try {
      const { tomorrow, yesterday } = warsawDays();
      // The demo's open tasks of its officials, due tomorrow or overdue, many times over.
      const { rows: tasks } = await db.query(
        `INSERT INTO task (project_id, partnership_id, title, status, assignee_id, due_on, position)
         SELECT task.project_id, task.partnership_id, task.title || ' (' || n || ')', 'TODO', task.assignee_id,
                CASE WHEN n % 2 = 0 THEN $2::date ELSE $3::date END, 'z' || md5(task.id::text || n)
         FROM (SELECT * FROM task WHERE assignee_id IS NOT NULL ORDER BY id LIMIT 3) AS task, generate_series(1, $1::int / 3) AS n
         RETURNING id, assignee_id`,
        [TASKS, tomorrow, yesterday],
      );
      expect(tasks).toHaveLength(TASKS);
      const ids = tasks.map((task: { id: string }) => task.id);
      const reminders = async () =>
        (
          await db.query(
            `SELECT n.task_id, n.kind, n.recipient_id,
                    (SELECT count(*)::int FROM stream_event e WHERE e.stream_id = n.recipient_id AND e.topic = 'notification' AND e.subject_id = n.id) AS events
             FROM notification n WHERE n.task_id = ANY($1::uuid[])`,
            [ids],
          )
        ).rows as { task_id: string; kind: string; recipient_id: string; events: number }[];
      await until(async () => (await reminders()).length >= TASKS, `${TASKS} reminders`);
      // Several more runs of both processes find nothing new to send.
      await new Promise((resolve) => setTimeout(resolve, 4_000));

      const sent = await reminders();
      expect(sent).toHaveLength(TASKS);
      expect(new Set(sent.map((reminder) => reminder.task_id)).size).toBe(TASKS);
      expect(sent.filter((reminder) => reminder.kind === 'TASK_DUE_TOMORROW')).toHaveLength(TASKS / 2);
      expect(sent.every((reminder) => reminder.events === 1)).toBe(true);
      // Every assignee's stream: no event naming a notification that is not there, and no gap in its seqs.
      const { rows: streams } = await db.query(
        `SELECT stream_id, count(*)::int AS events, max(seq)::int AS last,
                count(*) FILTER (WHERE topic = 'notification' AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.id = subject_id AND n.seq = stream_event.seq))::int AS orphans
         FROM stream_event WHERE stream_id = ANY($1::uuid[]) GROUP BY stream_id`,
        [[...new Set(tasks.map((task: { assignee_id: string }) => task.assignee_id))]],
      );
      for (const stream of streams) expect(stream).toMatchObject({ orphans: 0, events: stream.last });
      // The processes' own account agrees: what they logged as sent is what was written (the demo had no due tasks).
      expect(sentIn(first) + sentIn(second)).toBe(TASKS);
    } finally {
      await db.end();
      await second.stop();
      await first.stop();
    }
  });
});
