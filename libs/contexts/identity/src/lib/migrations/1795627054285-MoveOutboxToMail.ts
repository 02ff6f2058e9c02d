import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox is the mail platform's now (every context sends mail); waiting messages move with it. */
export class MoveOutboxToMail1795627054285 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      INSERT INTO mail_message (id, recipient, subject, body, created_at, sent_at, next_attempt_at)
      SELECT id, recipient, subject, body, created_at, sent_at, CASE WHEN sent_at IS NULL THEN now() END FROM outbox_message`);
    await db.query(`DROP TABLE outbox_message`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outbox_message (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        recipient text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        CONSTRAINT outbox_message_pk PRIMARY KEY (id)
      )`);
    await db.query(`INSERT INTO outbox_message (id, recipient, subject, body, created_at, sent_at) SELECT id, recipient, subject, body, created_at, sent_at FROM mail_message`);
  }
}
