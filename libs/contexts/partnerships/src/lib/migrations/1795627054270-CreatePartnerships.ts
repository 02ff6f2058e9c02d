import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePartnerships1795627054270 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE partnership_stage AS ENUM ('FORMATION', 'DIAGNOSIS', 'STRATEGY', 'PROJECT_PIPELINE', 'APPLICATION', 'IMPLEMENTATION')`);
    await db.query(`
      CREATE TABLE partnership (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        slug text NOT NULL,
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        host_organisation text,
        programme text,
        stage partnership_stage NOT NULL DEFAULT 'FORMATION',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT partnership_pk PRIMARY KEY (id),
        CONSTRAINT partnership_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length(slug) BETWEEN 2 AND 60),
        CONSTRAINT partnership_name_length CHECK (char_length(btrim(name)) BETWEEN 1 AND 200)
      )`);
    await db.query(`CREATE UNIQUE INDEX partnership_slug_key ON partnership (slug)`);

    await db.query(`CREATE TYPE partnership_member_role AS ENUM ('LEADER', 'MEMBER')`);
    await db.query(`
      CREATE TABLE partnership_member (
        partnership_id uuid NOT NULL,
        gmina_id uuid NOT NULL,
        role partnership_member_role NOT NULL DEFAULT 'MEMBER',
        joined_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT partnership_member_pk PRIMARY KEY (partnership_id, gmina_id),
        CONSTRAINT partnership_member_partnership_fk FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE,
        CONSTRAINT partnership_member_gmina_fk FOREIGN KEY (gmina_id) REFERENCES gmina (id)
      )`);
    await db.query(`CREATE INDEX partnership_member_gmina_idx ON partnership_member (gmina_id)`);
    await db.query(`CREATE UNIQUE INDEX partnership_member_one_leader ON partnership_member (partnership_id) WHERE role = 'LEADER'`);

    await db.query(`
      CREATE TABLE thematic_area (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        code text,
        partnership_id uuid,
        name_pl text NOT NULL,
        name_en text,
        CONSTRAINT thematic_area_pk PRIMARY KEY (id),
        CONSTRAINT thematic_area_partnership_fk FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE,
        CONSTRAINT thematic_area_standard_or_own CHECK ((code IS NULL) <> (partnership_id IS NULL))
      )`);
    await db.query(`CREATE UNIQUE INDEX thematic_area_code_key ON thematic_area (code)`);
    await db.query(`CREATE INDEX thematic_area_partnership_idx ON thematic_area (partnership_id)`);
    // NULLS NOT DISTINCT needs PostgreSQL 15; coalesce keeps the catalogue (no owner) in one group.
    await db.query(`
      CREATE UNIQUE INDEX thematic_area_name_key
        ON thematic_area (coalesce(partnership_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name_pl))`);

    await db.query(`
      CREATE TABLE partnership_thematic_area (
        partnership_id uuid NOT NULL,
        thematic_area_id uuid NOT NULL,
        CONSTRAINT partnership_thematic_area_pk PRIMARY KEY (partnership_id, thematic_area_id),
        CONSTRAINT partnership_thematic_area_partnership_fk FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE,
        CONSTRAINT partnership_thematic_area_area_fk FOREIGN KEY (thematic_area_id) REFERENCES thematic_area (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX partnership_thematic_area_area_idx ON partnership_thematic_area (thematic_area_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE partnership_thematic_area`);
    await db.query(`DROP TABLE thematic_area`);
    await db.query(`DROP TABLE partnership_member`);
    await db.query(`DROP TYPE partnership_member_role`);
    await db.query(`DROP TABLE partnership`);
    await db.query(`DROP TYPE partnership_stage`);
  }
}
