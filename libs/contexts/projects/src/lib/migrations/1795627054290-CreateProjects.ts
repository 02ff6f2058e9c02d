import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateProjects1795627054290 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE project_stage AS ENUM ('IDEA', 'CONCEPT', 'PREPARATION', 'APPLICATION_SUBMITTED', 'FUNDED', 'IN_IMPLEMENTATION', 'COMPLETED', 'REJECTED', 'WITHDRAWN')`);
    await db.query(`CREATE TYPE project_readiness AS ENUM ('IDEA', 'CONCEPT', 'FEASIBILITY_STUDY', 'DESIGN_DOCUMENTATION', 'PERMITS', 'READY_FOR_CALL')`);
    await db.query(`
      CREATE TABLE project (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL,
        title text NOT NULL,
        summary text NOT NULL DEFAULT '',
        thematic_area_id uuid,
        stage project_stage NOT NULL DEFAULT 'IDEA',
        readiness project_readiness NOT NULL DEFAULT 'IDEA',
        starts_on date,
        ends_on date,
        total_cost numeric(14,2) NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT project_pk PRIMARY KEY (id),
        CONSTRAINT project_partnership_fk FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE,
        CONSTRAINT project_thematic_area_fk FOREIGN KEY (thematic_area_id) REFERENCES thematic_area (id),
        CONSTRAINT project_title_length CHECK (char_length(btrim(title)) BETWEEN 1 AND 200),
        CONSTRAINT project_schedule_order CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on),
        CONSTRAINT project_total_cost_non_negative CHECK (total_cost >= 0)
      )`);
    await db.query(`CREATE INDEX project_partnership_idx ON project (partnership_id)`);

    await db.query(`CREATE TYPE project_participant_role AS ENUM ('LEAD', 'PARTNER')`);
    await db.query(`
      CREATE TABLE project_participant (
        project_id uuid NOT NULL,
        gmina_id uuid NOT NULL,
        role project_participant_role NOT NULL,
        cost_share numeric(14,2) NOT NULL,
        CONSTRAINT project_participant_pk PRIMARY KEY (project_id, gmina_id),
        CONSTRAINT project_participant_project_fk FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
        CONSTRAINT project_participant_gmina_fk FOREIGN KEY (gmina_id) REFERENCES gmina (id),
        CONSTRAINT project_participant_share_non_negative CHECK (cost_share >= 0)
      )`);
    await db.query(`CREATE UNIQUE INDEX project_participant_one_lead ON project_participant (project_id) WHERE role = 'LEAD'`);

    await db.query(`CREATE TYPE funding_programme AS ENUM ('FE_SL', 'FENIKS', 'FERS', 'KPO', 'RFRD', 'SENIOR_PLUS', 'AKTYWNY_MALUCH', 'EEA_NORWAY_GRANTS', 'OTHER')`);
    await db.query(`
      CREATE TABLE project_funding (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL,
        programme funding_programme NOT NULL,
        note text,
        amount numeric(14,2) NOT NULL,
        co_financing_rate numeric(5,2),
        CONSTRAINT project_funding_pk PRIMARY KEY (id),
        CONSTRAINT project_funding_project_fk FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
        CONSTRAINT project_funding_amount_non_negative CHECK (amount >= 0),
        CONSTRAINT project_funding_rate_range CHECK (co_financing_rate IS NULL OR co_financing_rate BETWEEN 0 AND 100)
      )`);
    await db.query(`CREATE INDEX project_funding_project_idx ON project_funding (project_id)`);

    await db.query(`
      CREATE TABLE project_stage_change (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL,
        from_stage project_stage,
        to_stage project_stage NOT NULL,
        reason text NOT NULL DEFAULT '',
        actor_id uuid,
        changed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT project_stage_change_pk PRIMARY KEY (id),
        CONSTRAINT project_stage_change_project_fk FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX project_stage_change_project_idx ON project_stage_change (project_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE project_stage_change`);
    await db.query(`DROP TABLE project_funding`);
    await db.query(`DROP TYPE funding_programme`);
    await db.query(`DROP TABLE project_participant`);
    await db.query(`DROP TYPE project_participant_role`);
    await db.query(`DROP TABLE project`);
    await db.query(`DROP TYPE project_readiness`);
    await db.query(`DROP TYPE project_stage`);
  }
}
