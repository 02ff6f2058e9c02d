import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Archive instead of delete: an archived project or task keeps its row (and its history) but
 * leaves boards, pipelines and my work. The partial indexes serve what reads only live tasks:
 * my work (a person's open tasks by due date) and the due-date job (open tasks by due date).
 */
export class ArchiveProjectsAndTasks1795627054297 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    for (const table of ['project', 'task']) {
      await db.query(`ALTER TABLE ${table} ADD COLUMN archived_at timestamptz, ADD COLUMN archived_by uuid`);
      await db.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_archived_by_fk FOREIGN KEY (archived_by) REFERENCES user_account (id) ON DELETE SET NULL`);
      // The archiving person may later be deleted (SET NULL), so only one direction holds.
      await db.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_archived_by_when CHECK (archived_by IS NULL OR archived_at IS NOT NULL)`);
    }
    await db.query(`CREATE INDEX task_my_work_idx ON task (assignee_id, due_on) WHERE archived_at IS NULL AND status <> 'DONE'`);
    await db.query(`CREATE INDEX task_due_idx ON task (due_on) WHERE archived_at IS NULL AND status <> 'DONE'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX task_due_idx`);
    await db.query(`DROP INDEX task_my_work_idx`);
    for (const table of ['task', 'project']) {
      await db.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_archived_by_when, DROP CONSTRAINT ${table}_archived_by_fk`);
      await db.query(`ALTER TABLE ${table} DROP COLUMN archived_by, DROP COLUMN archived_at`);
    }
  }
}
