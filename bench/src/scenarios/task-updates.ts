import type { Pool } from 'pg';
import type { HttpClient } from '../client';
import type { ScenarioResult } from '../report';
import { type Distribution, distribution, ms, percentiles, ratio, timed } from '../stats';
import type { ScenarioContext } from './context';

const UPDATE = `mutation Update($i: UpdateTaskInput!) { updateTask(input: $i) { id version title } }`;

/** What updateTask must do at the least: the versioned UPDATE and its event, in one transaction. */
export async function baselineUpdate(pool: Pool, id: string, version: number, title: string): Promise<number> {
  const db = await pool.connect();
  try {
    await db.query('BEGIN');
    const updated = await db.query(`UPDATE task SET title = $2, version = version + 1, updated_at = now() WHERE id = $1 AND version = $3 RETURNING version, partnership_id, project_id`, [
      id,
      title,
      version,
    ]);
    if (updated.rowCount !== 1) throw new Error('baseline update lost its version');
    const { partnership_id: streamId, project_id: projectId } = updated.rows[0];
    // The event and its wake-up in one statement, as the product's EventLog writes them.
    await db.query(
      `WITH head AS (
         INSERT INTO event_stream (stream_id, last_seq) VALUES ($1, 1)
         ON CONFLICT (stream_id) DO UPDATE SET last_seq = event_stream.last_seq + 1 RETURNING last_seq),
       saved AS (
         INSERT INTO stream_event (stream_id, seq, topic, subject_id, scope_id, action, changes)
         SELECT $1, last_seq, 'task', $2, $3, 'task.updated', $4 FROM head RETURNING seq)
       SELECT pg_notify('wspolnie_events', $1 || ':' || seq) FROM saved`,
      [streamId, id, projectId, JSON.stringify({ title: { after: title } })],
    );
    await db.query('COMMIT');
    return updated.rows[0].version;
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  } finally {
    db.release();
  }
}

async function runWriters(writers: number, rounds: number, update: (writer: number, round: number) => Promise<void>): Promise<{ seconds: number; latencies: number[] }> {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      for (let round = 0; round < rounds; round += 1) latencies.push((await timed(() => update(writer, round))).ms);
    }),
  );
  return { seconds: (performance.now() - started) / 1000, latencies };
}

interface UpdatesPoint {
  readonly writers: number;
  readonly updates: number;
  readonly apiPerSecond: number;
  readonly baselinePerSecond: number;
  readonly api: Distribution;
  readonly baseline: Distribution;
  readonly statements: (number | null)[];
}

/** `writers` people each editing their own task, with versions, `total` updates among them; the same through the baseline. */
async function measureWriters(context: ScenarioContext, writers: number, total: number, failures: string[]): Promise<UpdatesPoint> {
  const { coordinator, pool, data } = context;
  const { rows } = await pool.query<{ id: string; version: number }>(`SELECT id, version FROM task WHERE partnership_id = $1 AND project_id <> $2 ORDER BY id LIMIT $3`, [
    data.board.partnershipId,
    data.streamProjectId,
    writers * 2,
  ]);
  if (rows.length < writers * 2) throw new Error('not enough tasks for the writers');
  const apiTasks = rows.slice(0, writers).map((row) => ({ ...row }));
  const baselineTasks = rows.slice(writers).map((row) => ({ ...row }));
  const rounds = Math.ceil(total / writers);
  let conflicts = 0;
  const statements = new Set<number | null>();

  const writer = (client: HttpClient) => async (index: number, round: number) => {
    const task = apiTasks[index];
    const answer = await client.gql<{ updateTask: { version: number } }>(UPDATE, { i: { id: task.id, expectedVersion: task.version, title: `Zadanie – poprawka ${round + 1} (żółw)` } });
    if (!answer.data) {
      conflicts += 1;
      throw new Error(`update failed: ${JSON.stringify(answer.errors)}`);
    }
    task.version = answer.data.updateTask.version;
    statements.add(answer.statements);
  };
  // One warm-up round each, outside the measurement.
  await runWriters(writers, 1, writer(coordinator));
  await runWriters(writers, 1, async (index, round) => {
    const task = baselineTasks[index];
    task.version = await baselineUpdate(pool, task.id, task.version, `Baseline ${round}`);
  });

  const api = await runWriters(writers, rounds, writer(coordinator));
  const baseline = await runWriters(writers, rounds, async (index, round) => {
    const task = baselineTasks[index];
    task.version = await baselineUpdate(pool, task.id, task.version, `Zadanie – poprawka ${round + 1} (żółw)`);
  });
  if (conflicts > 0) failures.push(`task updates (${writers} writers): ${conflicts} updates of distinct tasks failed`);
  const stored = await pool.query<{ id: string; version: number }>(`SELECT id, version FROM task WHERE id = ANY($1::uuid[])`, [apiTasks.map((task) => task.id)]);
  const answered = new Map(apiTasks.map((task) => [task.id, task.version]));
  if (stored.rows.some((row) => row.version !== answered.get(row.id))) failures.push(`task updates (${writers} writers): a version in the database differs from what the API answered`);
  const updates = writers * rounds;
  return {
    writers,
    updates,
    apiPerSecond: updates / api.seconds,
    baselinePerSecond: updates / baseline.seconds,
    api: distribution(api.latencies),
    baseline: distribution(baseline.latencies),
    statements: [...statements],
  };
}

/**
 * Concurrent people each editing their own task, with versions, as on a busy morning; for the
 * curve, from one writer to many, each point making as many updates as the single point.
 */
export async function taskUpdates(context: ScenarioContext): Promise<ScenarioResult> {
  const { size } = context;
  const failures: string[] = [];
  const total = size.writers * size.updatesPerWriter;
  const points: UpdatesPoint[] = [];
  for (const writers of size.curves.writers) points.push(await measureWriters(context, writers, total, failures));
  const single = points.find((point) => point.writers === size.writers);
  if (!single) throw new Error('the updates curve lacks the single point');
  const { apiPerSecond: apiRate, baselinePerSecond: baseRate, api: apiDist, baseline: baseDist, statements } = single;
  const label = `task updates (${size.writers} writers)`;
  const curve = { work: 'writers', baseline: 'the versioned UPDATE and its event in one transaction' };
  return {
    rows: [
      { scenario: label, measure: 'updates/s', value: apiRate.toFixed(0), baseline: baseRate.toFixed(0), ratio: ratio(baseRate, apiRate) + ' slower' },
      { scenario: label, measure: 'p50 ms', value: ms(apiDist.p50), baseline: ms(baseDist.p50), ratio: ratio(apiDist.p50, baseDist.p50) },
      { scenario: label, measure: 'p99 ms', value: ms(apiDist.p99), baseline: ms(baseDist.p99), ratio: ratio(apiDist.p99, baseDist.p99) },
      // The baseline: BEGIN, the versioned UPDATE, the event with its NOTIFY, COMMIT.
      { scenario: label, measure: 'SQL statements / update', value: statements.join(', '), baseline: '4' },
    ],
    figures: { statements, updates: single.updates, apiPerSecond: apiRate, baselinePerSecond: baseRate, api: apiDist, baseline: baseDist },
    failures,
    series: [
      {
        id: 'updates-latency',
        title: 'Task updates: latency, each writer editing their own task',
        unit: 'ms',
        stats: ['p50', 'p99'],
        ...curve,
        points: points.map((point) => ({ work: point.writers, api: percentiles(point.api), baseline: percentiles(point.baseline), details: { updates: point.updates } })),
      },
      {
        id: 'updates-throughput',
        title: 'Task updates: throughput, each writer editing their own task',
        unit: 'updates/s',
        stats: ['throughput'],
        ...curve,
        points: points.map((point) => ({ work: point.writers, api: { throughput: point.apiPerSecond }, baseline: { throughput: point.baselinePerSecond }, details: { updates: point.updates } })),
      },
    ],
  };
}
