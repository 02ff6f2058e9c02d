import type { ScenarioResult } from '../report';
import { distribution, ms, ratio, timed } from '../stats';
import type { ScenarioContext } from './context';

/** What people type, without Polish letters: prefixes of names and of later words. */
const TERMS = ['wegierska', 'gorka', 'lodz', 'biala', 'nowy', 'stare', 'zab', 'kam', 'rad', 'sw', 'swieto', 'zory', 'rajcza', 'ujsoly', 'milowka', 'ostrow'];

const SEARCH = `query Search($s: String!) {
  gminas(first: 20, filter: { search: $s }) { edges { node { terc name powiat { name } voivodeship { name } } } }
}`;

/** The gminas service's query, written by hand: folded name prefix or word prefix, the exact name first, then prefixes, in Polish order. */
const BASELINE = `
SELECT g.terc, g.name, p.name AS powiat, v.name AS voivodeship
FROM gmina g JOIN powiat p ON p.code = g.powiat_code JOIN voivodeship v ON v.code = g.voivodeship_code
WHERE g.search_name LIKE $1 || '%' OR g.search_name LIKE '% ' || $1 || '%'
ORDER BY CASE WHEN g.search_name = $1 THEN 0 WHEN g.search_name LIKE $1 || '%' THEN 1 ELSE 2 END, g.name COLLATE "pl-x-icu", g.terc
LIMIT 21`;

interface Found {
  gminas: { edges: { node: { terc: string; name: string; powiat: { name: string }; voivodeship: { name: string } } }[] };
}

/** Prefix search over the whole TERC register (2,477 gminas), as the member picker runs it. */
export async function gminaSearch(context: ScenarioContext): Promise<ScenarioResult> {
  const { api, pool, size } = context;
  const failures: string[] = [];
  for (const term of TERMS) {
    const answer = await api.data<Found>(SEARCH, { s: term });
    const rows = (await pool.query(BASELINE, [term])).rows.slice(0, 20);
    const names = answer.gminas.edges.map((edge) => `${edge.node.terc} ${edge.node.name} ${edge.node.powiat.name} ${edge.node.voivodeship.name}`);
    const expected = rows.map((row) => `${row.terc} ${row.name} ${row.powiat} ${row.voivodeship}`);
    if (names.join('|') !== expected.join('|')) failures.push(`gmina search "${term}": the API and the SQL baseline answered differently`);
  }
  const apiTimes: number[] = [];
  const baselineTimes: number[] = [];
  for (let i = 0; i < size.searches; i += 1) {
    const term = TERMS[i % TERMS.length];
    apiTimes.push((await timed(() => api.gql(SEARCH, { s: term }))).ms);
    baselineTimes.push((await timed(() => pool.query(BASELINE, [term]))).ms);
  }
  const apiDist = distribution(apiTimes);
  const baseDist = distribution(baselineTimes);
  return {
    rows: [
      { scenario: 'gmina search (no diacritics)', measure: 'p50 ms', value: ms(apiDist.p50), baseline: ms(baseDist.p50), ratio: ratio(apiDist.p50, baseDist.p50) },
      {
        scenario: 'gmina search (no diacritics)',
        measure: 'p99 ms',
        value: ms(apiDist.p99),
        baseline: ms(baseDist.p99),
        ratio: ratio(apiDist.p99, baseDist.p99),
        target: '≤10 ms',
        met: apiDist.p99 <= 10,
      },
    ],
    figures: { api: apiDist, baseline: baseDist, terms: TERMS },
    failures,
  };
}
