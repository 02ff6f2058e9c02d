/**
 * The programme report in ONE statement, whatever the number of activities: PostgreSQL counts,
 * Node only arranges the few rows that come back. Parameters: $1 programme, $2 team or null,
 * $3 from, $4 to (both included, on held_on), $5 the grouping or null, $6 the area (a
 * voivodeship's or powiat's TERC code) or null, $7 the activity kinds in their order.
 *
 * Distinct gminas per kind, topic and group are the expensive part: with 100,000 activities
 * serving 200,000 gminas, a COUNT(DISTINCT) or a GROUP BY (part, gmina) for each part sorts or
 * hashes the whole join once per part (GROUPING SETS over the join: one pass, but never in
 * parallel, and sorted to disk at the default work_mem; 1–1.5 s on a 2-core machine). So:
 *
 * - `scope`: the RECORDED activities counted (activity_programme_idx finds a programme's period).
 * - `activity_classes` / `served_classes`: activities, minutes and participants add up, so they
 *   are summed per class of activity (kind × topic × quarter or consultant: a few hundred rows)
 *   and rolled up from there (`activity_figures`, `participant_figures`).
 * - `topic_pairs`: the join once, per topic and gmina, with bit masks of the kinds and quarters
 *   (at most 41 in the ten years a report may cover) that reached the gmina: a topic's distinct
 *   gminas are its pairs, a kind's or a quarter's the gminas with its bit (`reached`, each gmina
 *   once, with its voivodeship).
 * - two groupings need a pass of their own, planned away unless asked for: by voivodeship (an
 *   activity counts in each voivodeship it served a gmina of: a mask of voivodeships per
 *   activity) and by consultant (distinct consultant × gmina pairs).
 * - `figures`: one row per part and key: 'total'; 'kind' by kind; 'topic' by topic id (null: no
 *   topic); 'group' by quarter number (year × 4 + quarter − 1), consultant id (null: account
 *   removed) or voivodeship code.
 * - `partnerships`: those a counted activity's engagement names, and those a served gmina is
 *   (today) a member of, each once. `area`: the gminas of areaCode; `not_reached` those none served.
 *
 * The passes over activity and activity_gmina read no CTE, so they run in parallel workers. For
 * a programme of a few activities among many, activity_programme_idx and activity_gmina_pk
 * are used (no other index is needed).
 */
export const PROGRAMME_REPORT_SQL = `
WITH topics AS MATERIALIZED (
  SELECT topic.id, topic.kind FROM programme_topic topic WHERE topic.programme_id = $1
),
scope AS NOT MATERIALIZED (
  SELECT activity.id, activity.kind, activity.topic_id, activity.duration_minutes AS minutes, activity.engagement_id,
         CASE WHEN $5::text = 'QUARTER' THEN date_part('year', activity.held_on)::int * 4 + (date_part('month', activity.held_on)::int - 1) / 3 END AS quarter,
         CASE WHEN $5::text = 'CONSULTANT' THEN activity.recorded_by END AS recorder
  FROM activity
  WHERE activity.programme_id = $1 AND activity.held_on BETWEEN $3::date AND $4::date AND activity.status = 'RECORDED'
    AND ($2::uuid IS NULL OR activity.team_id = $2::uuid)
),
activity_classes AS MATERIALIZED (
  SELECT scope.kind, scope.topic_id, scope.quarter, scope.recorder, count(*) AS activities, sum(scope.minutes) AS minutes
  FROM scope GROUP BY scope.kind, scope.topic_id, scope.quarter, scope.recorder
),
served_classes AS MATERIALIZED (
  SELECT scope.kind, scope.topic_id, scope.quarter, scope.recorder, sum(served.participants) AS participants
  FROM activity_gmina served JOIN scope ON scope.id = served.activity_id
  GROUP BY scope.kind, scope.topic_id, scope.quarter, scope.recorder
),
topic_pairs AS MATERIALIZED (
  SELECT scope.topic_id, served.gmina_id, sum(served.participants) AS participants,
         bit_or(1 << (array_position($7::activity_kind[], scope.kind) - 1)) AS kinds,
         bit_or(coalesce(1::bigint << (scope.quarter - (date_part('year', $3::date)::int * 4 + (date_part('month', $3::date)::int - 1) / 3)), 0)) AS quarters
  FROM activity_gmina served JOIN scope ON scope.id = served.activity_id
  GROUP BY scope.topic_id, served.gmina_id
),
reached AS MATERIALIZED (
  SELECT pairs.gmina_id, gmina.voivodeship_code, sum(pairs.participants) AS participants, bit_or(pairs.kinds) AS kinds, bit_or(pairs.quarters) AS quarters
  FROM topic_pairs pairs JOIN gmina ON gmina.id = pairs.gmina_id
  GROUP BY pairs.gmina_id, gmina.voivodeship_code
),
voivodeship_masks AS (
  SELECT per_activity.voivodeships, count(*) AS activities, sum(per_activity.minutes) AS minutes
  FROM (SELECT served.activity_id, bit_or(1 << (gmina.voivodeship_code::int / 2)) AS voivodeships, max(scope.minutes) AS minutes
        FROM activity_gmina served JOIN scope ON scope.id = served.activity_id JOIN gmina ON gmina.id = served.gmina_id
        WHERE $5::text = 'VOIVODESHIP' GROUP BY served.activity_id) per_activity
  GROUP BY per_activity.voivodeships
),
topic_gminas AS (
  SELECT pairs.topic_id, count(*) AS gminas FROM topic_pairs pairs GROUP BY pairs.topic_id
),
consultant_gminas AS (
  SELECT pairs.recorder, count(*) AS gminas
  FROM (SELECT DISTINCT scope.recorder, served.gmina_id FROM activity_gmina served JOIN scope ON scope.id = served.activity_id WHERE $5::text = 'CONSULTANT') pairs
  GROUP BY pairs.recorder
),
activity_figures AS (
  SELECT CASE GROUPING(classes.kind, classes.topic_id, classes.quarter, classes.recorder) WHEN 15 THEN 'total' WHEN 7 THEN 'kind' WHEN 11 THEN 'topic' ELSE 'group' END AS part,
         coalesce(classes.kind::text, classes.topic_id::text, classes.quarter::text, classes.recorder::text) AS key,
         sum(classes.activities) AS activities, sum(classes.minutes) AS minutes,
         sum(classes.activities) FILTER (WHERE topics.kind = 'MODULE') AS on_modules, sum(classes.activities) FILTER (WHERE topics.kind = 'ADDITIONAL_TOPIC') AS on_additional_topics
  FROM activity_classes classes LEFT JOIN topics ON topics.id = classes.topic_id
  GROUP BY GROUPING SETS ((), (classes.kind), (classes.topic_id), (classes.quarter, classes.recorder))
  HAVING GROUPING(classes.quarter, classes.recorder) = 3 OR $5::text IN ('QUARTER', 'CONSULTANT')
  UNION ALL
  SELECT 'group', voivodeship.code::text, sum(masks.activities), sum(masks.minutes), NULL, NULL
  FROM voivodeship_masks masks JOIN voivodeship ON masks.voivodeships & (1 << (voivodeship.code::int / 2)) <> 0
  GROUP BY voivodeship.code
),
participant_figures AS (
  SELECT CASE GROUPING(classes.kind, classes.topic_id, classes.quarter, classes.recorder) WHEN 7 THEN 'kind' WHEN 11 THEN 'topic' ELSE 'group' END AS part,
         coalesce(classes.kind::text, classes.topic_id::text, classes.quarter::text, classes.recorder::text) AS key, sum(classes.participants) AS participants
  FROM served_classes classes GROUP BY GROUPING SETS ((classes.kind), (classes.topic_id), (classes.quarter, classes.recorder))
),
gmina_figures AS (
  SELECT 'total' AS part, NULL AS key, count(*) AS gminas, sum(reached.participants) AS participants FROM reached
  UNION ALL
  SELECT 'kind', ($7::activity_kind[])[n]::text, count(*), NULL FROM reached CROSS JOIN generate_series(1, cardinality($7::activity_kind[])) n
  WHERE reached.kinds & (1 << (n - 1)) <> 0 GROUP BY n
  UNION ALL
  SELECT 'topic', topic_gminas.topic_id::text, topic_gminas.gminas, NULL FROM topic_gminas
  UNION ALL
  SELECT 'group', (date_part('year', $3::date)::int * 4 + (date_part('month', $3::date)::int - 1) / 3 + q)::text, count(*), NULL
  FROM reached CROSS JOIN generate_series(0, 62) q WHERE $5::text = 'QUARTER' AND reached.quarters & (1::bigint << q) <> 0 GROUP BY q
  UNION ALL
  SELECT 'group', consultant_gminas.recorder::text, consultant_gminas.gminas, NULL FROM consultant_gminas
  UNION ALL
  SELECT 'group', reached.voivodeship_code::text, count(*), sum(reached.participants) FROM reached WHERE $5::text = 'VOIVODESHIP' GROUP BY reached.voivodeship_code
),
figures AS (
  SELECT coalesce(a.part, g.part) AS part, coalesce(a.key, g.key) AS key,
         coalesce(a.activities, 0) AS activities, coalesce(a.minutes, 0) AS minutes, coalesce(a.on_modules, 0) AS on_modules,
         coalesce(a.on_additional_topics, 0) AS on_additional_topics, coalesce(g.gminas, 0) AS gminas, coalesce(g.participants, p.participants, 0) AS participants
  FROM activity_figures a
  FULL JOIN gmina_figures g ON g.part = a.part AND coalesce(g.key, '') = coalesce(a.key, '')
  LEFT JOIN participant_figures p ON p.part = coalesce(a.part, g.part) AND coalesce(p.key, '') = coalesce(a.key, g.key, '')
),
partnerships AS (
  SELECT engagement.partnership_id FROM engagement
  WHERE engagement.id IN (SELECT scope.engagement_id FROM scope WHERE scope.engagement_id IS NOT NULL) AND engagement.partnership_id IS NOT NULL
  UNION
  SELECT member.partnership_id FROM partnership_member member WHERE member.gmina_id IN (SELECT reached.gmina_id FROM reached)
),
area AS MATERIALIZED (
  SELECT gmina.id, gmina.terc, gmina.name, gmina.type FROM gmina
  WHERE (length($6::text) = 2 AND gmina.voivodeship_code = $6::text) OR (length($6::text) = 4 AND gmina.powiat_code = $6::text)
)
SELECT
  (SELECT json_build_object('id', p.id, 'name', p.name, 'operatorKind', p.operator_kind, 'operatorName', p.operator_name, 'startsOn', p.starts_on,
            'endsOn', p.ends_on, 'totalValue', p.total_value::text, 'euContribution', p.eu_contribution::text, 'illustrative', p.illustrative,
            'version', p.version, 'createdAt', p.created_at, 'updatedAt', p.updated_at)
   FROM programme p WHERE p.id = $1) AS programme,
  (SELECT team.name FROM programme_team team WHERE team.id = $2::uuid AND team.programme_id = $1) AS team_name,
  (SELECT coalesce(json_agg(json_build_object('id', topic.id, 'programmeId', topic.programme_id, 'kind', topic.kind, 'name', topic.name, 'position', topic.position)
            ORDER BY topic.kind, topic.position), '[]')
   FROM programme_topic topic WHERE topic.programme_id = $1) AS topics,
  (SELECT coalesce(json_agg(figures), '[]') FROM figures) AS figures,
  (SELECT coalesce(json_object_agg(voivodeship.code, voivodeship.name), '{}') FROM voivodeship WHERE $5::text = 'VOIVODESHIP') AS voivodeships,
  (SELECT count(*) FROM partnerships)::int AS partnerships,
  (SELECT count(*) FROM area)::int AS area_gminas,
  (SELECT coalesce(json_agg(json_build_object('id', area.id, 'terc', area.terc, 'name', area.name, 'type', area.type) ORDER BY area.name COLLATE "pl-x-icu", area.terc), '[]')
   FROM area WHERE area.id NOT IN (SELECT reached.gmina_id FROM reached)) AS not_reached`;

export interface FiguresRow {
  part: 'total' | 'kind' | 'topic' | 'group';
  key: string | null;
  activities: number;
  minutes: number;
  on_modules: number;
  on_additional_topics: number;
  gminas: number;
  participants: number;
}

export interface ProgrammeReportRow {
  programme: Record<string, unknown> | null;
  team_name: string | null;
  topics: { id: string; programmeId: string; kind: string; name: string; position: number }[];
  figures: FiguresRow[];
  /** Code → name, when grouped by voivodeship. */
  voivodeships: Record<string, string>;
  partnerships: number;
  area_gminas: number;
  not_reached: { id: string; terc: string; name: string; type: string }[];
}
