import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Threads and comments are ordered by seq, the order they were written in: created_at is the
 * transaction's start, so what one transaction writes (a reply and its thread, the demo) ties.
 */
export class CreatePlanComments1795627054311 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE plan_thread_status AS ENUM ('OPEN', 'RESOLVED')`);
    await db.query(`CREATE TYPE plan_anchor_state AS ENUM ('CURRENT', 'QUOTE_NOT_FOUND', 'OUTDATED')`);
    await db.query(`CREATE TYPE plan_thread_step AS ENUM ('RESOLVED', 'REOPENED')`);
    await db.query(`
      CREATE TABLE plan_thread (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL,
        partnership_id uuid NOT NULL,
        round_number integer NOT NULL,
        origin_revision_id uuid NOT NULL,
        revision_id uuid NOT NULL,
        section_key text COLLATE "C" NOT NULL,
        quote text,
        quote_start integer,
        quote_end integer,
        anchor plan_anchor_state NOT NULL DEFAULT 'CURRENT',
        status plan_thread_status NOT NULL DEFAULT 'OPEN',
        resolved_by uuid,
        resolved_at timestamptz,
        decision_note text,
        started_by uuid,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT plan_thread_pk PRIMARY KEY (id),
        CONSTRAINT plan_thread_plan_fk FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
        CONSTRAINT plan_thread_partnership_fk FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE,
        CONSTRAINT plan_thread_origin_fk FOREIGN KEY (origin_revision_id, section_key) REFERENCES plan_section (revision_id, key) ON DELETE CASCADE,
        CONSTRAINT plan_thread_revision_fk FOREIGN KEY (revision_id) REFERENCES plan_revision (id) ON DELETE CASCADE,
        CONSTRAINT plan_thread_resolved_by_fk FOREIGN KEY (resolved_by) REFERENCES user_account (id) ON DELETE SET NULL,
        CONSTRAINT plan_thread_started_by_fk FOREIGN KEY (started_by) REFERENCES user_account (id) ON DELETE SET NULL,
        CONSTRAINT plan_thread_quote CHECK ((quote IS NULL) = (quote_start IS NULL) AND (quote_start IS NULL) = (quote_end IS NULL) AND (quote_start IS NULL OR quote_start < quote_end)),
        CONSTRAINT plan_thread_resolution CHECK ((status = 'RESOLVED') = (resolved_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX plan_thread_plan_idx ON plan_thread (plan_id, seq)`);
    await db.query(`CREATE INDEX plan_thread_revision_idx ON plan_thread (revision_id, section_key)`);
    await db.query(`
      CREATE TABLE plan_thread_resolution (
        thread_id uuid NOT NULL,
        number integer NOT NULL,
        step plan_thread_step NOT NULL,
        note text,
        taken_by uuid,
        taken_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT plan_thread_resolution_pk PRIMARY KEY (thread_id, number),
        CONSTRAINT plan_thread_resolution_thread_fk FOREIGN KEY (thread_id) REFERENCES plan_thread (id) ON DELETE CASCADE,
        CONSTRAINT plan_thread_resolution_taken_by_fk FOREIGN KEY (taken_by) REFERENCES user_account (id) ON DELETE SET NULL
      )`);
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
        CONSTRAINT plan_comment_thread_fk FOREIGN KEY (thread_id) REFERENCES plan_thread (id) ON DELETE CASCADE,
        CONSTRAINT plan_comment_plan_fk FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
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

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE plan_comment_mention`);
    await db.query(`DROP TABLE plan_comment_edit`);
    await db.query(`DROP TABLE plan_comment`);
    await db.query(`DROP TABLE plan_thread_resolution`);
    await db.query(`DROP TABLE plan_thread`);
    await db.query(`DROP TYPE plan_thread_step`);
    await db.query(`DROP TYPE plan_anchor_state`);
    await db.query(`DROP TYPE plan_thread_status`);
  }
}
