import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stage history in the order it was made. changed_at is the transaction's start, so moves made
 * in one transaction (the demo seed, a script) tie, and the id broke ties at random. Each change
 * now gets a sequence number as it is written. Existing rows are numbered by time, and within a
 * tie the creation first and then along the pipeline's order of stages (the order the demo
 * seed moves projects in), the id last.
 */
export class OrderStageHistory1795627054294 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE project_stage_change ADD COLUMN seq bigint`);
    await db.query(`
      UPDATE project_stage_change change SET seq = numbered.seq
      FROM (SELECT id, row_number() OVER (ORDER BY changed_at, from_stage IS NOT NULL, to_stage, id) AS seq FROM project_stage_change) numbered
      WHERE numbered.id = change.id`);
    await db.query(`ALTER TABLE project_stage_change ALTER COLUMN seq SET NOT NULL`);
    await db.query(`ALTER TABLE project_stage_change ALTER COLUMN seq ADD GENERATED ALWAYS AS IDENTITY`);
    await db.query(`SELECT setval(pg_get_serial_sequence('project_stage_change', 'seq'), coalesce(max(seq), 0) + 1, false) FROM project_stage_change`);
    await db.query(`DROP INDEX project_stage_change_project_idx`);
    await db.query(`CREATE INDEX project_stage_change_history_idx ON project_stage_change (project_id, seq)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX project_stage_change_history_idx`);
    await db.query(`CREATE INDEX project_stage_change_project_idx ON project_stage_change (project_id)`);
    await db.query(`ALTER TABLE project_stage_change DROP COLUMN seq`);
  }
}
