import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a council resolution did to a project: the resolution behind a move through the
 * pipeline, and the one that approved the participants' cost shares (cleared when the shares
 * change afterwards, since what was approved is no longer what the budget says).
 */
export class RecordCouncilDecisions1795627054296 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE project_stage_change ADD COLUMN resolution_number text`);
    await db.query(`ALTER TABLE project ADD COLUMN cost_shares_approved_by text, ADD COLUMN cost_shares_approved_on date`);
    await db.query(`ALTER TABLE project ADD CONSTRAINT project_cost_shares_approval CHECK ((cost_shares_approved_by IS NULL) = (cost_shares_approved_on IS NULL))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE project DROP CONSTRAINT project_cost_shares_approval, DROP COLUMN cost_shares_approved_by, DROP COLUMN cost_shares_approved_on`);
    await db.query(`ALTER TABLE project_stage_change DROP COLUMN resolution_number`);
  }
}
