import { isDeepStrictEqual } from 'node:util';
import type { ScenarioResult } from '../report';
import { type Distribution, distribution, ms, percentiles, ratio, readsAt, timed } from '../stats';
import type { ScenarioContext } from './context';

const BOARD = `query Board($p: UUID!) {
  projects(partnershipId: $p, first: 20) {
    edges { node { id title stage totalCost tasks { id title status priority position dueOn version assignee { id displayName } } } }
  }
}`;

/** The same JSON as BOARD, built by PostgreSQL in one statement: the best a server could do. */
const BASELINE = `
WITH page AS (
  SELECT * FROM project WHERE partnership_id = $1 ORDER BY title COLLATE "pl-x-icu", id LIMIT 20
), node AS (
  SELECT p.title, p.id, json_build_object(
    'id', p.id, 'title', p.title, 'stage', p.stage, 'totalCost', p.total_cost::text,
    'tasks', coalesce((
      SELECT json_agg(json_build_object(
        'id', t.id, 'title', t.title, 'status', t.status, 'priority', t.priority, 'position', t.position,
        'dueOn', t.due_on::text, 'version', t.version,
        'assignee', CASE WHEN a.id IS NULL THEN NULL ELSE json_build_object('id', a.id, 'displayName', a.display_name) END
      ) ORDER BY t.status, t.position)
      FROM task t LEFT JOIN user_account a ON a.id = t.assignee_id WHERE t.project_id = p.id), '[]'::json)
  ) AS node
  FROM page p
)
SELECT json_build_object('projects', json_build_object('edges',
  coalesce(json_agg(json_build_object('node', node.node) ORDER BY node.title COLLATE "pl-x-icu", node.id), '[]'::json))) AS data
FROM node`;

interface Board {
  projects: { edges: { node: { id: string; tasks: unknown[] } }[] };
}

interface BoardPoint {
  readonly api: Distribution;
  readonly baseline: Distribution;
  readonly statements: number;
  readonly projects: number;
  readonly tasks: number;
}

/** One partnership's board, read `reads` times through the API and through the baseline, interleaved. */
async function measureBoard(context: ScenarioContext, partnershipId: string, reads: number, failures: string[]): Promise<BoardPoint> {
  const { coordinator, pool } = context;
  const variables = { p: partnershipId };
  const first = await coordinator.gql<Board>(BOARD, variables);
  const expected = (await pool.query(BASELINE, [partnershipId])).rows[0].data;
  const projects = first.data?.projects.edges.length ?? 0;
  const tasks = first.data?.projects.edges.reduce((sum, edge) => sum + edge.node.tasks.length, 0) ?? 0;
  if (!isDeepStrictEqual(first.data, expected)) failures.push(`board read (${tasks} tasks): the API and the SQL baseline answered differently`);

  // Warm both paths (JIT, plan caches, connection pools) before measuring.
  for (let i = 0; i < 10; i += 1) {
    await coordinator.gql(BOARD, variables);
    await pool.query(BASELINE, [partnershipId]);
  }
  const apiTimes: number[] = [];
  const baselineTimes: number[] = [];
  const statements = new Set<number | null>();
  // Interleaved, so both see the same machine state.
  for (let i = 0; i < reads; i += 1) {
    const api = await timed(() => coordinator.gql(BOARD, variables));
    apiTimes.push(api.ms);
    statements.add(api.value.statements);
    baselineTimes.push((await timed(() => pool.query(BASELINE, [partnershipId]))).ms);
  }
  if (statements.size !== 1) failures.push(`board read (${tasks} tasks): statement count varied between requests (${[...statements].join(', ')})`);
  return { api: distribution(apiTimes), baseline: distribution(baselineTimes), statements: Math.max(...[...statements].map((n) => n ?? Infinity)), projects, tasks };
}

/**
 * One partnership → 20 projects → their tasks → assignees, as the pipeline board loads it; and
 * the same page of partnerships whose projects hold fewer and more tasks, for the curve. The
 * statement count must not grow with the tasks.
 */
export async function boardRead(context: ScenarioContext): Promise<ScenarioResult> {
  const { size, data } = context;
  const failures: string[] = [];
  const points = new Map<number, BoardPoint>();
  for (const { tasksPerProject, partnershipId } of data.curves.boards) {
    points.set(tasksPerProject, await measureBoard(context, partnershipId, readsAt(size.boardReads, tasksPerProject, size.tasksPerProject), failures));
  }
  const single = points.get(size.tasksPerProject);
  if (!single) throw new Error('the board curve lacks the board partnership');
  const counts = new Set([...points.values()].map((point) => point.statements));
  if (counts.size !== 1) failures.push(`board read: the statement count grows with the tasks (${[...points.values()].map((point) => `${point.statements} for ${point.tasks}`).join(', ')})`);
  const { api: apiDist, baseline: baseDist, statements: statementCount, projects, tasks } = single;
  const label = `board read (${projects} projects, ${tasks} tasks)`;
  return {
    rows: [
      { scenario: label, measure: 'p50 ms', value: ms(apiDist.p50), baseline: ms(baseDist.p50), ratio: ratio(apiDist.p50, baseDist.p50), target: '≤1.5×', met: apiDist.p50 / baseDist.p50 <= 1.5 },
      { scenario: label, measure: 'p99 ms', value: ms(apiDist.p99), baseline: ms(baseDist.p99), ratio: ratio(apiDist.p99, baseDist.p99) },
      { scenario: label, measure: 'SQL statements / request', value: String(statementCount), baseline: '1', target: '≤10', met: statementCount <= 10 },
    ],
    figures: { api: apiDist, baseline: baseDist, statements: statementCount, projects, tasks },
    failures,
    series: [
      {
        id: 'board-read',
        title: `Board read: ${projects} projects with their tasks and assignees`,
        work: 'tasks on the page',
        unit: 'ms',
        baseline: 'one SQL statement building the JSON',
        stats: ['p50', 'p99'],
        points: [...points.values()].map((point) => ({
          work: point.tasks,
          api: percentiles(point.api),
          baseline: percentiles(point.baseline),
          details: { statements: point.statements, reads: point.api.n },
        })),
      },
    ],
  };
}
