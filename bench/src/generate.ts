import argon2 from 'argon2';
import { Client } from 'pg';
import { type GeneratedAdvisory, insertAdvisory } from './generate-advisory';
import { type GeneratedMyWork, insertMyWork } from './generate-my-work';
import { type GeneratedPlans, insertPlans } from './generate-plans';
import { insertEvents, insertProjects, insertTasks } from './generate-projects';
import { type GeneratedCurves, insertCurves } from './generate-series';
import type { BenchSize } from './sizes';

export const BENCH_PASSWORD = 'Wspolnie-bench-2026';

export interface GeneratedData {
  readonly seconds: number;
  readonly rows: Record<string, number>;
  /** The partnership whose board is read, and its coordinator. */
  readonly board: { readonly partnershipId: string; readonly coordinatorEmail: string; readonly projectIds: string[] };
  /** The project whose task stream holds `missedEvents` events. */
  readonly streamProjectId: string;
  /** Plans in the board's partnership. */
  readonly plans: GeneratedPlans;
  /** The advisory programme whose report is read. */
  readonly advisory: GeneratedAdvisory;
  /** The person whose work (tasks and projects across partnerships) is read. */
  readonly myWork: GeneratedMyWork;
  /** The partnerships the board read's and the catch-up's curves read. */
  readonly curves: GeneratedCurves;
}

const FIRST_NAMES = ['Anna', 'Katarzyna', 'Małgorzata', 'Agnieszka', 'Piotr', 'Krzysztof', 'Tomasz', 'Paweł', 'Łukasz', 'Zofia'];
const LAST_NAMES = ['Nowak', 'Kowalska', 'Wiśniewski', 'Wójcik', 'Kamińska', 'Lewandowski', 'Zielińska', 'Szymański', 'Woźniak', 'Dąbrowska'];
const OFFICIALS_PER_PARTNERSHIP = 5;

/**
 * Fills a migrated database with partnerships, people, projects, tasks, a long event stream,
 * plans in consultation (generate-plans.ts) and an advisory programme's activities
 * (generate-advisory.ts), set-based in PostgreSQL (INSERT … SELECT over generate_series and
 * arrays): the largest size loads 300,000 tasks in one statement instead of 300,000 ORM saves.
 * random() is seeded, so a size produces the same data every run.
 */
export async function generate(url: string, size: BenchSize): Promise<GeneratedData> {
  const started = performance.now();
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    await db.query('BEGIN');
    await db.query('SELECT setseed(0.2026)');
    const gminas = (await db.query<{ id: string; name: string }>('SELECT id, name FROM gmina ORDER BY terc')).rows;
    const groups = groupGminas(gminas, size);

    const partnershipIds = await insertPartnerships(db, groups);
    await insertMembers(db, partnershipIds, groups);
    const emails = await insertPeople(db, partnershipIds, groups);
    await db.query(
      `INSERT INTO partnership_thematic_area (partnership_id, thematic_area_id)
       SELECT p, area.id FROM unnest($1::uuid[]) p CROSS JOIN (SELECT id FROM thematic_area WHERE code IS NOT NULL ORDER BY code LIMIT 4) area`,
      [partnershipIds],
    );
    await insertProjects(db, size, partnershipIds);
    await insertTasks(db, size, partnershipIds);
    const boardProjectIds = (
      await db.query<{ id: string }>(`SELECT id FROM project WHERE partnership_id = $1 ORDER BY title COLLATE "pl-x-icu", id`, [partnershipIds[0]])
    ).rows.map((row) => row.id);
    await insertEvents(db, partnershipIds[0], boardProjectIds[0], size.missedEvents);
    const curves = await insertCurves(db, size, { partnershipId: partnershipIds[0], streamProjectId: boardProjectIds[0] });
    const plans = await insertPlans(db, size, partnershipIds);
    const advisory = await insertAdvisory(db, size, partnershipIds);
    const myWork = await insertMyWork(db, partnershipIds);
    await db.query('COMMIT');
    await db.query('ANALYZE');

    const rows: Record<string, number> = {};
    for (const table of ['gmina', 'partnership', 'partnership_member', 'user_account', 'project', 'task', 'stream_event', 'plan', 'plan_thread', 'comment', 'activity', 'activity_gmina']) {
      rows[table] = Number((await db.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
    }
    return {
      seconds: (performance.now() - started) / 1000,
      rows,
      board: { partnershipId: partnershipIds[0], coordinatorEmail: emails[0], projectIds: boardProjectIds },
      streamProjectId: boardProjectIds[0],
      plans,
      advisory,
      myWork,
      curves,
    };
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await db.end();
  }
}

/** Neighbouring gminas (TERC order keeps a powiat together) form a partnership. */
function groupGminas(gminas: { id: string; name: string }[], size: BenchSize): { id: string; name: string }[][] {
  const groups: { id: string; name: string }[][] = [];
  for (let p = 0; p < size.partnerships; p += 1) {
    if (size.gminasPerPartnership === null) {
      const from = Math.floor((p * gminas.length) / size.partnerships);
      groups.push(gminas.slice(from, Math.floor(((p + 1) * gminas.length) / size.partnerships)));
    } else {
      // Spread over the whole register, so partnerships sit in every voivodeship.
      const from = Math.floor((p * gminas.length) / size.partnerships);
      groups.push(gminas.slice(from, from + size.gminasPerPartnership));
    }
  }
  return groups;
}

async function insertPartnerships(db: Client, groups: { name: string }[][]): Promise<string[]> {
  const names = groups.map((group, p) => `Partnerstwo ${group[0].name} i sąsiedzi (${p + 1})`);
  const slugs = groups.map((_, p) => `bench-${p + 1}`);
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO partnership (slug, name, description, stage)
     SELECT slug, name, 'Dane do pomiarów wydajności (wygenerowane).', 'PROJECT_PIPELINE'
     FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS p(slug, name, n) ORDER BY n
     RETURNING id`,
    [slugs, names],
  );
  // RETURNING follows the insert order, which follows ORDER BY n.
  return rows.map((row) => row.id);
}

async function insertMembers(db: Client, partnershipIds: string[], groups: { id: string }[][]): Promise<void> {
  const partnerships = groups.flatMap((group, p) => group.map(() => partnershipIds[p]));
  const gminas = groups.flatMap((group) => group.map((gmina) => gmina.id));
  const leaders = groups.flatMap((group) => group.map((_, i) => i === 0));
  await db.query(
    `INSERT INTO partnership_member (partnership_id, gmina_id, role, joined_on)
     SELECT p, g, CASE WHEN leader THEN 'LEADER' ELSE 'MEMBER' END::partnership_member_role, DATE '2024-03-01'
     FROM unnest($1::uuid[], $2::uuid[], $3::boolean[]) AS m(p, g, leader)`,
    [partnerships, gminas, leaders],
  );
}

/** A coordinator and five officials (each acting for a member gmina) per partnership, sharing one real argon2id hash. */
async function insertPeople(db: Client, partnershipIds: string[], groups: { id: string }[][]): Promise<string[]> {
  const hash = await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const emails: string[] = [];
  const names: string[] = [];
  const gminas: string[] = [];
  const partnerships: string[] = [];
  const roles: string[] = [];
  partnershipIds.forEach((partnershipId, p) => {
    for (let k = 0; k <= OFFICIALS_PER_PARTNERSHIP; k += 1) {
      const n = p * 7 + k;
      emails.push(k === 0 ? `bench-${p + 1}-koordynator@wspolnie.example` : `bench-${p + 1}-urzednik-${k}@wspolnie.example`);
      names.push(`${FIRST_NAMES[n % FIRST_NAMES.length]} ${LAST_NAMES[(n * 3) % LAST_NAMES.length]}`);
      gminas.push(groups[p][k % groups[p].length].id);
      partnerships.push(partnershipId);
      roles.push(k === 0 ? 'COORDINATOR' : 'GMINA_OFFICIAL');
    }
  });
  await db.query(
    `WITH account AS (
       INSERT INTO user_account (email, display_name, gmina_id, password_hash)
       SELECT e, d, g, $4 FROM unnest($1::text[], $2::text[], $3::uuid[]) AS a(e, d, g)
       RETURNING id, email)
     INSERT INTO partnership_access (user_id, partnership_id, role, gmina_id)
     SELECT account.id, r.p, r.role::partnership_role, CASE WHEN r.role = 'GMINA_OFFICIAL' THEN r.g END
     FROM unnest($1::text[], $5::uuid[], $6::text[], $3::uuid[]) AS r(e, p, role, g) JOIN account ON account.email = r.e`,
    [emails, names, gminas, hash, partnerships, roles],
  );
  return emails;
}
