import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateProjectIndicators1795627054292 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE indicator_kind AS ENUM ('OUTPUT', 'RESULT')`);
    await db.query(`
      CREATE TABLE project_indicator (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL,
        kind indicator_kind NOT NULL,
        name text NOT NULL,
        unit text NOT NULL,
        baseline numeric(16,3),
        target numeric(16,3),
        CONSTRAINT project_indicator_pk PRIMARY KEY (id),
        CONSTRAINT project_indicator_project_fk FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
        CONSTRAINT project_indicator_name_length CHECK (char_length(btrim(name)) BETWEEN 1 AND 300)
      )`);
    await db.query(`CREATE INDEX project_indicator_project_idx ON project_indicator (project_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE project_indicator`);
    await db.query(`DROP TYPE indicator_kind`);
  }
}
