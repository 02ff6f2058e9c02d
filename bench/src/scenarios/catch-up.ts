import { wsClient } from '../client';
import type { ScenarioResult } from '../report';
import { ms, ratio, timed, until } from '../stats';
import type { ScenarioContext } from './context';

const CHANGES = `subscription Changes($project: UUID!, $after: Int) { projectTaskChanges(projectId: $project, afterSeq: $after) { seq action subjectId changes } }`;
const UPDATE = `mutation Update($i: UpdateTaskInput!) { updateTask(input: $i) { version } }`;

/** A tab that was asleep resumes a project's stream from seq 0 and becomes live again. */
export async function catchUp(context: ScenarioContext): Promise<ScenarioResult> {
  const { coordinator, pool, data } = context;
  const failures: string[] = [];
  const projectId = data.streamProjectId;
  const missed = Number(
    (await pool.query(`SELECT count(*) AS n FROM stream_event WHERE stream_id = $1 AND scope_id = $2 AND topic = 'task'`, [data.board.partnershipId, projectId])).rows[0].n,
  );
  const client = await wsClient(coordinator.url, coordinator.accessToken);
  const seqs: number[] = [];
  let caughtUpAt = 0;
  let liveAt = 0;
  const started = performance.now();
  client.subscribe<{ projectTaskChanges: { seq: number } }>(
    { query: CHANGES, variables: { project: projectId, after: 0 } },
    {
      next: ({ data: event }) => {
        if (!event) return;
        seqs.push(event.projectTaskChanges.seq);
        if (seqs.length === missed) caughtUpAt = performance.now();
        if (seqs.length === missed + 1) liveAt = performance.now();
      },
      error: (error) => failures.push(`catch-up: ${JSON.stringify(error)}`),
      complete: () => undefined,
    },
  );
  await until(() => caughtUpAt > 0, 120_000);
  const catchUpMs = caughtUpAt ? caughtUpAt - started : NaN;

  const task = (await pool.query<{ id: string; version: number }>(`SELECT id, version FROM task WHERE project_id = $1 ORDER BY id LIMIT 1`, [projectId])).rows[0];
  const sent = performance.now();
  await coordinator.data(UPDATE, { i: { id: task.id, expectedVersion: task.version, title: 'Po powrocie do sieci' } });
  await until(() => liveAt > 0, 10_000, 2);
  const liveMs = liveAt ? liveAt - sent : NaN;
  await client.dispose();

  // The floor: the same events read straight from the table, without delivering them.
  const read = await timed(() =>
    pool.query(`SELECT seq, action, subject_id, changes FROM stream_event WHERE stream_id = $1 AND scope_id = $2 AND topic = 'task' ORDER BY seq`, [data.board.partnershipId, projectId]),
  );

  const inOrder = seqs.every((seq, i) => i === 0 || seq > seqs[i - 1]) && new Set(seqs).size === seqs.length;
  if (seqs.length !== missed + 1 || !inOrder) failures.push(`catch-up: got ${seqs.length} events (expected ${missed + 1}), in order and once each: ${inOrder}`);
  const label = `catch-up (${missed.toLocaleString('en')} missed events)`;
  return {
    rows: [
      { scenario: label, measure: 'until caught up ms', value: ms(catchUpMs), baseline: ms(read.ms), ratio: ratio(catchUpMs, read.ms), target: '≤2000 ms', met: catchUpMs <= 2_000 },
      { scenario: label, measure: 'next live event ms', value: ms(liveMs) },
    ],
    figures: { missed, catchUpMs, liveMs, eventsPerSecond: missed / (catchUpMs / 1000), baselineReadMs: read.ms },
    failures,
  };
}
