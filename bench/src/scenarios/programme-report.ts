import { isDeepStrictEqual } from 'node:util';
import type { Pool } from 'pg';
import type { HttpClient } from '../client';
import { BENCH_PASSWORD } from '../generate';
import type { ScenarioResult } from '../report';
import { type Distribution, distribution, ms, percentiles, ratio, timed } from '../stats';
import type { ScenarioContext } from './context';

const FIGURES = 'activities distinctGminas participants minutes hours';
const REPORT = `query Report($i: ProgrammeReportInput!) {
  programmeReport(input: $i) {
    programme { id name totalValue euContribution }
    totals { ${FIGURES} distinctPartnerships }
    byKind { kind ${FIGURES} onModules onAdditionalTopics }
    byTopic { topic { id name } ${FIGURES} }
    groups { key label ${FIGURES} }
    notReached { terc name }
  }
}`;
/** The area whose gminas not reached are listed: śląskie. */
const AREA = '24';
const input = (programmeId: string, from: string, to: string) => ({ i: { programmeId, from, to, groupBy: 'VOIVODESHIP', areaCode: AREA } });

/** The figures as the baseline computes them and the API answers them (labels and names aside). */
interface Figures {
  activities: number;
  distinctGminas: number;
  participants: number;
  minutes: number;
  hours: string;
}
interface Answer {
  programmeReport: {
    programme: { id: string; name: string; totalValue: string | null; euContribution: string | null };
    totals: Figures & { distinctPartnerships: number };
    byKind: (Figures & { kind: string; onModules: number; onAdditionalTopics: number })[];
    byTopic: (Figures & { topic: { id: string; name: string } })[];
    groups: (Figures & { key: string | null; label: string })[];
    notReached: { terc: string; name: string }[];
  };
}

// Hours as PostgreSQL rounds numeric (half away from zero; a third never ends in a half).
const HOURS = (minutes: string) => `to_char(round(coalesce(${minutes}, 0) / 60.0, 2), 'FM9999999990.00')`;
const COUNTED = `SELECT * FROM activity WHERE programme_id = $1 AND held_on BETWEEN $2 AND $3 AND status = 'RECORDED'`;
const SERVED = `SELECT s.activity_id, s.gmina_id, s.participants, a.kind, a.topic_id, a.duration_minutes, g.voivodeship_code
  FROM activity_gmina s JOIN activity a ON a.id = s.activity_id JOIN gmina g ON g.id = s.gmina_id
  WHERE a.programme_id = $1 AND a.held_on BETWEEN $2 AND $3 AND a.status = 'RECORDED'`;

/**
 * The same figures as REPORT, as someone would write them by hand: COUNT(DISTINCT) and SUM per
 * part, one plain query for each part, run one after the other on one connection.
 */
const BASELINE = {
  totals: `WITH counted AS (${COUNTED}), served AS (${SERVED})
    SELECT (SELECT count(*) FROM counted)::int AS activities, (SELECT count(DISTINCT gmina_id) FROM served)::int AS "distinctGminas",
           (SELECT coalesce(sum(participants), 0) FROM served)::int AS participants, (SELECT coalesce(sum(duration_minutes), 0) FROM counted)::int AS minutes,
           (SELECT ${HOURS('sum(duration_minutes)')} FROM counted) AS hours,
           (SELECT count(*) FROM (SELECT e.partnership_id FROM engagement e JOIN counted ON counted.engagement_id = e.id WHERE e.partnership_id IS NOT NULL
                                  UNION SELECT m.partnership_id FROM partnership_member m WHERE m.gmina_id IN (SELECT gmina_id FROM served)) p)::int AS "distinctPartnerships"`,
  byKind: `WITH counted AS (${COUNTED}), served AS (${SERVED}),
    activities AS (SELECT counted.kind, count(*) AS activities, sum(counted.duration_minutes) AS minutes, count(*) FILTER (WHERE t.kind = 'MODULE') AS on_modules,
                          count(*) FILTER (WHERE t.kind = 'ADDITIONAL_TOPIC') AS on_additional FROM counted LEFT JOIN programme_topic t ON t.id = counted.topic_id GROUP BY counted.kind),
    gminas AS (SELECT kind, count(DISTINCT gmina_id) AS gminas, sum(participants) AS participants FROM served GROUP BY kind)
    SELECT k.kind::text AS kind, coalesce(a.activities, 0)::int AS activities, coalesce(g.gminas, 0)::int AS "distinctGminas", coalesce(g.participants, 0)::int AS participants,
           coalesce(a.minutes, 0)::int AS minutes, ${HOURS('a.minutes')} AS hours, coalesce(a.on_modules, 0)::int AS "onModules", coalesce(a.on_additional, 0)::int AS "onAdditionalTopics"
    FROM unnest(enum_range(NULL::activity_kind)) WITH ORDINALITY AS k(kind, n) LEFT JOIN activities a ON a.kind = k.kind LEFT JOIN gminas g ON g.kind = k.kind ORDER BY k.n`,
  byTopic: `WITH counted AS (${COUNTED}), served AS (${SERVED}),
    activities AS (SELECT topic_id, count(*) AS activities, sum(duration_minutes) AS minutes FROM counted GROUP BY topic_id),
    gminas AS (SELECT topic_id, count(DISTINCT gmina_id) AS gminas, sum(participants) AS participants FROM served GROUP BY topic_id)
    SELECT t.id, t.name, coalesce(a.activities, 0)::int AS activities, coalesce(g.gminas, 0)::int AS "distinctGminas", coalesce(g.participants, 0)::int AS participants,
           coalesce(a.minutes, 0)::int AS minutes, ${HOURS('a.minutes')} AS hours
    FROM programme_topic t LEFT JOIN activities a ON a.topic_id = t.id LEFT JOIN gminas g ON g.topic_id = t.id WHERE t.programme_id = $1 ORDER BY t.kind, t.position`,
  byVoivodeship: `WITH served AS (${SERVED}),
    activities AS (SELECT voivodeship_code, count(*) AS activities, sum(duration_minutes) AS minutes
                   FROM (SELECT DISTINCT activity_id, voivodeship_code, duration_minutes FROM served) d GROUP BY voivodeship_code),
    gminas AS (SELECT voivodeship_code, count(DISTINCT gmina_id) AS gminas, sum(participants) AS participants FROM served GROUP BY voivodeship_code)
    SELECT v.code::text AS key, v.name AS label, a.activities::int AS activities, g.gminas::int AS "distinctGminas", g.participants::int AS participants,
           a.minutes::int AS minutes, ${HOURS('a.minutes')} AS hours
    FROM voivodeship v JOIN activities a ON a.voivodeship_code = v.code JOIN gminas g ON g.voivodeship_code = v.code ORDER BY v.code`,
  notReached: `SELECT g.terc::text AS terc, g.name FROM gmina g WHERE g.voivodeship_code = $4
    AND NOT EXISTS (SELECT 1 FROM activity_gmina s JOIN activity a ON a.id = s.activity_id
                    WHERE s.gmina_id = g.id AND a.programme_id = $1 AND a.held_on BETWEEN $2 AND $3 AND a.status = 'RECORDED')
    ORDER BY g.name COLLATE "pl-x-icu", g.terc`,
};

async function baseline(pool: Pool, programmeId: string, from: string, to: string) {
  const client = await pool.connect();
  try {
    const period = [programmeId, from, to];
    const [totals] = (await client.query(BASELINE.totals, period)).rows;
    const byKind = (await client.query(BASELINE.byKind, period)).rows;
    const byTopic = (await client.query(BASELINE.byTopic, period)).rows.map(({ id, name, ...figures }) => ({ topic: { id, name }, ...figures }));
    const groups = (await client.query(BASELINE.byVoivodeship, period)).rows;
    const notReached = (await client.query(BASELINE.notReached, [...period, AREA])).rows;
    return { totals, byKind, byTopic, groups, notReached };
  } finally {
    client.release();
  }
}

/** The answer without what only the API says (the programme, labels are compared with the voivodeships' names). */
const comparable = (answer: Answer['programmeReport'] | undefined) => answer && { totals: answer.totals, byKind: answer.byKind, byTopic: answer.byTopic, groups: answer.groups, notReached: answer.notReached };

interface ReportPoint {
  readonly api: Distribution;
  readonly baseline: Distribution;
  readonly statements: number;
  readonly activities: number;
  readonly served: number;
}

/** One programme's report read `reads` times through the API and through the baseline, interleaved, after checking they answer the same. */
async function measureReport(context: ScenarioContext, manager: HttpClient, programmeId: string, reads: number, failures: string[]): Promise<ReportPoint> {
  const { pool, data } = context;
  const { from, to } = data.advisory;
  const first = await manager.gql<Answer>(REPORT, input(programmeId, from, to));
  const expected = await baseline(pool, programmeId, from, to);
  const activities = first.data?.programmeReport.totals.activities ?? 0;
  if (!isDeepStrictEqual(comparable(first.data?.programmeReport), expected)) {
    failures.push(`programme report (${activities} activities): the API and the SQL baseline answered differently${first.errors ? `: ${JSON.stringify(first.errors)}` : ''}`);
  }
  const [{ served }] = (
    await pool.query(`SELECT count(*)::int AS served FROM activity_gmina JOIN activity ON activity.id = activity_gmina.activity_id WHERE programme_id = $1 AND status = 'RECORDED'`, [programmeId])
  ).rows;

  for (let i = 0; i < 5; i += 1) {
    await manager.gql(REPORT, input(programmeId, from, to));
    await baseline(pool, programmeId, from, to);
  }
  const apiTimes: number[] = [];
  const baselineTimes: number[] = [];
  const statements = new Set<number | null>();
  // Interleaved, so both see the same machine state.
  for (let i = 0; i < reads; i += 1) {
    const answer = await timed(() => manager.gql(REPORT, input(programmeId, from, to)));
    apiTimes.push(answer.ms);
    statements.add(answer.value.statements);
    baselineTimes.push((await timed(() => baseline(pool, programmeId, from, to))).ms);
  }
  if (statements.size !== 1) failures.push(`programme report (${activities} activities): statement count varied between requests (${[...statements].join(', ')})`);
  return { api: distribution(apiTimes), baseline: distribution(baselineTimes), statements: Math.max(...[...statements].map((n) => n ?? Infinity)), activities, served };
}

/**
 * The report a programme manager downloads for the operator: every figure of a programme's
 * RECORDED activities over its four years, by kind, by module or topic, by voivodeship, and the
 * gminas of a voivodeship not reached; and the same of smaller programmes for the curve. The
 * report is a fixed few SQL statements whatever the number of activities: the small
 * programme's request must take as many.
 */
export async function programmeReport(context: ScenarioContext): Promise<ScenarioResult> {
  const { api, pool, size, data } = context;
  const { programmeId, smallProgrammeId, managerEmail, from, to } = data.advisory;
  const manager = await api.signIn(managerEmail, BENCH_PASSWORD);
  const failures: string[] = [];

  const small = await manager.gql<Answer>(REPORT, input(smallProgrammeId, from, to));
  if (!isDeepStrictEqual(comparable(small.data?.programmeReport), await baseline(pool, smallProgrammeId, from, to))) {
    failures.push('programme report: the API and the SQL baseline answered differently for the small programme');
  }
  const smallCount = small.statements ?? Infinity;
  const points = new Map<string, ReportPoint>();
  for (const { id } of data.advisory.curve) points.set(id, await measureReport(context, manager, id, size.reportReads, failures));
  const single = points.get(programmeId);
  if (!single) throw new Error('the report curve lacks the read programme');
  for (const point of [...points.values()].filter((point) => point.statements !== smallCount)) {
    failures.push(`programme report: ${point.statements} SQL statements for ${point.activities} activities, ${smallCount} for a programme of 5: the report is not a fixed few`);
  }
  const { api: apiDist, baseline: baseDist, statements: statementCount, activities, served } = single;
  const label = `programme report (${activities.toLocaleString('en')} activities, ${served.toLocaleString('en')} gminas served, by voivodeship)`;
  return {
    rows: [
      { scenario: label, measure: 'p50 ms', value: ms(apiDist.p50), baseline: ms(baseDist.p50), ratio: ratio(apiDist.p50, baseDist.p50) },
      { scenario: label, measure: 'p99 ms', value: ms(apiDist.p99), baseline: ms(baseDist.p99), ratio: ratio(apiDist.p99, baseDist.p99) },
      { scenario: label, measure: 'SQL statements / request', value: String(statementCount), baseline: '5', target: `=${smallCount} (5 activities)`, met: statementCount === smallCount },
    ],
    figures: { api: apiDist, baseline: baseDist, statements: statementCount, smallProgrammeStatements: smallCount, activities, served },
    failures,
    series: [
      {
        id: 'programme-report',
        title: "Programme report: a programme's four years, by kind, topic and voivodeship",
        work: 'activities recorded',
        unit: 'ms',
        baseline: 'five hand-written COUNT(DISTINCT) queries',
        stats: ['p50', 'p99'],
        points: [...points.values()].map((point) => ({
          work: point.activities,
          api: percentiles(point.api),
          baseline: percentiles(point.baseline),
          details: { gminasServed: point.served, statements: point.statements },
        })),
      },
    ],
  };
}
