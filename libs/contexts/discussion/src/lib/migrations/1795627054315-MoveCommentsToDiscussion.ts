import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Constraints (and the indexes they own) renamed from the plans' tables to the generic ones. */
const RENAMED: readonly (readonly [table: string, before: string, after: string])[] = [
  ['comment', 'plan_comment_pk', 'comment_pk'],
  ['comment', 'plan_comment_partnership_fk', 'comment_partnership_fk'],
  ['comment', 'plan_comment_reply_fk', 'comment_reply_fk'],
  ['comment', 'plan_comment_author_fk', 'comment_author_fk'],
  ['comment', 'plan_comment_gmina_fk', 'comment_gmina_fk'],
  ['comment', 'plan_comment_body', 'comment_body'],
  ['comment_edit', 'plan_comment_edit_pk', 'comment_edit_pk'],
  ['comment_edit', 'plan_comment_edit_comment_fk', 'comment_edit_comment_fk'],
  ['comment_mention', 'plan_comment_mention_pk', 'comment_mention_pk'],
  ['comment_mention', 'plan_comment_mention_comment_fk', 'comment_mention_comment_fk'],
  ['comment_mention', 'plan_comment_mention_user_fk', 'comment_mention_user_fk'],
];

const exists = async (db: QueryRunner, table: string) => ((await db.query(`SELECT to_regclass($1) IS NOT NULL AS found`, [table])) as { found: boolean }[])[0].found;

/**
 * Plan comments become the one comment mechanism of plans, tasks and projects: the rows (ids,
 * texts, earlier texts, mentions) stay, under generic names, with what they are on as a kind
 * and an id. The foreign keys to plan_thread and plan go: the owning context checks its
 * subject when a comment is written. A database without the plans' tables (a test of a context
 * that does not stand on plans) gets the same tables made empty, so both end the same.
 */
export class MoveCommentsToDiscussion1795627054315 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    if (!(await exists(db, 'plan_comment'))) await this.createBare(db);
    else {
      await db.query(`ALTER TABLE plan_comment DROP CONSTRAINT plan_comment_thread_fk, DROP CONSTRAINT plan_comment_plan_fk`);
    }
    await db.query(`CREATE TYPE comment_subject_kind AS ENUM ('PLAN_THREAD', 'TASK', 'PROJECT')`);
    await db.query(`ALTER TABLE plan_comment RENAME TO comment`);
    await db.query(`ALTER TABLE plan_comment_edit RENAME TO comment_edit`);
    await db.query(`ALTER TABLE plan_comment_mention RENAME TO comment_mention`);
    await db.query(`ALTER SEQUENCE plan_comment_seq_seq RENAME TO comment_seq_seq`);
    await db.query(`ALTER TABLE comment RENAME COLUMN thread_id TO subject_id`);
    await db.query(`ALTER TABLE comment RENAME COLUMN plan_id TO scope_id`);
    // Every comment so far is on a plan's thread; new ones name their kind.
    await db.query(`ALTER TABLE comment ADD COLUMN subject_kind comment_subject_kind NOT NULL DEFAULT 'PLAN_THREAD'`);
    await db.query(`ALTER TABLE comment ALTER COLUMN subject_kind DROP DEFAULT`);
    for (const [table, before, after] of RENAMED) await db.query(`ALTER TABLE ${table} RENAME CONSTRAINT ${before} TO ${after}`);
    await db.query(`DROP INDEX plan_comment_thread_idx`);
    await db.query(`ALTER INDEX plan_comment_plan_idx RENAME TO comment_scope_idx`);
    await db.query(`CREATE INDEX comment_subject_idx ON comment (subject_kind, subject_id, seq)`);
  }

  async down(db: QueryRunner): Promise<void> {
    if (await exists(db, 'plan_thread')) await this.refuseOrphans(db);
    // Plans had comments only: those on tasks and projects go (their edits and mentions with
    // them), and first the notifications of them, which nothing else would take away.
    if (await exists(db, 'notification')) await db.query(`DELETE FROM notification WHERE comment_id IN (SELECT id FROM comment WHERE subject_kind <> 'PLAN_THREAD')`);
    await db.query(`DELETE FROM comment WHERE subject_kind <> 'PLAN_THREAD'`);
    await db.query(`DROP INDEX comment_subject_idx`);
    await db.query(`ALTER INDEX comment_scope_idx RENAME TO plan_comment_plan_idx`);
    await db.query(`CREATE INDEX plan_comment_thread_idx ON comment (subject_id, seq)`);
    for (const [table, before, after] of [...RENAMED].reverse()) await db.query(`ALTER TABLE ${table} RENAME CONSTRAINT ${after} TO ${before}`);
    await db.query(`ALTER TABLE comment DROP COLUMN subject_kind`);
    await db.query(`ALTER TABLE comment RENAME COLUMN scope_id TO plan_id`);
    await db.query(`ALTER TABLE comment RENAME COLUMN subject_id TO thread_id`);
    await db.query(`ALTER SEQUENCE comment_seq_seq RENAME TO plan_comment_seq_seq`);
    await db.query(`ALTER TABLE comment_mention RENAME TO plan_comment_mention`);
    await db.query(`ALTER TABLE comment_edit RENAME TO plan_comment_edit`);
    await db.query(`ALTER TABLE comment RENAME TO plan_comment`);
    await db.query(`DROP TYPE comment_subject_kind`);
    if (await exists(db, 'plan_thread')) {
      await db.query(`
        ALTER TABLE plan_comment
          ADD CONSTRAINT plan_comment_thread_fk FOREIGN KEY (thread_id) REFERENCES plan_thread (id) ON DELETE CASCADE,
          ADD CONSTRAINT plan_comment_plan_fk FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE`);
    } else {
      await db.query(`DROP TABLE plan_comment_mention, plan_comment_edit, plan_comment`);
    }
  }

  /**
   * Plan comments whose thread or plan is gone (nothing held them to it while the foreign keys
   * were away) would fail the keys being put back: named, not deleted, before anything changes.
   */
  private async refuseOrphans(db: QueryRunner): Promise<void> {
    const [{ threadless, planless }] = (await db.query(`
      SELECT count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM plan_thread WHERE plan_thread.id = comment.subject_id))::int AS threadless,
             count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM plan WHERE plan.id = comment.scope_id))::int AS planless
      FROM comment WHERE subject_kind = 'PLAN_THREAD'`)) as { threadless: number; planless: number }[];
    if (threadless || planless)
      throw new Error(
        `MoveCommentsToDiscussion1795627054315 down: ${threadless} plan comment(s) have no thread and ${planless} no plan; ` +
          `the foreign keys plan_comment_thread_fk and plan_comment_plan_fk cannot be put back until they are dealt with (nothing was changed).`,
      );
  }

  /** The plans' comment tables as they were made (1795627054311), without their thread and plan. */
  private async createBare(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE plan_comment (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL,
        plan_id uuid NOT NULL,
        partnership_id uuid NOT NULL,
        in_reply_to_id uuid,
        author_id uuid,
        author_gmina_id uuid,
        body text NOT NULL,
        edited_at timestamptz,
        deleted_at timestamptz,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT plan_comment_pk PRIMARY KEY (id),
        CONSTRAINT plan_comment_partnership_fk FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE,
        CONSTRAINT plan_comment_reply_fk FOREIGN KEY (in_reply_to_id) REFERENCES plan_comment (id) ON DELETE SET NULL,
        CONSTRAINT plan_comment_author_fk FOREIGN KEY (author_id) REFERENCES user_account (id) ON DELETE SET NULL,
        CONSTRAINT plan_comment_gmina_fk FOREIGN KEY (author_gmina_id) REFERENCES gmina (id),
        CONSTRAINT plan_comment_body CHECK ((deleted_at IS NULL AND char_length(btrim(body)) BETWEEN 1 AND 5000) OR (deleted_at IS NOT NULL AND body = ''))
      )`);
    await db.query(`CREATE INDEX plan_comment_thread_idx ON plan_comment (thread_id, seq)`);
    await db.query(`CREATE INDEX plan_comment_plan_idx ON plan_comment (plan_id)`);
    await db.query(`
      CREATE TABLE plan_comment_edit (
        comment_id uuid NOT NULL,
        number integer NOT NULL,
        body text NOT NULL,
        written_at timestamptz NOT NULL,
        CONSTRAINT plan_comment_edit_pk PRIMARY KEY (comment_id, number),
        CONSTRAINT plan_comment_edit_comment_fk FOREIGN KEY (comment_id) REFERENCES plan_comment (id) ON DELETE CASCADE
      )`);
    await db.query(`
      CREATE TABLE plan_comment_mention (
        comment_id uuid NOT NULL,
        user_id uuid NOT NULL,
        CONSTRAINT plan_comment_mention_pk PRIMARY KEY (comment_id, user_id),
        CONSTRAINT plan_comment_mention_comment_fk FOREIGN KEY (comment_id) REFERENCES plan_comment (id) ON DELETE CASCADE,
        CONSTRAINT plan_comment_mention_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
      )`);
  }
}
