import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Changes to a task (its status, assignee, due date, title), told to the project's followers and the task's assignee. */
export class NotifyOfTaskChanges1795627054303 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    // Added in this transaction and used only after it commits, as PostgreSQL requires.
    await db.query(`ALTER TYPE notification_kind ADD VALUE 'TASK_CHANGED'`);
  }

  async down(db: QueryRunner): Promise<void> {
    // PostgreSQL cannot drop a value of an enum: the type is made again with the others, read
    // from the type itself, since other migrations add kinds of their own around this one.
    await db.query(`DELETE FROM notification WHERE kind = 'TASK_CHANGED'`);
    const rows: { kind: string }[] = await db.query(`SELECT unnest(enum_range(NULL::notification_kind))::text AS kind`);
    const kept = rows.map((row) => row.kind).filter((kind) => kind !== 'TASK_CHANGED');
    await db.query(`ALTER TYPE notification_kind RENAME TO notification_kind_before`);
    await db.query(`CREATE TYPE notification_kind AS ENUM (${kept.map((kind) => `'${kind}'`).join(', ')})`);
    await db.query(`ALTER TABLE notification ALTER COLUMN kind TYPE notification_kind USING kind::text::notification_kind`);
    await db.query(`DROP TYPE notification_kind_before`);
  }
}
