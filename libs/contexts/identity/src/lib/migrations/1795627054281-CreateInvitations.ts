import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateInvitations1795627054281 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE invitation (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL,
        email text NOT NULL,
        role partnership_role NOT NULL,
        token_hash text NOT NULL,
        invited_by uuid NOT NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT invitation_pk PRIMARY KEY (id),
        CONSTRAINT invitation_email_lower CHECK (email = lower(email)),
        CONSTRAINT invitation_partnership_fk FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE,
        CONSTRAINT invitation_invited_by_fk FOREIGN KEY (invited_by) REFERENCES user_account (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE UNIQUE INDEX invitation_token_hash_key ON invitation (token_hash)`);
    await db.query(`CREATE INDEX invitation_partnership_idx ON invitation (partnership_id)`);
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
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE outbox_message`);
    await db.query(`DROP TABLE invitation`);
  }
}
