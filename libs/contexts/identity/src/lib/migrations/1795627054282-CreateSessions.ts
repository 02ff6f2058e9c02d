import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions become rows of their own, so that one place can say whether a session is valid and
 * ending it ends every access token and socket of it at once. Each refresh-token family of
 * before becomes a session; access tokens issued before carry no session and are refused
 * (clients refresh, which keeps them signed in).
 */
export class CreateSessions1795627054282 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE auth_session (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        ended_at timestamptz,
        end_reason text,
        CONSTRAINT auth_session_pk PRIMARY KEY (id),
        CONSTRAINT auth_session_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
        CONSTRAINT auth_session_end_has_reason CHECK ((ended_at IS NULL) = (end_reason IS NULL))
      )`);
    await db.query(`CREATE INDEX auth_session_user_idx ON auth_session (user_id)`);
    await db.query(`
      INSERT INTO auth_session (id, user_id, created_at, ended_at, end_reason)
      SELECT family_id, (array_agg(user_id))[1], min(created_at),
             CASE WHEN bool_and(revoked_at IS NOT NULL) THEN max(revoked_at) END,
             CASE WHEN bool_and(revoked_at IS NOT NULL) THEN 'signed-out' END
      FROM refresh_token GROUP BY family_id`);
    await db.query(`ALTER TABLE refresh_token RENAME COLUMN family_id TO session_id`);
    await db.query(`ALTER INDEX refresh_token_family_idx RENAME TO refresh_token_session_idx`);
    await db.query(`ALTER TABLE refresh_token ADD CONSTRAINT refresh_token_session_fk FOREIGN KEY (session_id) REFERENCES auth_session (id) ON DELETE CASCADE`);
    await db.query(`ALTER TABLE refresh_token DROP COLUMN revoked_at`);
    await db.query(`ALTER TABLE user_account DROP COLUMN sessions_valid_from`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE user_account ADD COLUMN sessions_valid_from timestamptz NOT NULL DEFAULT now()`);
    await db.query(`ALTER TABLE refresh_token ADD COLUMN revoked_at timestamptz`);
    await db.query(`UPDATE refresh_token t SET revoked_at = s.ended_at FROM auth_session s WHERE s.id = t.session_id`);
    await db.query(`ALTER TABLE refresh_token DROP CONSTRAINT refresh_token_session_fk`);
    await db.query(`ALTER INDEX refresh_token_session_idx RENAME TO refresh_token_family_idx`);
    await db.query(`ALTER TABLE refresh_token RENAME COLUMN session_id TO family_id`);
    await db.query(`DROP TABLE auth_session`);
  }
}
