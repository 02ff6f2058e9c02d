import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A comment on a task or a project, told to its assignee, the project's followers and earlier commenters. */
export class NotifyOfComments1795627054302 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    // Added in this transaction and used only after it commits, as PostgreSQL requires.
    await db.query(`ALTER TYPE notification_kind ADD VALUE 'COMMENT'`);
  }

  async down(db: QueryRunner): Promise<void> {
    // PostgreSQL cannot drop a value of an enum: the type is made again with the others, read
    // from the type itself (other migrations add kinds of their own around this one), in order.
    await db.query(`DELETE FROM notification WHERE kind = 'COMMENT'`);
    const kept: { label: string }[] = await db.query(`SELECT enumlabel AS label FROM pg_enum WHERE enumtypid = 'notification_kind'::regtype AND enumlabel <> 'COMMENT' ORDER BY enumsortorder`);
    await db.query(`ALTER TYPE notification_kind RENAME TO notification_kind_before`);
    await db.query(`CREATE TYPE notification_kind AS ENUM (${kept.map(({ label }) => `'${label}'`).join(', ')})`);
    await db.query(`ALTER TABLE notification ALTER COLUMN kind TYPE notification_kind USING kind::text::notification_kind`);
    await db.query(`DROP TYPE notification_kind_before`);
  }
}
