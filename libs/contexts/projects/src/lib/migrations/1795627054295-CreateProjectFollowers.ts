import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateProjectFollowers1795627054295 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE project_follower (
        project_id uuid NOT NULL,
        user_id uuid NOT NULL,
        followed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT project_follower_pk PRIMARY KEY (project_id, user_id),
        CONSTRAINT project_follower_project_fk FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
        CONSTRAINT project_follower_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX project_follower_user_idx ON project_follower (user_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE project_follower`);
  }
}
