import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateNotifications1795627054300 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TYPE notification_kind AS ENUM ('MENTION', 'REPLY', 'THREAD_RESOLVED', 'TASK_ASSIGNED', 'PROJECT_STAGE_CHANGED', 'PLAN_CONSULTATION_OPENED')`,
    );
    // What it points at (plan, thread, comment, project, task) belongs to other contexts and is
    // kept as plain ids: a notification is a snapshot, and its partnership bounds who sees it.
    await db.query(`
      CREATE TABLE notification (
        id uuid NOT NULL,
        recipient_id uuid NOT NULL,
        seq bigint NOT NULL,
        kind notification_kind NOT NULL,
        partnership_id uuid NOT NULL,
        actor_id uuid,
        subject_title text NOT NULL,
        excerpt text,
        plan_id uuid,
        thread_id uuid,
        comment_id uuid,
        project_id uuid,
        task_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        CONSTRAINT notification_pk PRIMARY KEY (id),
        CONSTRAINT notification_recipient_fk FOREIGN KEY (recipient_id) REFERENCES user_account (id) ON DELETE CASCADE,
        CONSTRAINT notification_actor_fk FOREIGN KEY (actor_id) REFERENCES user_account (id) ON DELETE SET NULL,
        CONSTRAINT notification_partnership_fk FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE UNIQUE INDEX notification_inbox_key ON notification (recipient_id, seq)`);
    await db.query(`CREATE INDEX notification_unread_idx ON notification (recipient_id, seq) WHERE read_at IS NULL`);
    await db.query(`CREATE INDEX notification_partnership_idx ON notification (partnership_id)`);
    await db.query(`CREATE INDEX notification_actor_idx ON notification (actor_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE notification`);
    await db.query(`DROP TYPE notification_kind`);
  }
}
