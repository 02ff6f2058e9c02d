import type { ScenarioResult } from '../report';
import { distribution, ms, ratio, timed } from '../stats';
import type { ScenarioContext } from './context';

/**
 * What a coordinator types, without Polish letters: a project's word (a tenth of the projects
 * have it), a task's (an eighth of the tasks), two words, a stem, and one every task's
 * description holds (the most hits to rank).
 */
const TERMS = ['zlobek', 'studium', 'kosztorys inwestorski', 'rowerowy', 'konsultacje spoleczne', 'termomodernizacja szkol', 'uchwal', 'zadania', 'e-uslugi', 'wniosek'];

const SEARCH = `query Search($p: UUID!, $t: String!) {
  search(partnershipId: $p, text: $t, first: 20) { kind rank highlight project { id title } task { id title } }
}`;

interface Found {
  search: { kind: string; rank: number; project: { id: string; title: string }; task: { id: string; title: string } | null }[];
}

function wordsOf(term: string): string[] {
  return [...new Set(term.split(/[^\p{L}\p{N}]+/u).filter(Boolean))];
}

/** The search service's statements, written by hand as one: ranked projects and ranked tasks, merged, best 20. */
function baselineOf(words: readonly string[]): string {
  // Words of one or two letters have no trigram: strpos keeps them off the GIN index (see search.service.ts).
  const contains = (document: string) =>
    words.map((word, index) => (Array.from(word).length >= 3 ? `${document} LIKE '%' || search_fold($${index + 3}) || '%'` : `strpos(${document}, search_fold($${index + 3})) > 0`)).join(' AND ');
  const patterns = (document: string) => words.map((_, index) => `${document} LIKE '%' || search_fold($${index + 3}) || '%'`).join(' AND ');
  const rank = (alias: string) => {
    const title = `search_fold(${alias}.title)`;
    const normalized = `btrim(regexp_replace(${title}, '[^[:alnum:]]+', ' ', 'g'))`;
    return `(CASE WHEN ${normalized} = search_fold($2) THEN 3 WHEN ${normalized} LIKE search_fold($2) || '%' THEN 2 WHEN ${patterns(title)} THEN 1 ELSE 0 END + 0.99 * similarity(${title}, search_fold($2)))::float8`;
  };
  return `
    SELECT kind, project_id, project_title, task_id, title, rank FROM (
      (SELECT 'PROJECT' AS kind, p.id AS project_id, p.title AS project_title, NULL::uuid AS task_id, p.title, p.id, ${rank('p')} AS rank
       FROM project p
       WHERE p.partnership_id = $1 AND p.archived_at IS NULL AND ${contains(`search_fold(p.title || ' ' || p.summary)`)}
       ORDER BY rank DESC, p.title COLLATE "pl-x-icu", p.id LIMIT 20)
      UNION ALL
      (SELECT 'TASK', p.id, p.title, t.id, t.title, t.id, ${rank('t')} AS rank
       FROM task t JOIN project p ON p.id = t.project_id
       WHERE t.partnership_id = $1 AND t.archived_at IS NULL AND p.archived_at IS NULL AND ${contains(`search_fold(t.title || ' ' || t.description)`)}
       ORDER BY rank DESC, t.title COLLATE "pl-x-icu", t.id LIMIT 20)
    ) hits
    ORDER BY rank DESC, title COLLATE "pl-x-icu", id LIMIT 20`;
}

/** The partnership search over the board partnership's projects and tasks (1,000 tasks at the large size, among 300,000). */
export async function projectSearch(context: ScenarioContext): Promise<ScenarioResult> {
  const { coordinator, pool, size, data } = context;
  const partnershipId = data.board.partnershipId;
  const failures: string[] = [];
  const queries = TERMS.map((term) => ({ term, sql: baselineOf(wordsOf(term)), params: [partnershipId, wordsOf(term).join(' '), ...wordsOf(term)] }));
  const hitCounts: Record<string, number> = {};
  for (const { term, sql, params } of queries) {
    const answer = await coordinator.data<Found>(SEARCH, { p: partnershipId, t: term });
    const rows = (await pool.query(sql, params)).rows;
    hitCounts[term] = rows.length;
    const found = answer.search.map((hit) => `${hit.kind} ${hit.task?.id ?? hit.project.id} ${hit.project.title}`);
    const expected = rows.map((row) => `${row.kind} ${row.task_id ?? row.project_id} ${row.project_title}`);
    if (found.join('|') !== expected.join('|')) failures.push(`project search "${term}": the API and the SQL baseline answered differently`);
  }
  const apiTimes: number[] = [];
  const baselineTimes: number[] = [];
  for (let i = 0; i < size.searches; i += 1) {
    const { term, sql, params } = queries[i % queries.length];
    apiTimes.push((await timed(() => coordinator.gql(SEARCH, { p: partnershipId, t: term }))).ms);
    baselineTimes.push((await timed(() => pool.query(sql, params))).ms);
  }
  const apiDist = distribution(apiTimes);
  const baseDist = distribution(baselineTimes);
  return {
    rows: [
      { scenario: 'project and task search (no diacritics)', measure: 'p50 ms', value: ms(apiDist.p50), baseline: ms(baseDist.p50), ratio: ratio(apiDist.p50, baseDist.p50) },
      {
        scenario: 'project and task search (no diacritics)',
        measure: 'p99 ms',
        value: ms(apiDist.p99),
        baseline: ms(baseDist.p99),
        ratio: ratio(apiDist.p99, baseDist.p99),
        target: '≤50 ms',
        met: apiDist.p99 <= 50,
      },
    ],
    figures: { api: apiDist, baseline: baseDist, terms: TERMS, hits: hitCounts },
    failures,
  };
}
