import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Advisory programmes, their training modules and additional topics, regional teams, and who works in them. */
export class CreateProgrammes1795627054320 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE programme_operator_kind AS ENUM ('MINISTRY', 'MARSHAL_OFFICE', 'ASSOCIATION', 'OTHER')`);
    await db.query(`CREATE TYPE programme_topic_kind AS ENUM ('MODULE', 'ADDITIONAL_TOPIC')`);
    await db.query(`CREATE TYPE programme_role AS ENUM ('PROGRAMME_MANAGER', 'CONSULTANT')`);
    await db.query(`
      CREATE TABLE programme (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL,
        operator_kind programme_operator_kind NOT NULL,
        operator_name text NOT NULL,
        starts_on date NOT NULL,
        ends_on date,
        total_value numeric(14,2),
        eu_contribution numeric(14,2),
        illustrative boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT programme_pk PRIMARY KEY (id),
        CONSTRAINT programme_name_length CHECK (char_length(btrim(name)) BETWEEN 1 AND 200),
        CONSTRAINT programme_period CHECK (ends_on IS NULL OR ends_on >= starts_on),
        CONSTRAINT programme_money CHECK ((total_value IS NULL OR total_value >= 0) AND (eu_contribution IS NULL OR (eu_contribution >= 0 AND (total_value IS NULL OR eu_contribution <= total_value))))
      )`);
    await db.query(`
      CREATE TABLE programme_topic (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL,
        kind programme_topic_kind NOT NULL,
        name text NOT NULL,
        position integer NOT NULL,
        CONSTRAINT programme_topic_pk PRIMARY KEY (id),
        CONSTRAINT programme_topic_of_programme UNIQUE (programme_id, id),
        CONSTRAINT programme_topic_name_unique UNIQUE (programme_id, name),
        CONSTRAINT programme_topic_programme_fk FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE,
        CONSTRAINT programme_topic_name_length CHECK (char_length(btrim(name)) BETWEEN 1 AND 300)
      )`);
    await db.query(`
      CREATE TABLE programme_team (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL,
        name text NOT NULL,
        voivodeship_code char(2),
        CONSTRAINT programme_team_pk PRIMARY KEY (id),
        CONSTRAINT programme_team_of_programme UNIQUE (programme_id, id),
        CONSTRAINT programme_team_name_unique UNIQUE (programme_id, name),
        CONSTRAINT programme_team_programme_fk FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE,
        CONSTRAINT programme_team_name_length CHECK (char_length(btrim(name)) BETWEEN 1 AND 200)
      )`);
    await db.query(`
      CREATE TABLE programme_access (
        user_id uuid NOT NULL,
        programme_id uuid NOT NULL,
        role programme_role NOT NULL,
        team_id uuid,
        granted_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT programme_access_pk PRIMARY KEY (user_id, programme_id),
        CONSTRAINT programme_access_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
        CONSTRAINT programme_access_programme_fk FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE,
        CONSTRAINT programme_access_team_fk FOREIGN KEY (programme_id, team_id) REFERENCES programme_team (programme_id, id),
        CONSTRAINT programme_access_manager_whole CHECK (role <> 'PROGRAMME_MANAGER' OR team_id IS NULL)
      )`);
    await db.query(`CREATE INDEX programme_access_programme_idx ON programme_access (programme_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE programme_access`);
    await db.query(`DROP TABLE programme_team`);
    await db.query(`DROP TABLE programme_topic`);
    await db.query(`DROP TABLE programme`);
    await db.query(`DROP TYPE programme_role`);
    await db.query(`DROP TYPE programme_topic_kind`);
    await db.query(`DROP TYPE programme_operator_kind`);
  }
}
