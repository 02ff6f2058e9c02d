import { wsClient } from '../client';
import type { ScenarioResult } from '../report';
import { ms, ratio, timed, until } from '../stats';
import type { ScenarioContext } from './context';

const CHANGES = `subscription Changes($project: UUID!, $after: Int) { projectTaskChanges(projectId: $project, afterSeq: $after) { seq action subjectId changes } }`;
const UPDATE = `mutation Update($i: UpdateTaskInput!) { updateTask(input: $i) { version } }`;

interface CatchUpPoint {
  readonly missed: number;
  readonly catchUpMs: number;
  readonly liveMs: number;
  readonly baselineReadMs: number;
}

/** A tab that was asleep resumes a project's stream from seq 0 and becomes live again (unless it only warms the paths: then the stream gains no event). */
async function catchUpOnce(context: ScenarioContext, streamId: string, projectId: string, failures: string[], warmUp = false): Promise<CatchUpPoint> {
  const { coordinator, pool } = context;
  const missed = Number((await pool.query(`SELECT count(*) AS n FROM stream_event WHERE stream_id = $1 AND scope_id = $2 AND topic = 'task'`, [streamId, projectId])).rows[0].n);
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
  if (warmUp) {
    await client.dispose();
    if (!caughtUpAt) failures.push(`catch-up (${missed} missed, warming up): got ${seqs.length} events`);
    return { missed, catchUpMs, liveMs: NaN, baselineReadMs: NaN };
  }

  const task = (await pool.query<{ id: string; version: number }>(`SELECT id, version FROM task WHERE project_id = $1 ORDER BY id LIMIT 1`, [projectId])).rows[0];
  const sent = performance.now();
  await coordinator.data(UPDATE, { i: { id: task.id, expectedVersion: task.version, title: 'Po powrocie do sieci' } });
  await until(() => liveAt > 0, 10_000, 2);
  const liveMs = liveAt ? liveAt - sent : NaN;
  await client.dispose();

  // The floor: the same events read straight from the table, without delivering them.
  const read = await timed(() => pool.query(`SELECT seq, action, subject_id, changes FROM stream_event WHERE stream_id = $1 AND scope_id = $2 AND topic = 'task' ORDER BY seq`, [streamId, projectId]));

  const inOrder = seqs.every((seq, i) => i === 0 || seq > seqs[i - 1]) && new Set(seqs).size === seqs.length;
  if (seqs.length !== missed + 1 || !inOrder) failures.push(`catch-up (${missed} missed): got ${seqs.length} events (expected ${missed + 1}), in order and once each: ${inOrder}`);
  return { missed, catchUpMs, liveMs, baselineReadMs: read.ms };
}

/** Catch-up through the board project's stream, and through shorter and longer ones of their own partnerships for the curve. */
export async function catchUp(context: ScenarioContext): Promise<ScenarioResult> {
  const { data, size } = context;
  const failures: string[] = [];
  const points = new Map<number, CatchUpPoint>();
  // Once through the shortest stream first, unmeasured: the first subscription of the run pays for warming the paths, which would bend the curve.
  const [shortest] = data.curves.streams;
  await catchUpOnce(context, shortest.partnershipId, shortest.projectId, failures, true);
  for (const stream of data.curves.streams) points.set(stream.events, await catchUpOnce(context, stream.partnershipId, stream.projectId, failures));
  const single = points.get(size.missedEvents);
  if (!single) throw new Error('the catch-up curve lacks the board project');
  const { missed, catchUpMs, liveMs, baselineReadMs } = single;
  const label = `catch-up (${missed.toLocaleString('en')} missed events)`;
  return {
    rows: [
      { scenario: label, measure: 'until caught up ms', value: ms(catchUpMs), baseline: ms(baselineReadMs), ratio: ratio(catchUpMs, baselineReadMs), target: '≤2000 ms', met: catchUpMs <= 2_000 },
      { scenario: label, measure: 'next live event ms', value: ms(liveMs) },
    ],
    figures: { missed, catchUpMs, liveMs, eventsPerSecond: missed / (catchUpMs / 1000), baselineReadMs },
    failures,
    series: [
      {
        id: 'catch-up',
        title: "Catch-up: a subscriber resumes a project's stream from its start",
        work: 'missed events',
        unit: 'ms',
        baseline: 'reading the events from the table',
        stats: ['until caught up'],
        points: [...points.values()].map((point) => ({
          work: point.missed,
          api: { 'until caught up': point.catchUpMs },
          baseline: { 'until caught up': point.baselineReadMs },
          details: { nextLiveEventMs: point.liveMs, eventsPerSecond: point.missed / (point.catchUpMs / 1000) },
        })),
      },
    ],
  };
}
