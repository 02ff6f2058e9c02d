import { isDeepStrictEqual } from 'node:util';
import { BENCH_PASSWORD } from '../generate';
import type { ScenarioResult } from '../report';
import { distribution, ms, ratio, timed } from '../stats';
import type { ScenarioContext } from './context';

const MY_WORK = `query MyWork {
  myWork {
    taskCounts { open dueThisWeek overdue }
    tasks(first: 20) { edges { node { id title status priority dueOn project { id title } } } }
    projectCount
    projects(first: 20) { edges { node { id title stage } } }
  }
}`;

/** The same JSON as MY_WORK, built by PostgreSQL in one statement: the best a server could do. */
const BASELINE = `
WITH week AS (
  SELECT $1::uuid AS me, today, today + (7 - extract(isodow FROM today)::int) % 7 AS sunday
  FROM (SELECT (now() AT TIME ZONE 'Europe/Warsaw')::date AS today) t
), mine AS (
  SELECT t.id, t.title, t.status, t.priority, t.due_on, p.id AS project_id, p.title AS project_title
  FROM task t JOIN project p ON p.id = t.project_id CROSS JOIN week
  WHERE t.assignee_id = week.me AND t.archived_at IS NULL AND t.status <> 'DONE' AND p.archived_at IS NULL
    AND EXISTS (SELECT 1 FROM partnership_access a WHERE a.user_id = week.me AND a.partnership_id = t.partnership_id)
), page AS (
  SELECT * FROM mine ORDER BY coalesce(due_on, DATE '9999-12-31'), id LIMIT 20
), projects AS (
  SELECT p.id, p.title, p.stage FROM project p
  WHERE p.archived_at IS NULL AND EXISTS (
    SELECT 1 FROM partnership_access a JOIN project_participant pp ON pp.partnership_id = a.partnership_id AND pp.gmina_id = a.gmina_id
    WHERE a.user_id = $1 AND pp.project_id = p.id)
), project_page AS (
  SELECT * FROM projects ORDER BY title COLLATE "pl-x-icu", id LIMIT 20
)
SELECT json_build_object('myWork', json_build_object(
  'taskCounts', (SELECT json_build_object('open', count(*)::int,
                   'dueThisWeek', (count(*) FILTER (WHERE due_on BETWEEN week.today AND week.sunday))::int,
                   'overdue', (count(*) FILTER (WHERE due_on < week.today))::int) FROM mine CROSS JOIN week),
  'tasks', json_build_object('edges', coalesce((SELECT json_agg(json_build_object('node', json_build_object(
             'id', id, 'title', title, 'status', status, 'priority', priority, 'dueOn', due_on::text,
             'project', json_build_object('id', project_id, 'title', project_title))) ORDER BY coalesce(due_on, DATE '9999-12-31'), id) FROM page), '[]'::json)),
  'projectCount', (SELECT count(*)::int FROM projects),
  'projects', json_build_object('edges', coalesce((SELECT json_agg(json_build_object('node', json_build_object('id', id, 'title', title, 'stage', stage))
             ORDER BY title COLLATE "pl-x-icu", id) FROM project_page), '[]'::json))
)) AS data`;

interface MyWorkAnswer {
  myWork: { taskCounts: { open: number; dueThisWeek: number; overdue: number }; projectCount: number };
}

/** One person's work across ten partnerships (about 100 open tasks among 300,000 at the large size), as the "my work" page loads it. */
export async function myWork(context: ScenarioContext): Promise<ScenarioResult> {
  const { pool, size, data } = context;
  const failures: string[] = [];
  const person = await context.api.signIn(data.myWork.email, BENCH_PASSWORD);
  const [{ id }] = (await pool.query<{ id: string }>(`SELECT id FROM user_account WHERE email = $1`, [data.myWork.email])).rows;

  const first = await person.gql<MyWorkAnswer>(MY_WORK);
  const expected = (await pool.query(BASELINE, [id])).rows[0].data;
  if (!isDeepStrictEqual(first.data, expected)) failures.push('my work: the API and the SQL baseline answered differently');
  const counts = first.data?.myWork.taskCounts;
  if (!counts?.open) failures.push('my work: the person has no open tasks in the generated data');
  // Which indexes PostgreSQL reads a person's open tasks through (task_my_work_idx is meant for it).
  const plan = (await pool.query(`EXPLAIN ${BASELINE}`, [id])).rows.map((row: Record<string, string>) => row['QUERY PLAN']);
  const indexes = [...new Set(plan.flatMap((line) => /using (\w+)/i.exec(line)?.[1] ?? []))];

  for (let i = 0; i < 10; i += 1) {
    await person.gql(MY_WORK);
    await pool.query(BASELINE, [id]);
  }
  const apiTimes: number[] = [];
  const baselineTimes: number[] = [];
  const statements = new Set<number | null>();
  for (let i = 0; i < size.boardReads; i += 1) {
    const api = await timed(() => person.gql(MY_WORK));
    apiTimes.push(api.ms);
    statements.add(api.value.statements);
    baselineTimes.push((await timed(() => pool.query(BASELINE, [id]))).ms);
  }
  const apiDist = distribution(apiTimes);
  const baseDist = distribution(baselineTimes);
  const statementCount = Math.max(...[...statements].map((n) => n ?? Infinity));
  if (statements.size !== 1) failures.push(`my work: statement count varied between requests (${[...statements].join(', ')})`);
  const label = `my work (${counts?.open ?? 0} open tasks, ${first.data?.myWork.projectCount ?? 0} projects, ${data.myWork.partnerships} partnerships)`;
  return {
    rows: [
      { scenario: label, measure: 'p50 ms', value: ms(apiDist.p50), baseline: ms(baseDist.p50), ratio: ratio(apiDist.p50, baseDist.p50), target: '≤2×', met: apiDist.p50 / baseDist.p50 <= 2 },
      { scenario: label, measure: 'p99 ms', value: ms(apiDist.p99), baseline: ms(baseDist.p99), ratio: ratio(apiDist.p99, baseDist.p99) },
      { scenario: label, measure: 'SQL statements / request', value: String(statementCount), baseline: '1', target: '≤10', met: statementCount <= 10 },
    ],
    figures: { api: apiDist, baseline: baseDist, statements: statementCount, counts, indexes },
    failures,
  };
}
