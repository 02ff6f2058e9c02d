import { generateNKeysBetween } from 'fractional-indexing';
import type { Client } from 'pg';
import type { BenchSize } from './sizes';

const PROJECT_TITLES = [
  'Szlak rowerowy wzdłuż doliny',
  'Przebudowa drogi gminnej do przysiółka',
  'Klub seniora w remizie',
  'Żłobek gminny – nowe miejsca opieki',
  'Cyfrowy urząd: e-usługi dla mieszkańców',
  'Ochrona siedlisk i ścieżka edukacyjna',
  'Wspólny transport na żądanie',
  'Termomodernizacja szkół',
];
const TASK_TITLES = [
  'Przygotować studium wykonalności',
  'Uzgodnić przebieg trasy z nadleśnictwem',
  'Zebrać uchwały rad gmin o współpracy',
  'Opracować kosztorys inwestorski',
  'Złożyć wniosek o dofinansowanie',
  'Zorganizować konsultacje społeczne',
  'Wybrać wykonawcę dokumentacji',
  'Zgłosić zmianę w harmonogramie',
];
const STAGES = ['IDEA', 'CONCEPT', 'PREPARATION', 'APPLICATION_SUBMITTED', 'FUNDED', 'IN_IMPLEMENTATION'];

/** `boardProjects` in the first partnership, the rest spread over the others. */
export async function insertProjects(db: Client, size: Pick<BenchSize, 'boardProjects' | 'projects'>, partnershipIds: string[]): Promise<void> {
  await db.query(
    `WITH owner AS (
       SELECT n, CASE WHEN n < $2 OR cardinality($1::uuid[]) = 1 THEN ($1::uuid[])[1]
                      ELSE ($1::uuid[])[2 + (n - $2) % (cardinality($1::uuid[]) - 1)] END AS partnership_id
       FROM generate_series(0, $3 - 1) n),
     leader AS (
       SELECT m.partnership_id, g.id AS gmina_id, g.name FROM partnership_member m JOIN gmina g ON g.id = m.gmina_id WHERE m.role = 'LEADER'),
     area AS (SELECT array_agg(id ORDER BY code) AS ids FROM thematic_area WHERE code IS NOT NULL),
     inserted AS (
       INSERT INTO project (partnership_id, title, summary, thematic_area_id, stage, readiness, starts_on, ends_on, total_cost)
       SELECT o.partnership_id,
              ($4::text[])[1 + o.n % cardinality($4::text[])] || ' – ' || l.name || ' ' || (o.n + 1),
              'Projekt wygenerowany do pomiarów wydajności.',
              area.ids[1 + o.n % cardinality(area.ids)],
              ($5::text[])[1 + o.n % cardinality($5::text[])]::project_stage,
              'CONCEPT',
              DATE '2026-01-01' + (o.n % 365),
              DATE '2027-06-30' + (o.n % 365),
              round((100000 + random() * 40000000)::numeric, 2)
       FROM owner o JOIN leader l ON l.partnership_id = o.partnership_id CROSS JOIN area
       ORDER BY o.n
       RETURNING id, partnership_id, stage, total_cost),
     participants AS (
       INSERT INTO project_participant (project_id, partnership_id, gmina_id, role, cost_share)
       SELECT i.id, i.partnership_id, l.gmina_id, 'LEAD', i.total_cost FROM inserted i JOIN leader l ON l.partnership_id = i.partnership_id)
     INSERT INTO project_stage_change (project_id, from_stage, to_stage, reason)
     SELECT id, NULL, stage, 'Dane wygenerowane' FROM inserted`,
    [partnershipIds, size.boardProjects, size.projects, PROJECT_TITLES, STAGES],
  );
}

/** Tasks in every column, in fractional-index order, most of them assigned. */
export async function insertTasks(db: Client, size: Pick<BenchSize, 'tasksPerProject'>, partnershipIds: string[]): Promise<void> {
  const keys = generateNKeysBetween(null, null, Math.ceil(size.tasksPerProject / 4));
  await db.query(
    `WITH people AS (
       SELECT partnership_id, array_agg(user_id ORDER BY user_id) AS ids FROM partnership_access WHERE partnership_id = ANY($1::uuid[]) GROUP BY partnership_id)
     INSERT INTO task (project_id, partnership_id, title, description, status, priority, assignee_id, due_on, position)
     SELECT p.id, p.partnership_id,
            ($3::text[])[1 + g % cardinality($3::text[])] || ' (' || (g + 1) || ')',
            'Opis zadania: kto, co i do kiedy — z polskimi znakami: ąćęłńóśźż.',
            (ARRAY['TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE'])[1 + g % 4]::task_status,
            (ARRAY['NORMAL', 'HIGH', 'LOW', 'URGENT'])[1 + (g / 3) % 4]::task_priority,
            CASE WHEN g % 5 = 4 THEN NULL ELSE people.ids[1 + g % cardinality(people.ids)] END,
            DATE '2026-12-01' + g,
            ($4::text[])[1 + g / 4]
     FROM project p JOIN people ON people.partnership_id = p.partnership_id CROSS JOIN generate_series(0, $2 - 1) g`,
    [partnershipIds, size.tasksPerProject, TASK_TITLES, keys],
  );
}

/** A long history of task changes in one project: what a subscriber resumes through. */
export async function insertEvents(db: Client, partnershipId: string, projectId: string, count: number): Promise<void> {
  await db.query(
    `INSERT INTO stream_event (stream_id, seq, topic, subject_id, scope_id, action, actor_id, changes, occurred_at)
     SELECT $1, n, 'task', t.id, $2, 'task.updated', t.assignee_id,
            jsonb_build_object('title', jsonb_build_object('before', t.title, 'after', t.title || ' ✓')),
            now() - make_interval(secs => $3 - n)
     FROM generate_series(1, $3) n
     CROSS JOIN LATERAL (SELECT id, title, assignee_id FROM task WHERE project_id = $2 ORDER BY position OFFSET n % 4 LIMIT 1) t`,
    [partnershipId, projectId, count],
  );
  await db.query(`INSERT INTO event_stream (stream_id, last_seq) VALUES ($1, $2)`, [partnershipId, count]);
}
