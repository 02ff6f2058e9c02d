import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMailOutbox1795627054256 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE mail_message (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        recipient text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz DEFAULT now(),
        last_error text,
        sent_at timestamptz,
        failed_at timestamptz,
        CONSTRAINT mail_message_pk PRIMARY KEY (id)
      )`);
    // Sent and given-up messages have no next attempt, so the index holds only what waits.
    await db.query(`CREATE INDEX mail_message_due_idx ON mail_message (next_attempt_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE mail_message`);
  }
}
