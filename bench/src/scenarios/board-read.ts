import { isDeepStrictEqual } from 'node:util';
import type { ScenarioResult } from '../report';
import { distribution, ms, ratio, timed } from '../stats';
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

/** One partnership → 20 projects → their tasks → assignees, as the pipeline board loads it. */
export async function boardRead(context: ScenarioContext): Promise<ScenarioResult> {
  const { coordinator, pool, size, data } = context;
  const variables = { p: data.board.partnershipId };
  const failures: string[] = [];

  const first = await coordinator.gql<Board>(BOARD, variables);
  const expected = (await pool.query(BASELINE, [data.board.partnershipId])).rows[0].data;
  if (!isDeepStrictEqual(first.data, expected)) failures.push('board read: the API and the SQL baseline answered differently');
  const projects = first.data?.projects.edges.length ?? 0;
  const tasks = first.data?.projects.edges.reduce((sum, edge) => sum + edge.node.tasks.length, 0) ?? 0;

  // Warm both paths (JIT, plan caches, connection pools) before measuring.
  for (let i = 0; i < 10; i += 1) {
    await coordinator.gql(BOARD, variables);
    await pool.query(BASELINE, [data.board.partnershipId]);
  }
  const apiTimes: number[] = [];
  const baselineTimes: number[] = [];
  const statements = new Set<number | null>();
  // Interleaved, so both see the same machine state.
  for (let i = 0; i < size.boardReads; i += 1) {
    const api = await timed(() => coordinator.gql(BOARD, variables));
    apiTimes.push(api.ms);
    statements.add(api.value.statements);
    baselineTimes.push((await timed(() => pool.query(BASELINE, [data.board.partnershipId]))).ms);
  }
  const apiDist = distribution(apiTimes);
  const baseDist = distribution(baselineTimes);
  const statementCount = Math.max(...[...statements].map((n) => n ?? Infinity));
  if (statements.size !== 1) failures.push(`board read: statement count varied between requests (${[...statements].join(', ')})`);
  const label = `board read (${projects} projects, ${tasks} tasks)`;
  return {
    rows: [
      { scenario: label, measure: 'p50 ms', value: ms(apiDist.p50), baseline: ms(baseDist.p50), ratio: ratio(apiDist.p50, baseDist.p50), target: '≤1.5×', met: apiDist.p50 / baseDist.p50 <= 1.5 },
      { scenario: label, measure: 'p99 ms', value: ms(apiDist.p99), baseline: ms(baseDist.p99), ratio: ratio(apiDist.p99, baseDist.p99) },
      { scenario: label, measure: 'SQL statements / request', value: String(statementCount), baseline: '1', target: '≤10', met: statementCount <= 10 },
    ],
    figures: { api: apiDist, baseline: baseDist, statements: statementCount, projects, tasks },
    failures,
  };
}
