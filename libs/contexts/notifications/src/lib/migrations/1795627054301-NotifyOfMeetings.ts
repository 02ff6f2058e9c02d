import type { MigrationInterface, QueryRunner } from 'typeorm';

const MEETING_KINDS = ['MEETING_SCHEDULED', 'MEETING_CHANGED', 'MEETING_CANCELLED'];
const EARLIER_KINDS = ['MENTION', 'REPLY', 'THREAD_RESOLVED', 'TASK_ASSIGNED', 'PROJECT_STAGE_CHANGED', 'PLAN_CONSULTATION_OPENED'];

/**
 * Invitations to council meetings, their changes and cancellations. The meeting is kept as a
 * plain id, as the plan or task of other notifications: the council is another context.
 */
export class NotifyOfMeetings1795627054301 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    // Added in this transaction and used only after it commits, as PostgreSQL requires.
    for (const kind of MEETING_KINDS) await db.query(`ALTER TYPE notification_kind ADD VALUE '${kind}'`);
    await db.query(`ALTER TABLE notification ADD COLUMN meeting_id uuid`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notification DROP COLUMN meeting_id`);
    // PostgreSQL cannot drop a value of an enum: the type is made again without them.
    await db.query(`DELETE FROM notification WHERE kind::text = ANY($1)`, [MEETING_KINDS]);
    await db.query(`ALTER TYPE notification_kind RENAME TO notification_kind_before`);
    await db.query(`CREATE TYPE notification_kind AS ENUM (${EARLIER_KINDS.map((kind) => `'${kind}'`).join(', ')})`);
    await db.query(`ALTER TABLE notification ALTER COLUMN kind TYPE notification_kind USING kind::text::notification_kind`);
    await db.query(`DROP TYPE notification_kind_before`);
  }
}
