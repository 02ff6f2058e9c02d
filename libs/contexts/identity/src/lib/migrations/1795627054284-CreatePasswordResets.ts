import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePasswordResets1795627054284 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE password_reset (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT password_reset_pk PRIMARY KEY (id),
        CONSTRAINT password_reset_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE UNIQUE INDEX password_reset_token_hash_key ON password_reset (token_hash)`);
    await db.query(`CREATE INDEX password_reset_user_idx ON password_reset (user_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE password_reset`);
  }
}
