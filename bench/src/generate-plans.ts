import type { Client } from 'pg';
import type { BenchSize } from './sizes';

/** The plan whose consultation is read, and a plan of a few comments to count the statements of against it. */
export interface GeneratedPlans {
  readonly readId: string;
  readonly smallId: string;
  /** The plans of the plan read's curve, the read one among them, by growing comments. */
  readonly curve: readonly { readonly comments: number; readonly id: string }[];
}

interface PlanSpec {
  readonly partnershipId: string;
  readonly title: string;
  readonly sections: number;
  /** Comments in each of its threads. */
  readonly threads: readonly number[];
}

/** People with a role in the read plan's partnership besides its coordinator and officials: who comments in a consultation. */
const PARTICIPANTS: readonly { role: string; count: number }[] = [
  { role: 'GMINA_OFFICIAL', count: 12 },
  { role: 'COUNCIL_MEMBER', count: 8 },
  { role: 'ADVISOR', count: 4 },
  { role: 'OBSERVER', count: 6 },
];
const FIRST_NAMES = ['Barbara', 'Ewa', 'Joanna', 'Magdalena', 'Halina', 'Jadwiga', 'Marek', 'Grzegorz', 'Andrzej', 'Jerzy', 'Michał', 'Stanisław'];
const LAST_NAMES = ['Mazur', 'Krawczyk', 'Piotrowska', 'Grabowski', 'Nowakowska', 'Pawłowski', 'Michalska', 'Król', 'Wieczorek', 'Jabłońska', 'Górski', 'Żak', 'Sołtys'];

const HEADINGS = [
  'Diagnoza sytuacji społeczno-gospodarczej',
  'Demografia i rynek pracy',
  'Infrastruktura techniczna',
  'Transport i dostępność komunikacyjna',
  'Środowisko i zmiany klimatu',
  'Turystyka i dziedzictwo kulturowe',
  'Usługi publiczne',
  'Cele strategiczne',
  'Kierunki działań',
  'Obszary strategicznej interwencji',
  'Model struktury funkcjonalno-przestrzennej',
  'System wdrażania',
  'Ramy finansowe',
  'Monitoring i ewaluacja',
];
// Each ends with a full stop and they are joined by spaces: a thread quotes a section's second sentence.
const SENTENCES = [
  'Liczba mieszkańców partnerstwa spada od 2015 roku, najszybciej w gminach górskich.',
  'Brakuje połączeń autobusowych w dni wolne od pracy, zwłaszcza do szpitala powiatowego.',
  'Gminy planują wspólną sieć tras rowerowych łączącą ośrodki gminne z doliną rzeki.',
  'Udział odnawialnych źródeł energii w budynkach publicznych wynosi dziś czternaście procent.',
  'Szkoły potrzebują termomodernizacji; w trzech z nich koszty ogrzewania wzrosły dwukrotnie.',
  'Partnerstwo proponuje centrum usług wspólnych dla księgowości oświatowej.',
  'Ruch turystyczny skupia się w sezonie letnim i w zimowe weekendy.',
  'Bezrobocie rejestrowane jest niższe niż średnio w województwie, ale rośnie wśród osób po pięćdziesiątce.',
  'Żłobki i kluby dziecięce działają tylko w dwóch gminach z sześciu.',
];
const ADDED_IN_REVISION_2 = 'Uzupełniono na podstawie uwag z pierwszej rundy konsultacji.';
const QUOTE_GONE = 'zapis usunięty w drugiej wersji';
const REMARKS = [
  'Proszę uzupełnić dane o liczbie mieszkańców za 2024 rok (GUS, Bank Danych Lokalnych).',
  'Nie zgadzamy się z tym zapisem: w naszej gminie sytuacja wygląda inaczej.',
  'Warto dodać wskaźnik rezultatu i jego wartość docelową na 2030 rok.',
  'Czy ten kierunek działań ma pokrycie w budżetach gmin na lata 2026–2028?',
  'Proponuję przenieść ten fragment do rozdziału o systemie wdrażania.',
  'Brakuje odniesienia do strategii rozwoju województwa śląskiego.',
];
const REPLIES = [
  'Dziękujemy, uzupełnimy w kolejnej wersji.',
  'Dane są w raporcie o stanie gminy za 2024 rok, str. 12.',
  'Popieram tę uwagę — dotyczy też naszej gminy.',
  'Zapis wynika z diagnozy, rozdział 2; proszę o konkretną propozycję brzmienia.',
  'Zespół strategiczny omówi to na najbliższym spotkaniu.',
];
const DECISIONS = ['Przyjęto — zmieniono w wersji 2.', 'Odrzucono, ponieważ wykracza poza zakres strategii.', 'Przyjęto częściowo.', 'Wyjaśniono w odpowiedzi.'];

/**
 * One plan in consultation per partnership, with two revisions of `planSections` sections and
 * `comments` comments over them all; the first partnership's plan has `planComments` of them and
 * is the one read, from a partnership with a few dozen people who comment. Set-based, as the
 * rest of the generator: revisions and sections are only ever inserted (their triggers refuse
 * anything else), threads, comments and their history in one statement.
 */
export async function insertPlans(db: Client, size: BenchSize, partnershipIds: string[]): Promise<GeneratedPlans> {
  await insertParticipants(db, partnershipIds[0]);
  const others = partnershipIds.slice(1);
  const curve = size.curves.planComments.filter((comments) => comments !== size.planComments);
  const rest = Math.max(0, size.comments - size.planComments - 5 - curve.reduce((sum, n) => sum + n, 0));
  const plans: PlanSpec[] = [
    { partnershipId: partnershipIds[0], title: 'Strategia rozwoju ponadlokalnego 2026–2035 (wygenerowana)', sections: size.planSections, threads: threadSizes(size.planComments) },
    { partnershipId: partnershipIds[0], title: 'Karta projektu: wspólny transport na żądanie (wygenerowana)', sections: 3, threads: [1, 2, 2] },
    ...others.map((partnershipId, p) => ({
      partnershipId,
      title: `Strategia rozwoju ponadlokalnego partnerstwa ${p + 2} (wygenerowana)`,
      sections: size.planSections,
      threads: threadSizes(Math.floor((rest * (p + 1)) / others.length) - Math.floor((rest * p) / others.length)),
    })),
    // Last, so the plans above keep their place in the insert order.
    ...curve.map((comments) => ({
      partnershipId: partnershipIds[0],
      title: `Strategia rozwoju ponadlokalnego – wariant z ${comments} uwagami (wygenerowana)`,
      sections: size.planSections,
      threads: threadSizes(comments),
    })),
  ];
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO plan (partnership_id, title, kind, status, round_number, revision_count, next_section_number, created_by, created_at)
     SELECT p.partnership_id, p.title, 'DEVELOPMENT_STRATEGY', 'IN_CONSULTATION', 1, 2, p.sections + 1,
            (SELECT user_id FROM partnership_access WHERE partnership_id = p.partnership_id AND role = 'COORDINATOR' LIMIT 1),
            timestamptz '2026-09-01 09:00+02' + p.n * interval '1 minute'
     FROM unnest($1::uuid[], $2::text[], $3::int[]) WITH ORDINALITY AS p(partnership_id, title, sections, n) ORDER BY p.n
     RETURNING id`,
    [plans.map((plan) => plan.partnershipId), plans.map((plan) => plan.title), plans.map((plan) => plan.sections)],
  );
  // RETURNING follows the insert order, which follows ORDER BY n.
  const planIds = rows.map((row) => row.id);
  await db.query(
    `WITH rounds AS (
       INSERT INTO plan_round (plan_id, number, opens_on, closes_on, opened_by, opened_at)
       SELECT id, 1, DATE '2026-10-01', DATE '2026-12-31', created_by, timestamptz '2026-10-01 08:00+02' FROM plan WHERE id = ANY($1::uuid[]))
     INSERT INTO plan_author (plan_id, user_id)
     SELECT plan.id, access.user_id FROM plan JOIN partnership_access access ON access.partnership_id = plan.partnership_id
     JOIN user_account account ON account.id = access.user_id
     WHERE plan.id = ANY($1::uuid[]) AND (access.role = 'COORDINATOR' OR account.email LIKE '%-urzednik-1@%')`,
    [planIds],
  );
  await insertRevisions(db, planIds, plans.map((plan) => plan.sections));
  await insertThreads(db, planIds, plans);
  const curveIds = planIds.slice(planIds.length - curve.length);
  const points = [{ comments: size.planComments, id: planIds[0] }, ...curve.map((comments, k) => ({ comments, id: curveIds[k] }))];
  return { readId: planIds[0], smallId: planIds[1], curve: points.sort((a, b) => a.comments - b.comments) };
}

/** Comments per thread, 1–7 and four on average, adding up to `comments`. */
function threadSizes(comments: number): number[] {
  if (comments <= 0) return [];
  const sizes = Array.from({ length: Math.max(1, Math.round(comments / 4)) }, (_, t) => 1 + ((t * 5) % 7));
  let missing = comments - sizes.reduce((sum, n) => sum + n, 0);
  for (let t = 0; missing !== 0; t = (t + 1) % sizes.length) {
    if (missing > 0 && sizes[t] < 7) {
      sizes[t] += 1;
      missing -= 1;
    } else if (missing < 0 && sizes[t] > 1) {
      sizes[t] -= 1;
      missing += 1;
    }
  }
  return sizes;
}

/** Officials of every member gmina, council members, advisors and observers, sharing the bench password. */
async function insertParticipants(db: Client, partnershipId: string): Promise<void> {
  const roles = PARTICIPANTS.flatMap(({ role, count }) => Array.from({ length: count }, () => role));
  await db.query(
    `WITH spec AS (SELECT * FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS s(email, name, role, n)),
     gminas AS (SELECT array_agg(m.gmina_id ORDER BY g.terc) AS ids FROM partnership_member m JOIN gmina g ON g.id = m.gmina_id WHERE m.partnership_id = $1),
     account AS (
       INSERT INTO user_account (email, display_name, gmina_id, password_hash)
       SELECT s.email, s.name, CASE WHEN s.role IN ('GMINA_OFFICIAL', 'COUNCIL_MEMBER') THEN gminas.ids[1 + s.n % cardinality(gminas.ids)] END,
              (SELECT password_hash FROM user_account WHERE email = 'bench-1-koordynator@wspolnie.example')
       FROM spec s CROSS JOIN gminas
       RETURNING id, email, gmina_id)
     INSERT INTO partnership_access (user_id, partnership_id, role, gmina_id)
     SELECT account.id, $1, s.role::partnership_role, account.gmina_id FROM spec s JOIN account ON account.email = s.email`,
    [
      partnershipId,
      roles.map((_, k) => `bench-1-uczestnik-${k + 1}@wspolnie.example`),
      roles.map((_, k) => `${FIRST_NAMES[k % FIRST_NAMES.length]} ${LAST_NAMES[(k * 5) % LAST_NAMES.length]}`),
      roles,
    ],
  );
}

/** Revision 1 and 2 of every plan, the same sections (2 adds a sentence to every third), the Markdown rendered as the API renders it. */
async function insertRevisions(db: Client, planIds: string[], sections: number[]): Promise<void> {
  await db.query(
    `WITH section_text AS (
       SELECT p.plan_id, r.number, k, CASE WHEN k % 10 = 1 THEN 1 ELSE 2 END AS level,
              k || '. ' || ($3::text[])[1 + (k - 1) % cardinality($3::text[])] AS heading,
              ($4::text[])[1 + k % cardinality($4::text[])] || ' ' || ($4::text[])[1 + (k * 4 + 1) % cardinality($4::text[])] || ' '
                || ($4::text[])[1 + (k * 2 + 5) % cardinality($4::text[])] || CASE WHEN r.number = 2 AND k % 3 = 0 THEN ' ' || $5 ELSE '' END AS body
       FROM unnest($1::uuid[], $2::int[]) AS p(plan_id, sections) CROSS JOIN generate_series(1, 2) r(number) CROSS JOIN LATERAL generate_series(1, p.sections) k),
     revision AS (
       INSERT INTO plan_revision (plan_id, number, markdown, summary, author_id, created_at)
       SELECT t.plan_id, t.number,
              string_agg(repeat('#', t.level) || ' ' || t.heading || ' {#s' || t.k || '}' || E'\\n\\n' || t.body, E'\\n\\n' ORDER BY t.k) || E'\\n',
              CASE t.number WHEN 1 THEN 'Pierwsza wersja do konsultacji' ELSE 'Uzupełnienia po pierwszych uwagach' END,
              plan.created_by, CASE t.number WHEN 1 THEN plan.created_at ELSE timestamptz '2026-10-04 08:00+02' END
       FROM section_text t JOIN plan ON plan.id = t.plan_id GROUP BY t.plan_id, t.number, plan.created_by, plan.created_at
       RETURNING id, plan_id, number)
     INSERT INTO plan_section (revision_id, key, position, level, heading, body)
     SELECT revision.id, 's' || t.k, t.k - 1, t.level, t.heading, t.body FROM section_text t JOIN revision USING (plan_id, number)`,
    [planIds, sections, HEADINGS, SENTENCES, ADDED_IN_REVISION_2],
  );
}

/**
 * Threads on every section of revision 2 (those written before it on revision 1, carried
 * along), a third quoting a sentence of it (some of those quotes no longer found), a fifth
 * resolved with a decision note, some reopened; replies answering the first comment or the one
 * before, a few deleted (placeholders), edited (with the earlier text kept) or mentioning the
 * coordinator. Authors and thread starters are the plan's partnership's people. Inserted in
 * the order they were written, which their seq (what the API orders them by) follows.
 */
async function insertThreads(db: Client, planIds: string[], plans: PlanSpec[]): Promise<void> {
  const threadPlans = plans.flatMap((plan, p) => plan.threads.map(() => p + 1));
  const threadComments = plans.flatMap((plan) => plan.threads);
  await db.query(
    `WITH people AS (
       SELECT access.partnership_id, array_agg(access.user_id ORDER BY account.email) AS ids, array_agg(access.gmina_id ORDER BY account.email) AS gminas,
              (array_agg(account.id ORDER BY account.email) FILTER (WHERE access.role = 'COORDINATOR'))[1] AS coordinator,
              (array_agg(account.display_name ORDER BY account.email) FILTER (WHERE access.role = 'COORDINATOR'))[1] AS coordinator_name
       FROM partnership_access access JOIN user_account account ON account.id = access.user_id GROUP BY access.partnership_id),
     spec AS (
       SELECT t.plan_no, t.comments, row_number() OVER (PARTITION BY t.plan_no ORDER BY t.n)::int - 1 AS i
       FROM unnest($2::int[], $3::int[]) WITH ORDINALITY AS t(plan_no, comments, n)),
     thread_row AS MATERIALIZED (
       SELECT gen_random_uuid() AS id, plan.id AS plan_id, plan.partnership_id, s.i, s.comments, section.key AS section_key, section.body,
              CASE WHEN written.at < r2.created_at THEN r1.id ELSE r2.id END AS origin_revision_id, r2.id AS revision_id, written.at AS created_at,
              s.i % 5 = 2 AS resolved, s.i % 10 = 4 AS reopened,
              CASE WHEN s.i % 11 = 0 THEN $4 WHEN s.i % 3 = 0 THEN split_part(section.body, '. ', 2) END AS quote,
              people.ids, people.gminas, people.coordinator, people.coordinator_name
       FROM spec s
       JOIN plan ON plan.id = ($1::uuid[])[s.plan_no]
       JOIN plan_revision r1 ON r1.plan_id = plan.id AND r1.number = 1
       JOIN plan_revision r2 ON r2.plan_id = plan.id AND r2.number = 2
       JOIN plan_section section ON section.revision_id = r2.id AND section.key = 's' || (1 + (s.i * 7) % (plan.next_section_number - 1))
       JOIN people ON people.partnership_id = plan.partnership_id
       CROSS JOIN LATERAL (SELECT timestamptz '2026-10-01 08:00+02' + s.i * interval '17 minutes' AS at) written),
     threads AS (
       INSERT INTO plan_thread (id, plan_id, partnership_id, round_number, origin_revision_id, revision_id, section_key, quote, quote_start, quote_end,
                                anchor, status, resolved_by, resolved_at, decision_note, started_by, version, created_at, updated_at)
       SELECT id, plan_id, partnership_id, 1, origin_revision_id, revision_id, section_key, quote,
              CASE WHEN i % 11 = 0 THEN 0 ELSE strpos(body, quote) - 1 END,
              CASE WHEN i % 11 = 0 THEN 0 ELSE strpos(body, quote) - 1 END + char_length(quote),
              (CASE WHEN i % 11 = 0 THEN 'QUOTE_NOT_FOUND' ELSE 'CURRENT' END)::plan_anchor_state,
              (CASE WHEN resolved THEN 'RESOLVED' ELSE 'OPEN' END)::plan_thread_status,
              CASE WHEN resolved THEN coordinator END, CASE WHEN resolved THEN created_at + interval '3 days' END,
              CASE WHEN resolved THEN ($7::text[])[1 + i % cardinality($7::text[])] END,
              ids[1 + (i * 7) % cardinality(ids)], CASE WHEN resolved THEN 2 WHEN reopened THEN 3 ELSE 1 END, created_at, created_at
       FROM thread_row ORDER BY created_at, id),
     trail AS (
       INSERT INTO plan_thread_resolution (thread_id, number, step, note, taken_by, taken_at)
       SELECT t.id, step.number, step.kind::plan_thread_step, CASE WHEN step.kind = 'RESOLVED' THEN ($7::text[])[1 + t.i % cardinality($7::text[])] END,
              t.coordinator, t.created_at + step.number * interval '3 days'
       FROM thread_row t CROSS JOIN LATERAL (VALUES (1, 'RESOLVED'), (2, 'REOPENED')) AS step(number, kind)
       WHERE (t.resolved AND step.number = 1) OR t.reopened),
     comment_row AS MATERIALIZED (
       SELECT gen_random_uuid() AS id, t.id AS thread_id, t.plan_id, t.partnership_id, t.i, j,
              t.ids[1 + (t.i * 7 + j * 13) % cardinality(t.ids)] AS author_id, t.gminas[1 + (t.i * 7 + j * 13) % cardinality(t.ids)] AS author_gmina_id,
              t.created_at + j * interval '5 hours' AS created_at,
              j > 0 AND (t.i + j) % 47 = 5 AS deleted, j > 0 AND (t.i * 3 + j) % 29 = 0 AND (t.i + j) % 47 <> 5 AS edited, j = 0 AND t.i % 13 = 4 AS mentions,
              t.coordinator, t.coordinator_name
       FROM thread_row t CROSS JOIN LATERAL generate_series(0, t.comments - 1) j),
     linked AS (
       SELECT c.*, first_value(c.id) OVER w AS first_id, lag(c.id) OVER w AS previous_id FROM comment_row c WINDOW w AS (PARTITION BY c.thread_id ORDER BY c.j)),
     comments AS (
       INSERT INTO comment (id, subject_kind, subject_id, scope_id, partnership_id, in_reply_to_id, author_id, author_gmina_id, body, edited_at, deleted_at, version, created_at, updated_at)
       SELECT id, 'PLAN_THREAD', thread_id, plan_id, partnership_id, CASE WHEN j = 0 THEN NULL WHEN j % 3 = 2 THEN previous_id ELSE first_id END, author_id, author_gmina_id,
              CASE WHEN deleted THEN ''
                   WHEN j = 0 THEN ($5::text[])[1 + i % cardinality($5::text[])] || CASE WHEN mentions THEN ' @[' || coordinator_name || '](' || coordinator || ')' ELSE '' END
                   ELSE ($6::text[])[1 + (i + j) % cardinality($6::text[])] END,
              CASE WHEN edited THEN created_at + interval '1 hour' END, CASE WHEN deleted THEN created_at + interval '1 day' END,
              CASE WHEN deleted OR edited THEN 2 ELSE 1 END, created_at, created_at
       FROM linked ORDER BY created_at, id),
     edits AS (
       INSERT INTO comment_edit (comment_id, number, body, written_at)
       SELECT id, 1, 'Wcześniejsza treść: ' || ($6::text[])[1 + i % cardinality($6::text[])], created_at FROM comment_row WHERE edited)
     INSERT INTO comment_mention (comment_id, user_id) SELECT id, coordinator FROM comment_row WHERE mentions`,
    [planIds, threadPlans, threadComments, QUOTE_GONE, REMARKS, REPLIES, DECISIONS],
  );
}
