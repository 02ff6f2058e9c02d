import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePlans1795627054310 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE plan_kind AS ENUM ('DIAGNOSIS', 'DEVELOPMENT_STRATEGY', 'REVITALISATION_PROGRAMME', 'PROJECT_SHEET', 'ACTION_PLAN', 'OTHER')`);
    await db.query(`CREATE TYPE plan_status AS ENUM ('DRAFT', 'IN_CONSULTATION', 'ADOPTED', 'ARCHIVED')`);
    await db.query(`
      CREATE TABLE plan (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL,
        title text NOT NULL,
        kind plan_kind NOT NULL,
        status plan_status NOT NULL DEFAULT 'DRAFT',
        round_number integer NOT NULL DEFAULT 0,
        revision_count integer NOT NULL DEFAULT 0,
        next_section_number integer NOT NULL DEFAULT 1,
        resolution_number text,
        adopted_on date,
        created_by uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT plan_pk PRIMARY KEY (id),
        CONSTRAINT plan_partnership_fk FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE,
        CONSTRAINT plan_created_by_fk FOREIGN KEY (created_by) REFERENCES user_account (id) ON DELETE SET NULL,
        CONSTRAINT plan_title_length CHECK (char_length(btrim(title)) BETWEEN 1 AND 200),
        CONSTRAINT plan_adoption_recorded CHECK ((status IN ('ADOPTED', 'ARCHIVED')) OR (resolution_number IS NULL AND adopted_on IS NULL))
      )`);
    await db.query(`CREATE INDEX plan_partnership_idx ON plan (partnership_id, created_at, id)`);
    await db.query(`
      CREATE TABLE plan_author (
        plan_id uuid NOT NULL,
        user_id uuid NOT NULL,
        CONSTRAINT plan_author_pk PRIMARY KEY (plan_id, user_id),
        CONSTRAINT plan_author_plan_fk FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
        CONSTRAINT plan_author_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
      )`);
    await db.query(`
      CREATE TABLE plan_project (
        plan_id uuid NOT NULL,
        project_id uuid NOT NULL,
        CONSTRAINT plan_project_pk PRIMARY KEY (plan_id, project_id),
        CONSTRAINT plan_project_plan_fk FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
        CONSTRAINT plan_project_project_fk FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
      )`);
    await db.query(`
      CREATE TABLE plan_round (
        plan_id uuid NOT NULL,
        number integer NOT NULL,
        opens_on date NOT NULL,
        closes_on date NOT NULL,
        opened_by uuid,
        opened_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        CONSTRAINT plan_round_pk PRIMARY KEY (plan_id, number),
        CONSTRAINT plan_round_plan_fk FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
        CONSTRAINT plan_round_opened_by_fk FOREIGN KEY (opened_by) REFERENCES user_account (id) ON DELETE SET NULL,
        CONSTRAINT plan_round_dates CHECK (closes_on >= opens_on)
      )`);
    await db.query(`
      CREATE TABLE plan_revision (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL,
        number integer NOT NULL,
        markdown text NOT NULL,
        summary text NOT NULL,
        author_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT plan_revision_pk PRIMARY KEY (id),
        CONSTRAINT plan_revision_number_key UNIQUE (plan_id, number),
        CONSTRAINT plan_revision_plan_fk FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
        CONSTRAINT plan_revision_author_fk FOREIGN KEY (author_id) REFERENCES user_account (id) ON DELETE SET NULL,
        CONSTRAINT plan_revision_summary_length CHECK (char_length(btrim(summary)) BETWEEN 1 AND 500)
      )`);
    await db.query(`
      CREATE TABLE plan_section (
        revision_id uuid NOT NULL,
        key text COLLATE "C" NOT NULL,
        position integer NOT NULL,
        level smallint NOT NULL,
        heading text NOT NULL,
        body text NOT NULL,
        CONSTRAINT plan_section_pk PRIMARY KEY (revision_id, key),
        CONSTRAINT plan_section_position_key UNIQUE (revision_id, position),
        CONSTRAINT plan_section_revision_fk FOREIGN KEY (revision_id) REFERENCES plan_revision (id) ON DELETE CASCADE,
        CONSTRAINT plan_section_level CHECK (level BETWEEN 0 AND 6)
      )`);
    // A published revision is a record of what was consulted on: nothing may change it, and it
    // goes only with its plan (the cascade runs after the plan's row is gone, so it passes).
    await db.query(`
      CREATE FUNCTION plan_revision_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM plan WHERE id = OLD.plan_id) THEN RETURN OLD; END IF;
        -- The author's account was removed (ON DELETE SET NULL): the text stays as it was.
        IF TG_OP = 'UPDATE' AND OLD.author_id IS NOT NULL AND NEW.author_id IS NULL
           AND (NEW.id, NEW.plan_id, NEW.number, NEW.markdown, NEW.summary, NEW.created_at) = (OLD.id, OLD.plan_id, OLD.number, OLD.markdown, OLD.summary, OLD.created_at) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'published plan revisions are never changed or deleted' USING ERRCODE = 'integrity_constraint_violation';
      END $$`);
    await db.query(`
      CREATE FUNCTION plan_section_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM plan_revision WHERE id = OLD.revision_id) THEN RETURN OLD; END IF;
        RAISE EXCEPTION 'published plan revisions are never changed or deleted' USING ERRCODE = 'integrity_constraint_violation';
      END $$`);
    await db.query(`CREATE TRIGGER plan_revision_immutable BEFORE UPDATE OR DELETE ON plan_revision FOR EACH ROW EXECUTE FUNCTION plan_revision_immutable()`);
    await db.query(`CREATE TRIGGER plan_section_immutable BEFORE UPDATE OR DELETE ON plan_section FOR EACH ROW EXECUTE FUNCTION plan_section_immutable()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE plan_section`);
    await db.query(`DROP TABLE plan_revision`);
    await db.query(`DROP FUNCTION plan_section_immutable`);
    await db.query(`DROP FUNCTION plan_revision_immutable`);
    await db.query(`DROP TABLE plan_round`);
    await db.query(`DROP TABLE plan_project`);
    await db.query(`DROP TABLE plan_author`);
    await db.query(`DROP TABLE plan`);
    await db.query(`DROP TYPE plan_status`);
    await db.query(`DROP TYPE plan_kind`);
  }
}
