import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The support a programme gives: engagements (whom, at which CWD stage, by whom), activities
 * (consultations, meetings, seminars) with the gminas they served and how many took part, and
 * the follow-ups they left. A composite key (programme_id, id) on the parents lets the
 * database refuse a module, team or engagement of another programme.
 */
export class CreateSupport1795627054321 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE activity_kind AS ENUM ('CONSULTATION', 'EDUCATIONAL_MEETING', 'TRAINING', 'WORKSHOP', 'SEMINAR', 'CONFERENCE', 'STUDY_VISIT')`);
    await db.query(`CREATE TYPE activity_status AS ENUM ('DRAFT', 'RECORDED')`);
    await db.query(`CREATE TYPE activity_format AS ENUM ('ON_SITE', 'ONLINE', 'HYBRID')`);
    await db.query(`
      CREATE TABLE engagement (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL,
        team_id uuid,
        partnership_id uuid,
        title text NOT NULL,
        stage partnership_stage NOT NULL,
        starts_on date NOT NULL,
        ends_on date,
        created_by uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT engagement_pk PRIMARY KEY (id),
        CONSTRAINT engagement_of_programme UNIQUE (programme_id, id),
        CONSTRAINT engagement_programme_fk FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE,
        CONSTRAINT engagement_team_fk FOREIGN KEY (programme_id, team_id) REFERENCES programme_team (programme_id, id),
        CONSTRAINT engagement_partnership_fk FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE SET NULL,
        CONSTRAINT engagement_created_by_fk FOREIGN KEY (created_by) REFERENCES user_account (id) ON DELETE SET NULL,
        CONSTRAINT engagement_title_length CHECK (char_length(btrim(title)) BETWEEN 1 AND 200),
        CONSTRAINT engagement_period CHECK (ends_on IS NULL OR ends_on >= starts_on)
      )`);
    await db.query(`CREATE INDEX engagement_programme_idx ON engagement (programme_id, starts_on, id)`);
    await db.query(`CREATE INDEX engagement_partnership_idx ON engagement (partnership_id)`);
    await db.query(`
      CREATE TABLE engagement_gmina (
        engagement_id uuid NOT NULL,
        gmina_id uuid NOT NULL,
        CONSTRAINT engagement_gmina_pk PRIMARY KEY (engagement_id, gmina_id),
        CONSTRAINT engagement_gmina_engagement_fk FOREIGN KEY (engagement_id) REFERENCES engagement (id) ON DELETE CASCADE,
        CONSTRAINT engagement_gmina_gmina_fk FOREIGN KEY (gmina_id) REFERENCES gmina (id)
      )`);
    await db.query(`
      CREATE TABLE engagement_consultant (
        engagement_id uuid NOT NULL,
        user_id uuid NOT NULL,
        CONSTRAINT engagement_consultant_pk PRIMARY KEY (engagement_id, user_id),
        CONSTRAINT engagement_consultant_engagement_fk FOREIGN KEY (engagement_id) REFERENCES engagement (id) ON DELETE CASCADE,
        CONSTRAINT engagement_consultant_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
      )`);
    await db.query(`
      CREATE TABLE activity (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL,
        team_id uuid,
        engagement_id uuid,
        topic_id uuid,
        kind activity_kind NOT NULL,
        status activity_status NOT NULL DEFAULT 'DRAFT',
        title text NOT NULL,
        held_on date NOT NULL,
        starts_at time,
        duration_minutes integer NOT NULL,
        format activity_format NOT NULL,
        place text,
        link text,
        outcome text NOT NULL DEFAULT '',
        registration_open boolean NOT NULL DEFAULT false,
        capacity integer,
        registration_closes_at timestamptz,
        illustrative boolean NOT NULL DEFAULT false,
        recorded_by uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT activity_pk PRIMARY KEY (id),
        CONSTRAINT activity_programme_fk FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE,
        CONSTRAINT activity_team_fk FOREIGN KEY (programme_id, team_id) REFERENCES programme_team (programme_id, id),
        CONSTRAINT activity_engagement_fk FOREIGN KEY (programme_id, engagement_id) REFERENCES engagement (programme_id, id),
        CONSTRAINT activity_topic_fk FOREIGN KEY (programme_id, topic_id) REFERENCES programme_topic (programme_id, id),
        CONSTRAINT activity_recorded_by_fk FOREIGN KEY (recorded_by) REFERENCES user_account (id) ON DELETE SET NULL,
        CONSTRAINT activity_title_length CHECK (char_length(btrim(title)) BETWEEN 1 AND 200),
        CONSTRAINT activity_duration CHECK (duration_minutes BETWEEN 1 AND 1440),
        CONSTRAINT activity_where CHECK ((format = 'ONLINE' OR place IS NOT NULL) AND (format = 'ON_SITE' OR link IS NOT NULL)),
        CONSTRAINT activity_capacity CHECK (capacity IS NULL OR capacity BETWEEN 1 AND 100000),
        CONSTRAINT activity_registration_kind CHECK (NOT registration_open OR kind IN ('SEMINAR', 'CONFERENCE', 'EDUCATIONAL_MEETING'))
      )`);
    await db.query(`CREATE INDEX activity_programme_idx ON activity (programme_id, held_on, id)`);
    await db.query(`CREATE INDEX activity_engagement_idx ON activity (engagement_id)`);
    await db.query(`
      CREATE TABLE activity_gmina (
        activity_id uuid NOT NULL,
        gmina_id uuid NOT NULL,
        participants integer NOT NULL DEFAULT 0,
        CONSTRAINT activity_gmina_pk PRIMARY KEY (activity_id, gmina_id),
        CONSTRAINT activity_gmina_activity_fk FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
        CONSTRAINT activity_gmina_gmina_fk FOREIGN KEY (gmina_id) REFERENCES gmina (id),
        CONSTRAINT activity_gmina_participants CHECK (participants BETWEEN 0 AND 10000)
      )`);
    await db.query(`CREATE INDEX activity_gmina_gmina_idx ON activity_gmina (gmina_id)`);
    await db.query(`
      CREATE TABLE activity_thematic_area (
        activity_id uuid NOT NULL,
        thematic_area_id uuid NOT NULL,
        CONSTRAINT activity_thematic_area_pk PRIMARY KEY (activity_id, thematic_area_id),
        CONSTRAINT activity_thematic_area_activity_fk FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
        CONSTRAINT activity_thematic_area_area_fk FOREIGN KEY (thematic_area_id) REFERENCES thematic_area (id)
      )`);
    await db.query(`
      CREATE TABLE activity_participant (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        activity_id uuid NOT NULL,
        gmina_id uuid,
        name text NOT NULL,
        CONSTRAINT activity_participant_pk PRIMARY KEY (id),
        CONSTRAINT activity_participant_activity_fk FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
        CONSTRAINT activity_participant_gmina_fk FOREIGN KEY (activity_id, gmina_id) REFERENCES activity_gmina (activity_id, gmina_id) ON DELETE CASCADE,
        CONSTRAINT activity_participant_name_length CHECK (char_length(btrim(name)) BETWEEN 1 AND 200)
      )`);
    await db.query(`CREATE INDEX activity_participant_activity_idx ON activity_participant (activity_id)`);
    await db.query(`
      CREATE TABLE activity_follow_up (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        activity_id uuid NOT NULL,
        description text NOT NULL,
        task_id uuid,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT activity_follow_up_pk PRIMARY KEY (id),
        CONSTRAINT activity_follow_up_activity_fk FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
        CONSTRAINT activity_follow_up_task_fk FOREIGN KEY (task_id) REFERENCES task (id) ON DELETE SET NULL,
        CONSTRAINT activity_follow_up_created_by_fk FOREIGN KEY (created_by) REFERENCES user_account (id) ON DELETE SET NULL,
        CONSTRAINT activity_follow_up_task_unique UNIQUE (task_id),
        CONSTRAINT activity_follow_up_length CHECK (char_length(btrim(description)) BETWEEN 1 AND 2000)
      )`);
    await db.query(`CREATE INDEX activity_follow_up_activity_idx ON activity_follow_up (activity_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['activity_follow_up', 'activity_participant', 'activity_thematic_area', 'activity_gmina', 'activity', 'engagement_consultant', 'engagement_gmina', 'engagement']) await db.query(`DROP TABLE ${table}`);
    await db.query(`DROP TYPE activity_format`);
    await db.query(`DROP TYPE activity_status`);
    await db.query(`DROP TYPE activity_kind`);
  }
}
