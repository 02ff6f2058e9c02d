import { isDeepStrictEqual } from 'node:util';
import type { ScenarioResult } from '../report';
import { type Distribution, distribution, ms, percentiles, ratio, readsAt, timed } from '../stats';
import type { ScenarioContext } from './context';

const PLAN = `query Plan($id: UUID!) {
  plan(id: $id) {
    id title status
    currentRevision {
      number
      sections {
        key heading body
        threads {
          id status anchor decisionNote quote { text } startedBy { displayName }
          comments { id body inReplyToId author { displayName } }
        }
      }
    }
  }
}`;

/**
 * The same JSON as PLAN, built by PostgreSQL in one statement: the best a server could do. The
 * plan's comments are aggregated per thread in one pass (faster here than a subquery per
 * thread: 20 against 29 ms at 2,000 comments), then the current revision's threads per section.
 */
const BASELINE = `
WITH current_revision AS (
  SELECT r.id, r.number FROM plan p JOIN plan_revision r ON r.plan_id = p.id AND r.number = p.revision_count WHERE p.id = $1
), thread_comments AS (
  SELECT c.subject_id AS thread_id, json_agg(json_build_object(
    'id', c.id, 'body', CASE WHEN c.deleted_at IS NULL THEN c.body END, 'inReplyToId', c.in_reply_to_id,
    'author', CASE WHEN a.id IS NULL THEN NULL ELSE json_build_object('displayName', a.display_name) END
  ) ORDER BY c.seq) AS comments
  FROM comment c LEFT JOIN user_account a ON a.id = c.author_id WHERE c.subject_kind = 'PLAN_THREAD' AND c.scope_id = $1 GROUP BY c.subject_id
), section_threads AS (
  SELECT t.section_key, json_agg(json_build_object(
    'id', t.id, 'status', t.status, 'anchor', t.anchor, 'decisionNote', t.decision_note,
    'quote', CASE WHEN t.quote IS NULL THEN NULL ELSE json_build_object('text', t.quote) END,
    'startedBy', CASE WHEN starter.id IS NULL THEN NULL ELSE json_build_object('displayName', starter.display_name) END,
    'comments', coalesce(tc.comments, '[]'::json)
  ) ORDER BY t.seq) AS threads
  FROM plan_thread t JOIN current_revision cr ON cr.id = t.revision_id
  LEFT JOIN user_account starter ON starter.id = t.started_by LEFT JOIN thread_comments tc ON tc.thread_id = t.id
  GROUP BY t.section_key
)
SELECT json_build_object('plan', json_build_object('id', p.id, 'title', p.title, 'status', p.status, 'currentRevision', (
  SELECT json_build_object('number', cr.number, 'sections', coalesce((
    SELECT json_agg(json_build_object('key', s.key, 'heading', s.heading, 'body', s.body, 'threads', coalesce(st.threads, '[]'::json)) ORDER BY s.position)
    FROM plan_section s LEFT JOIN section_threads st ON st.section_key = s.key WHERE s.revision_id = cr.id), '[]'::json))
  FROM current_revision cr))) AS data
FROM plan p WHERE p.id = $1`;

interface PlanAnswer {
  plan: { currentRevision: { sections: { threads: { comments: unknown[] }[] }[] } | null };
}

/** What an answer holds, for the label and to tell a plan of a few comments from the measured one. */
function shape(answer: PlanAnswer | undefined): { sections: number; threads: number; comments: number } {
  const sections = answer?.plan.currentRevision?.sections ?? [];
  const threads = sections.flatMap((section) => section.threads);
  return { sections: sections.length, threads: threads.length, comments: threads.reduce((sum, thread) => sum + thread.comments.length, 0) };
}

interface PlanPoint {
  readonly api: Distribution;
  readonly baseline: Distribution;
  readonly statements: number;
  readonly shape: { sections: number; threads: number; comments: number };
}

/** One plan read `reads` times through the API and through the baseline, interleaved, after checking they answer the same. */
async function measurePlan(context: ScenarioContext, id: string, comments: number, reads: number, failures: string[]): Promise<PlanPoint> {
  const { coordinator, pool } = context;
  const first = await coordinator.gql<PlanAnswer>(PLAN, { id });
  const expected = (await pool.query(BASELINE, [id])).rows[0].data;
  if (!isDeepStrictEqual(first.data, expected))
    failures.push(`plan read (${comments} comments): the API and the SQL baseline answered differently${first.errors ? `: ${JSON.stringify(first.errors)}` : ''}`);
  const read = shape(first.data);
  if (read.comments !== comments) failures.push(`plan read: expected ${comments} comments beside the sections, the API answered ${read.comments}`);

  // Warm both paths (JIT, plan caches, connection pools) before measuring.
  for (let i = 0; i < 10; i += 1) {
    await coordinator.gql(PLAN, { id });
    await pool.query(BASELINE, [id]);
  }
  const apiTimes: number[] = [];
  const baselineTimes: number[] = [];
  const statements = new Set<number | null>();
  // Interleaved, so both see the same machine state.
  for (let i = 0; i < reads; i += 1) {
    const api = await timed(() => coordinator.gql(PLAN, { id }));
    apiTimes.push(api.ms);
    statements.add(api.value.statements);
    baselineTimes.push((await timed(() => pool.query(BASELINE, [id]))).ms);
  }
  if (statements.size !== 1) failures.push(`plan read (${comments} comments): statement count varied between requests (${[...statements].join(', ')})`);
  return { api: distribution(apiTimes), baseline: distribution(baselineTimes), statements: Math.max(...[...statements].map((n) => n ?? Infinity)), shape: read };
}

/**
 * A plan in consultation as its page loads it: the current revision's sections, the threads
 * beside each, their comments and who wrote them, read by the partnership's coordinator; and
 * plans of fewer and more comments for the curve. The same read of a plan with five comments
 * must take no fewer statements: a count that grows with the plan means some field is loaded
 * once per parent (an N+1), a fault rather than slowness.
 */
export async function planRead(context: ScenarioContext): Promise<ScenarioResult> {
  const { coordinator, pool, size, data } = context;
  const failures: string[] = [];

  const small = await coordinator.gql<PlanAnswer>(PLAN, { id: data.plans.smallId });
  const smallShape = shape(small.data);
  if (!isDeepStrictEqual(small.data, (await pool.query(BASELINE, [data.plans.smallId])).rows[0].data)) failures.push('plan read: the API and the SQL baseline answered differently for the small plan');
  const smallCount = small.statements ?? Infinity;

  const points: PlanPoint[] = [];
  for (const { comments, id } of data.plans.curve) points.push(await measurePlan(context, id, comments, readsAt(size.planReads, comments, size.planComments), failures));
  const single = points.find((point) => point.shape.comments === size.planComments);
  if (!single) throw new Error('the plan curve lacks the read plan');
  // Fewer is fine: people are looked up once per request, so when every comment's author also
  // started a thread (as in a big consultation), the authors need no statement of their own.
  for (const { statements, shape: read } of points.filter((point) => point.statements > smallCount)) {
    failures.push(
      `plan read: ${statements} SQL statements for ${read.comments} comments in ${read.threads} threads, ${smallCount} for ${smallShape.comments} in ${smallShape.threads}: some field is loaded per parent`,
    );
  }
  const { api: apiDist, baseline: baseDist, statements: statementCount, shape: read } = single;
  const label = `plan read (${read.sections} sections, ${read.threads.toLocaleString('en')} threads, ${read.comments.toLocaleString('en')} comments)`;
  return {
    rows: [
      { scenario: label, measure: 'p50 ms', value: ms(apiDist.p50), baseline: ms(baseDist.p50), ratio: ratio(apiDist.p50, baseDist.p50) },
      { scenario: label, measure: 'p99 ms', value: ms(apiDist.p99), baseline: ms(baseDist.p99), ratio: ratio(apiDist.p99, baseDist.p99) },
      {
        scenario: label,
        measure: 'SQL statements / request',
        value: String(statementCount),
        baseline: '1',
        target: `≤${smallCount} (${smallShape.comments} comments)`,
        met: statementCount <= smallCount,
      },
    ],
    figures: { api: apiDist, baseline: baseDist, statements: statementCount, smallPlanStatements: smallCount, ...read, smallPlan: smallShape },
    failures,
    series: [
      {
        id: 'plan-read',
        title: `Plan read: ${read.sections} sections with their threads, comments and authors`,
        work: 'comments',
        unit: 'ms',
        baseline: 'one SQL statement building the JSON',
        stats: ['p50', 'p99'],
        points: points.map((point) => ({
          work: point.shape.comments,
          api: percentiles(point.api),
          baseline: percentiles(point.baseline),
          details: { threads: point.shape.threads, statements: point.statements, reads: point.api.n },
        })),
      },
    ],
  };
}
