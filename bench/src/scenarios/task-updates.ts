import type { Pool } from 'pg';
import type { HttpClient } from '../client';
import type { ScenarioResult } from '../report';
import { distribution, ms, ratio, timed } from '../stats';
import type { ScenarioContext } from './context';

const UPDATE = `mutation Update($i: UpdateTaskInput!) { updateTask(input: $i) { id version title } }`;

/** What updateTask must do at the least: the versioned UPDATE and its event, in one transaction. */
export async function baselineUpdate(pool: Pool, id: string, version: number, title: string): Promise<number> {
  const db = await pool.connect();
  try {
    await db.query('BEGIN');
    const updated = await db.query(
      `UPDATE task SET title = $2, version = version + 1, updated_at = now() WHERE id = $1 AND version = $3 RETURNING version, partnership_id, project_id`,
      [id, title, version],
    );
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

/** Concurrent people each editing their own task, with versions, as on a busy morning. */
export async function taskUpdates(context: ScenarioContext): Promise<ScenarioResult> {
  const { coordinator, pool, size, data } = context;
  const failures: string[] = [];
  const { rows } = await pool.query<{ id: string; version: number }>(
    `SELECT id, version FROM task WHERE partnership_id = $1 AND project_id <> $2 ORDER BY id LIMIT $3`,
    [data.board.partnershipId, data.streamProjectId, size.writers * 2],
  );
  if (rows.length < size.writers * 2) throw new Error('not enough tasks for the writers');
  const apiTasks = rows.slice(0, size.writers).map((row) => ({ ...row }));
  const baselineTasks = rows.slice(size.writers).map((row) => ({ ...row }));
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
  await runWriters(size.writers, 1, writer(coordinator));
  await runWriters(size.writers, 1, async (index, round) => {
    const task = baselineTasks[index];
    task.version = await baselineUpdate(pool, task.id, task.version, `Baseline ${round}`);
  });

  const api = await runWriters(size.writers, size.updatesPerWriter, writer(coordinator));
  const baseline = await runWriters(size.writers, size.updatesPerWriter, async (index, round) => {
    const task = baselineTasks[index];
    task.version = await baselineUpdate(pool, task.id, task.version, `Zadanie – poprawka ${round + 1} (żółw)`);
  });
  if (conflicts > 0) failures.push(`task updates: ${conflicts} updates of distinct tasks failed`);
  const stored = await pool.query<{ id: string; version: number }>(`SELECT id, version FROM task WHERE id = ANY($1::uuid[])`, [apiTasks.map((task) => task.id)]);
  const answered = new Map(apiTasks.map((task) => [task.id, task.version]));
  if (stored.rows.some((row) => row.version !== answered.get(row.id))) failures.push('task updates: a version in the database differs from what the API answered');

  const total = size.writers * size.updatesPerWriter;
  const apiRate = total / api.seconds;
  const baseRate = total / baseline.seconds;
  const apiDist = distribution(api.latencies);
  const baseDist = distribution(baseline.latencies);
  const label = `task updates (${size.writers} writers)`;
  return {
    rows: [
      { scenario: label, measure: 'updates/s', value: apiRate.toFixed(0), baseline: baseRate.toFixed(0), ratio: ratio(baseRate, apiRate) + ' slower' },
      { scenario: label, measure: 'p50 ms', value: ms(apiDist.p50), baseline: ms(baseDist.p50), ratio: ratio(apiDist.p50, baseDist.p50) },
      { scenario: label, measure: 'p99 ms', value: ms(apiDist.p99), baseline: ms(baseDist.p99), ratio: ratio(apiDist.p99, baseDist.p99) },
      // The baseline: BEGIN, the versioned UPDATE, the event with its NOTIFY, COMMIT.
      { scenario: label, measure: 'SQL statements / update', value: [...statements].join(', '), baseline: '4' },
    ],
    figures: { statements: [...statements], updates: total, apiPerSecond: apiRate, baselinePerSecond: baseRate, api: apiDist, baseline: baseDist },
    failures,
  };
}
