import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateEventStreams1795627054250 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE event_stream (
        stream_id uuid NOT NULL,
        last_seq bigint NOT NULL DEFAULT 0,
        CONSTRAINT event_stream_pk PRIMARY KEY (stream_id)
      )`);
    await db.query(`
      CREATE TABLE stream_event (
        stream_id uuid NOT NULL,
        seq bigint NOT NULL,
        topic text NOT NULL,
        subject_id uuid NOT NULL,
        scope_id uuid,
        action text NOT NULL,
        actor_id uuid,
        changes jsonb NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT stream_event_pk PRIMARY KEY (stream_id, seq)
      )`);
    await db.query(`CREATE INDEX stream_event_scope_idx ON stream_event (stream_id, scope_id, seq)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE stream_event`);
    await db.query(`DROP TABLE event_stream`);
  }
}
