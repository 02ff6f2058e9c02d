import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each account keeps the language its person chose (the app's, and that of e-mails to them); Polish until they choose. */
export class RememberPreferredLanguage1795627054286 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE user_account ADD COLUMN preferred_language text NOT NULL DEFAULT 'pl'`);
    await db.query(`ALTER TABLE user_account ADD CONSTRAINT user_account_preferred_language_known CHECK (preferred_language IN ('pl', 'en'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE user_account DROP CONSTRAINT user_account_preferred_language_known`);
    await db.query(`ALTER TABLE user_account DROP COLUMN preferred_language`);
  }
}
