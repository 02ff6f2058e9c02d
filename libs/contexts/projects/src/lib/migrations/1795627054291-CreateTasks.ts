import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateTasks1795627054291 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE task_status AS ENUM ('TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE')`);
    await db.query(`CREATE TYPE task_priority AS ENUM ('LOW', 'NORMAL', 'HIGH', 'URGENT')`);
    await db.query(`
      CREATE TABLE task (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL,
        partnership_id uuid NOT NULL,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        status task_status NOT NULL DEFAULT 'TODO',
        priority task_priority NOT NULL DEFAULT 'NORMAL',
        assignee_id uuid,
        due_on date,
        position text COLLATE "C" NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT task_pk PRIMARY KEY (id),
        CONSTRAINT task_project_fk FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
        CONSTRAINT task_partnership_fk FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE,
        CONSTRAINT task_assignee_fk FOREIGN KEY (assignee_id) REFERENCES user_account (id) ON DELETE SET NULL,
        CONSTRAINT task_title_length CHECK (char_length(btrim(title)) BETWEEN 1 AND 200)
      )`);
    await db.query(`CREATE UNIQUE INDEX task_board_order_key ON task (project_id, status, position)`);
    await db.query(`CREATE INDEX task_assignee_idx ON task (assignee_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE task`);
    await db.query(`DROP TYPE task_priority`);
    await db.query(`DROP TYPE task_status`);
  }
}
