import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdentity1795627054280 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE user_account (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        gmina_id uuid,
        password_hash text NOT NULL,
        is_platform_admin boolean NOT NULL DEFAULT false,
        sessions_valid_from timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT user_account_pk PRIMARY KEY (id),
        CONSTRAINT user_account_email_lower CHECK (email = lower(email)),
        CONSTRAINT user_account_gmina_fk FOREIGN KEY (gmina_id) REFERENCES gmina (id)
      )`);
    await db.query(`CREATE UNIQUE INDEX user_account_email_key ON user_account (email)`);

    await db.query(`CREATE TYPE partnership_role AS ENUM ('COORDINATOR', 'COUNCIL_MEMBER', 'GMINA_OFFICIAL', 'ADVISOR', 'OBSERVER')`);
    // The partnership is another context's; the database still keeps the reference honest.
    await db.query(`
      CREATE TABLE partnership_access (
        user_id uuid NOT NULL,
        partnership_id uuid NOT NULL,
        role partnership_role NOT NULL,
        granted_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT partnership_access_pk PRIMARY KEY (user_id, partnership_id),
        CONSTRAINT partnership_access_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
        CONSTRAINT partnership_access_partnership_fk FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX partnership_access_partnership_idx ON partnership_access (partnership_id)`);

    await db.query(`
      CREATE TABLE refresh_token (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL,
        user_id uuid NOT NULL,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT refresh_token_pk PRIMARY KEY (id),
        CONSTRAINT refresh_token_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE UNIQUE INDEX refresh_token_hash_key ON refresh_token (token_hash)`);
    await db.query(`CREATE INDEX refresh_token_family_idx ON refresh_token (family_id)`);
    await db.query(`CREATE INDEX refresh_token_user_idx ON refresh_token (user_id)`);

    // The layout rate-limiter-flexible expects; created here so no table appears outside migrations.
    await db.query(`
      CREATE TABLE sign_in_limit (
        key varchar(255) NOT NULL,
        points integer NOT NULL DEFAULT 0,
        expire bigint,
        CONSTRAINT sign_in_limit_pk PRIMARY KEY (key)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE sign_in_limit`);
    await db.query(`DROP TABLE refresh_token`);
    await db.query(`DROP TABLE partnership_access`);
    await db.query(`DROP TYPE partnership_role`);
    await db.query(`DROP TABLE user_account`);
  }
}
