import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A gmina takes part in a project only as a member of the project's partnership, and the
 * database says so: a participant refers to the membership, so a member gmina holding a cost
 * share cannot be removed, and a budget written while it is being removed waits for that
 * removal and then fails, whichever comes first.
 */
export class ParticipantsAreMembers1795627054293 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE project ADD CONSTRAINT project_in_partnership_key UNIQUE (id, partnership_id)`);
    await db.query(`ALTER TABLE project_participant ADD COLUMN partnership_id uuid`);
    await db.query(`UPDATE project_participant participant SET partnership_id = project.partnership_id FROM project WHERE project.id = participant.project_id`);
    await db.query(`ALTER TABLE project_participant ALTER COLUMN partnership_id SET NOT NULL`);
    await db.query(`
      ALTER TABLE project_participant ADD CONSTRAINT project_participant_in_partnership_fk
        FOREIGN KEY (project_id, partnership_id) REFERENCES project (id, partnership_id) ON DELETE CASCADE`);
    await db.query(`
      ALTER TABLE project_participant ADD CONSTRAINT project_participant_member_fk
        FOREIGN KEY (partnership_id, gmina_id) REFERENCES partnership_member (partnership_id, gmina_id)`);
    await db.query(`CREATE INDEX project_participant_member_idx ON project_participant (partnership_id, gmina_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX project_participant_member_idx`);
    await db.query(`ALTER TABLE project_participant DROP CONSTRAINT project_participant_member_fk`);
    await db.query(`ALTER TABLE project_participant DROP CONSTRAINT project_participant_in_partnership_fk`);
    await db.query(`ALTER TABLE project_participant DROP COLUMN partnership_id`);
    await db.query(`ALTER TABLE project DROP CONSTRAINT project_in_partnership_key`);
  }
}
