import type { Client } from 'pg';
import type { BenchSize } from './sizes';

/** The programme whose report is read, who reads it, and a programme of a few activities to count the statements of against it. */
export interface GeneratedAdvisory {
  readonly programmeId: string;
  readonly managerEmail: string;
  readonly smallProgrammeId: string;
  /** The period the activities were held in. */
  readonly from: string;
  readonly to: string;
  /** The programmes of the report's curve, the read one among them, by growing activities. */
  readonly curve: readonly { readonly activities: number; readonly id: string }[];
}

const FROM = '2020-01-01';
const TO = '2023-12-31';
const MODULES = [
  'Wykorzystanie narzędzi wynikających z ustawy o rewitalizacji',
  'Zarządzanie rewitalizacją i włączenie społeczności lokalnej',
  'Monitoring i ewaluacja działań rewitalizacyjnych',
  'Dostępność w rewitalizacji',
];
const ADDITIONAL_TOPICS = ['Partycypacja młodzieży', 'Zielono-niebieska infrastruktura', 'Finansowanie rewitalizacji ze środków UE'];
const TITLES = ['Konsultacja programu rewitalizacji', 'Spotkanie edukacyjne w urzędzie gminy', 'Warsztat z mieszkańcami', 'Seminarium regionalne', 'Szkolenie dla pracowników urzędu'];

/**
 * An advisory programme like Regiony Rewitalizacji over the whole register: four modules and
 * three additional topics, a regional team per voivodeship with its consultant, a manager, an
 * engagement per partnership, and `programmeActivities` activities over four years (about 3% of
 * them drafts, which the report leaves out), each serving one to three neighbouring gminas, all
 * 2,477 among them; and a second programme of five activities. Set-based, as the rest of the
 * generator: one INSERT … SELECT over generate_series for the activities, one for the gminas
 * they served.
 */
export async function insertAdvisory(db: Client, size: BenchSize, partnershipIds: string[]): Promise<GeneratedAdvisory> {
  const managerEmail = 'bench-kierownik-programu@wspolnie.example';
  await db.query(
    `INSERT INTO user_account (email, display_name, password_hash)
     SELECT email, name, (SELECT password_hash FROM user_account WHERE email = 'bench-1-koordynator@wspolnie.example')
     FROM unnest($1::text[], $2::text[]) AS people(email, name)`,
    [
      [managerEmail, ...Array.from({ length: 20 }, (_, k) => `bench-konsultant-${k + 1}@wspolnie.example`)],
      ['Halina Kierownik-Programu', ...Array.from({ length: 20 }, (_, k) => `Konsultant${k % 2 ? 'ka' : ''} ${k + 1} Doradztwo`)],
    ],
  );
  const programmeId = await insertProgramme(db, 'Regiony Rewitalizacji (wygenerowany)', managerEmail, partnershipIds);
  const smallProgrammeId = await insertProgramme(db, 'Program pilotażowy (wygenerowany)', managerEmail, []);
  await insertActivities(db, programmeId, size.programmeActivities);
  await insertActivities(db, smallProgrammeId, 5);
  const curve = [{ activities: size.programmeActivities, id: programmeId }];
  for (const activities of size.curves.programmeActivities.filter((n) => n !== size.programmeActivities)) {
    const id = await insertProgramme(db, `Regiony Rewitalizacji, ${activities} działań (wygenerowany)`, managerEmail, partnershipIds);
    await insertActivities(db, id, activities);
    curve.push({ activities, id });
  }
  return { programmeId, managerEmail, smallProgrammeId, from: FROM, to: TO, curve: curve.sort((a, b) => a.activities - b.activities) };
}

/** The programme, its topics, a team per voivodeship (consultants 1–16 in them, 17–20 in the whole programme), its manager, engagements. */
async function insertProgramme(db: Client, name: string, managerEmail: string, partnershipIds: string[]): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO programme (name, operator_kind, operator_name, starts_on, ends_on, total_value, eu_contribution, illustrative)
     VALUES ($1, 'MINISTRY', 'Ministerstwo Funduszy i Polityki Regionalnej', DATE '2020-01-01', DATE '2023-12-31', 69504961.44, 55402404.76, true) RETURNING id`,
    [name],
  );
  const id = rows[0].id;
  await db.query(
    `WITH topics AS (
       INSERT INTO programme_topic (programme_id, kind, name, position)
       SELECT $1, kind::programme_topic_kind, name, position
       FROM (SELECT 'MODULE' AS kind, name, position::int FROM unnest($2::text[]) WITH ORDINALITY AS m(name, position)
             UNION ALL SELECT 'ADDITIONAL_TOPIC', name, position::int FROM unnest($3::text[]) WITH ORDINALITY AS a(name, position)) t),
     teams AS (
       INSERT INTO programme_team (programme_id, name, voivodeship_code)
       SELECT $1, 'Zespół – województwo ' || name, code FROM voivodeship RETURNING id, voivodeship_code),
     numbered AS (SELECT id, row_number() OVER (ORDER BY voivodeship_code) AS n FROM teams),
     manager AS (
       INSERT INTO programme_access (user_id, programme_id, role) SELECT id, $1, 'PROGRAMME_MANAGER' FROM user_account WHERE email = $4)
     INSERT INTO programme_access (user_id, programme_id, role, team_id)
     SELECT account.id, $1, 'CONSULTANT', numbered.id
     FROM generate_series(1, 20) k
     JOIN user_account account ON account.email = 'bench-konsultant-' || k || '@wspolnie.example'
     LEFT JOIN numbered ON numbered.n = k`,
    [id, MODULES, ADDITIONAL_TOPICS, managerEmail],
  );
  await db.query(
    `INSERT INTO engagement (programme_id, team_id, partnership_id, title, stage, starts_on)
     SELECT $1, team.id, p.id, 'Wsparcie: ' || p.name, 'DIAGNOSIS', DATE '2020-01-01'
     FROM partnership p
     JOIN partnership_member leader ON leader.partnership_id = p.id AND leader.role = 'LEADER'
     JOIN gmina ON gmina.id = leader.gmina_id
     JOIN programme_team team ON team.programme_id = $1 AND team.voivodeship_code = gmina.voivodeship_code
     WHERE p.id = ANY($2::uuid[])`,
    [id, partnershipIds],
  );
  return id;
}

/**
 * `count` activities of every kind on every topic (a seventh on none), held on the days of the
 * period in turn, by the team and consultant of the voivodeship of the first gmina served; every
 * fifth names the engagement of that gmina's partnership, if it has one.
 */
async function insertActivities(db: Client, programmeId: string, count: number): Promise<void> {
  await db.query(
    `WITH register AS MATERIALIZED (SELECT id, voivodeship_code, (row_number() OVER (ORDER BY terc))::int - 1 AS n FROM gmina),
     total AS (SELECT count(*)::int AS size FROM gmina),
     topics AS (SELECT array_agg(id ORDER BY kind, position) AS ids FROM programme_topic WHERE programme_id = $1),
     spec AS MATERIALIZED (
       SELECT gen_random_uuid() AS id, s.n, first.n AS first, first.id AS first_gmina, total.size,
              CASE WHEN s.n % 7 = 6 THEN NULL ELSE topics.ids[1 + s.n % cardinality(topics.ids)] END AS topic_id, team.id AS team_id, access.user_id
       FROM generate_series(0, $2 - 1) s(n)
       CROSS JOIN topics CROSS JOIN total
       JOIN register first ON first.n = (s.n * 7919) % total.size
       JOIN programme_team team ON team.programme_id = $1 AND team.voivodeship_code = first.voivodeship_code
       JOIN programme_access access ON access.programme_id = $1 AND access.team_id = team.id),
     inserted AS (
       INSERT INTO activity (id, programme_id, team_id, engagement_id, topic_id, kind, status, title, held_on, duration_minutes, format, place, link, recorded_by, outcome, illustrative)
       SELECT spec.id, $1, spec.team_id,
              CASE WHEN spec.n % 5 = 0 THEN (SELECT e.id FROM engagement e JOIN partnership_member m ON m.partnership_id = e.partnership_id
                                             WHERE e.programme_id = $1 AND m.gmina_id = spec.first_gmina LIMIT 1) END,
              spec.topic_id,
              (enum_range(NULL::activity_kind))[1 + (spec.n * 3) % 7],
              (CASE WHEN spec.n % 31 = 0 THEN 'DRAFT' ELSE 'RECORDED' END)::activity_status,
              ($3::text[])[1 + spec.n % cardinality($3::text[])],
              DATE '2020-01-01' + (spec.n % (DATE '2023-12-31' - DATE '2020-01-01' + 1)),
              30 + 15 * (spec.n % 11),
              (CASE WHEN spec.n % 4 = 0 THEN 'ONLINE' ELSE 'ON_SITE' END)::activity_format,
              CASE WHEN spec.n % 4 = 0 THEN NULL ELSE 'Urząd Gminy' END,
              CASE WHEN spec.n % 4 = 0 THEN 'https://spotkania.example/' || spec.n END,
              spec.user_id, 'Wygenerowane do pomiarów wydajności.', true
       FROM spec ORDER BY spec.n)
     -- One to three neighbouring gminas (TERC order keeps a powiat together), a few people from each.
     INSERT INTO activity_gmina (activity_id, gmina_id, participants)
     SELECT spec.id, served.id, 1 + (spec.n + k * 5) % 12
     FROM spec CROSS JOIN LATERAL generate_series(0, spec.n % 3) k JOIN register served ON served.n = (spec.first + k) % spec.size`,
    [programmeId, count, TITLES],
  );
}
