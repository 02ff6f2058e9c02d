import type { MigrationInterface, QueryRunner } from 'typeorm';

const DUE_KINDS = ['TASK_DUE_TOMORROW', 'TASK_OVERDUE'];

/**
 * Reminders a scheduled job sends, which must reach each person once however often (and in
 * however many processes) the job runs: the database decides "once" through a unique key.
 */
export class NotifyOnce1795627054304 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    // Added in this transaction and used only after it commits, as PostgreSQL requires.
    for (const kind of DUE_KINDS) await db.query(`ALTER TYPE notification_kind ADD VALUE '${kind}'`);
    await db.query(`ALTER TABLE notification ADD COLUMN once_key text`);
    await db.query(`CREATE UNIQUE INDEX notification_once_key ON notification (recipient_id, once_key) WHERE once_key IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX notification_once_key`);
    await db.query(`ALTER TABLE notification DROP COLUMN once_key`);
    // PostgreSQL cannot drop a value of an enum: the type is made again without them, keeping
    // whatever values the migrations before this one added, in their order.
    await db.query(`DELETE FROM notification WHERE kind::text = ANY($1)`, [DUE_KINDS]);
    const kept: { label: string }[] = await db.query(`SELECT enumlabel AS label FROM pg_enum WHERE enumtypid = 'notification_kind'::regtype AND enumlabel <> ALL($1) ORDER BY enumsortorder`, [
      DUE_KINDS,
    ]);
    await db.query(`ALTER TYPE notification_kind RENAME TO notification_kind_before`);
    await db.query(`CREATE TYPE notification_kind AS ENUM (${kept.map(({ label }) => `'${label.replace(/'/g, "''")}'`).join(', ')})`);
    await db.query(`ALTER TABLE notification ALTER COLUMN kind TYPE notification_kind USING kind::text::notification_kind`);
    await db.query(`DROP TYPE notification_kind_before`);
  }
}
