import type { Client } from 'pg';

/** The person whose work is read: an official in several partnerships with about 100 open tasks among them. */
export interface GeneratedMyWork {
  readonly email: string;
  readonly partnerships: number;
}

const EMAIL = 'bench-moja-praca@wspolnie.example';
const PARTNERSHIPS = 10;
const OPEN_TASKS_EACH = 10;

/**
 * An official acting for the lead gmina of ten partnerships (so every project there is one
 * their gmina takes part in), given ten open tasks in each and a few done ones; and tasks of an
 * eleventh partnership where they hold no role, which my work must leave out.
 */
export async function insertMyWork(db: Client, partnershipIds: string[]): Promise<GeneratedMyWork> {
  const mine = partnershipIds.slice(1, 1 + PARTNERSHIPS);
  const elsewhere = partnershipIds[1 + PARTNERSHIPS] ?? null;
  const [{ id }] = (
    await db.query<{ id: string }>(
      `INSERT INTO user_account (email, display_name, password_hash)
       SELECT $1, 'Maria Pracowita', password_hash FROM user_account WHERE email = 'bench-1-koordynator@wspolnie.example' RETURNING id`,
      [EMAIL],
    )
  ).rows;
  await db.query(
    `INSERT INTO partnership_access (user_id, partnership_id, role, gmina_id)
     SELECT $1, m.partnership_id, 'GMINA_OFFICIAL', m.gmina_id FROM partnership_member m WHERE m.partnership_id = ANY($2::uuid[]) AND m.role = 'LEADER'`,
    [id, mine],
  );
  // Open ones spread over each partnership's projects; a done one each besides.
  await db.query(
    `UPDATE task SET assignee_id = $1 FROM (
       SELECT id, row_number() OVER (PARTITION BY partnership_id, status = 'DONE' ORDER BY id) AS n, status FROM task WHERE partnership_id = ANY($2::uuid[])
     ) picked
     WHERE task.id = picked.id AND ((picked.status <> 'DONE' AND picked.n <= $3) OR (picked.status = 'DONE' AND picked.n <= 2))`,
    [id, [...mine, ...(elsewhere ? [elsewhere] : [])], OPEN_TASKS_EACH],
  );
  return { email: EMAIL, partnerships: mine.length };
}
