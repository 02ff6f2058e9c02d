import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Registrations for seminars, conferences and educational meetings: someone registers on
 * behalf of a gmina, signed in or by e-mail (confirmed by a single-use link whose hash alone
 * is kept). One live registration per e-mail and activity; capacity counts confirmed ones.
 */
export class CreateRegistrations1795627054322 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE registration_status AS ENUM ('PENDING', 'CONFIRMED', 'WAITLISTED', 'CANCELLED')`);
    await db.query(`
      CREATE TABLE activity_registration (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        activity_id uuid NOT NULL,
        gmina_id uuid NOT NULL,
        user_id uuid,
        name text NOT NULL,
        email text NOT NULL,
        status registration_status NOT NULL,
        token_hash text,
        token_expires_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        confirmed_at timestamptz,
        cancelled_at timestamptz,
        CONSTRAINT activity_registration_pk PRIMARY KEY (id),
        CONSTRAINT activity_registration_activity_fk FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
        CONSTRAINT activity_registration_gmina_fk FOREIGN KEY (gmina_id) REFERENCES gmina (id),
        CONSTRAINT activity_registration_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE SET NULL,
        CONSTRAINT activity_registration_name_length CHECK (char_length(btrim(name)) BETWEEN 1 AND 200),
        CONSTRAINT activity_registration_email_lower CHECK (email = lower(email)),
        CONSTRAINT activity_registration_token CHECK ((status = 'PENDING') = (token_hash IS NOT NULL))
      )`);
    await db.query(`CREATE UNIQUE INDEX activity_registration_once ON activity_registration (activity_id, email) WHERE status <> 'CANCELLED'`);
    await db.query(`CREATE UNIQUE INDEX activity_registration_token_idx ON activity_registration (token_hash) WHERE token_hash IS NOT NULL`);
    await db.query(`CREATE INDEX activity_registration_activity_idx ON activity_registration (activity_id, created_at)`);
    // A confirmed registration is a named participant of the activity, for as long as it stands.
    await db.query(`ALTER TABLE activity_participant ADD COLUMN registration_id uuid`);
    await db.query(`ALTER TABLE activity_participant ADD CONSTRAINT activity_participant_registration_unique UNIQUE (registration_id)`);
    await db.query(
      `ALTER TABLE activity_participant ADD CONSTRAINT activity_participant_registration_fk FOREIGN KEY (registration_id) REFERENCES activity_registration (id) ON DELETE CASCADE`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE activity_participant DROP COLUMN registration_id`);
    await db.query(`DROP TABLE activity_registration`);
    await db.query(`DROP TYPE registration_status`);
  }
}
