import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The council's meetings, their agendas, invitations and attendance, votes per member gmina and
 * the numbered resolutions. Resolutions, votes and ballots are never deleted through the
 * product: they are the partnership's record.
 */
export class CreateCouncil1795627054340 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE council_quorum_rule AS ENUM ('MORE_THAN_HALF', 'AT_LEAST_TWO_THIRDS')`);
    await db.query(`CREATE TYPE council_voting_rule AS ENUM ('SIMPLE_MAJORITY', 'ABSOLUTE_MAJORITY')`);
    await db.query(`CREATE TYPE council_meeting_status AS ENUM ('PLANNED', 'IN_PROGRESS', 'CLOSED', 'CANCELLED')`);
    await db.query(`CREATE TYPE council_invitee_role AS ENUM ('REPRESENTATIVE', 'GUEST')`);
    await db.query(`CREATE TYPE council_decision_kind AS ENUM ('NONE', 'MOVE_PROJECT', 'ADOPT_PLAN', 'APPROVE_COST_SHARES')`);
    await db.query(`CREATE TYPE council_vote_status AS ENUM ('OPEN', 'CLOSED', 'CANCELLED')`);
    await db.query(`CREATE TYPE council_vote_result AS ENUM ('ADOPTED', 'REJECTED')`);
    await db.query(`CREATE TYPE council_choice AS ENUM ('FOR', 'AGAINST', 'ABSTAIN')`);

    // One row per partnership once its coordinator changes a default; absent means the defaults.
    await db.query(`
      CREATE TABLE council_settings (
        id uuid NOT NULL,
        quorum_rule council_quorum_rule NOT NULL DEFAULT 'MORE_THAN_HALF',
        voting_rule council_voting_rule NOT NULL DEFAULT 'SIMPLE_MAJORITY',
        stages_needing_resolution text[] NOT NULL DEFAULT '{}',
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT council_settings_pk PRIMARY KEY (id),
        CONSTRAINT council_settings_partnership_fk FOREIGN KEY (id) REFERENCES partnership (id) ON DELETE CASCADE
      )`);

    await db.query(`
      CREATE TABLE council_meeting (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL,
        number integer NOT NULL,
        title text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        place text,
        online_url text,
        status council_meeting_status NOT NULL DEFAULT 'PLANNED',
        chair_id uuid,
        cancellation_reason text,
        started_at timestamptz,
        closed_at timestamptz,
        calendar_sequence integer NOT NULL DEFAULT 0,
        created_by uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT council_meeting_pk PRIMARY KEY (id),
        CONSTRAINT council_meeting_partnership_fk FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE,
        CONSTRAINT council_meeting_chair_fk FOREIGN KEY (chair_id) REFERENCES user_account (id) ON DELETE SET NULL,
        CONSTRAINT council_meeting_created_by_fk FOREIGN KEY (created_by) REFERENCES user_account (id) ON DELETE SET NULL,
        CONSTRAINT council_meeting_number_unique UNIQUE (partnership_id, number),
        CONSTRAINT council_meeting_scoped UNIQUE (partnership_id, id),
        CONSTRAINT council_meeting_title_length CHECK (char_length(btrim(title)) BETWEEN 1 AND 200),
        CONSTRAINT council_meeting_ends_after_start CHECK (ends_at > starts_at),
        CONSTRAINT council_meeting_cancellation CHECK ((status = 'CANCELLED') = (cancellation_reason IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX council_meeting_partnership_idx ON council_meeting (partnership_id, starts_at, id)`);

    await db.query(`
      CREATE TABLE council_agenda_item (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL,
        partnership_id uuid NOT NULL,
        position integer NOT NULL,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        project_id uuid,
        plan_id uuid,
        motion_text text,
        decision_kind council_decision_kind NOT NULL DEFAULT 'NONE',
        decision_stage text,
        decision_shares jsonb,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT council_agenda_item_pk PRIMARY KEY (id),
        CONSTRAINT council_agenda_item_meeting_fk FOREIGN KEY (partnership_id, meeting_id) REFERENCES council_meeting (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT council_agenda_item_project_fk FOREIGN KEY (project_id) REFERENCES project (id),
        CONSTRAINT council_agenda_item_plan_fk FOREIGN KEY (plan_id) REFERENCES plan (id),
        CONSTRAINT council_agenda_item_position_unique UNIQUE (meeting_id, position) DEFERRABLE INITIALLY IMMEDIATE,
        CONSTRAINT council_agenda_item_title_length CHECK (char_length(btrim(title)) BETWEEN 1 AND 300),
        CONSTRAINT council_agenda_item_decision_target CHECK (
          decision_kind = 'NONE'
          OR (decision_kind = 'MOVE_PROJECT' AND project_id IS NOT NULL AND decision_stage IS NOT NULL)
          OR (decision_kind = 'ADOPT_PLAN' AND plan_id IS NOT NULL)
          OR (decision_kind = 'APPROVE_COST_SHARES' AND project_id IS NOT NULL AND decision_shares IS NOT NULL))
      )`);

    await db.query(`
      CREATE TABLE council_invitee (
        meeting_id uuid NOT NULL,
        partnership_id uuid NOT NULL,
        user_id uuid NOT NULL,
        role council_invitee_role NOT NULL,
        gmina_id uuid,
        present boolean NOT NULL DEFAULT false,
        arrived_at timestamptz,
        left_at timestamptz,
        invited_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT council_invitee_pk PRIMARY KEY (meeting_id, user_id),
        CONSTRAINT council_invitee_meeting_fk FOREIGN KEY (partnership_id, meeting_id) REFERENCES council_meeting (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT council_invitee_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
        CONSTRAINT council_invitee_gmina_fk FOREIGN KEY (gmina_id) REFERENCES gmina (id),
        CONSTRAINT council_invitee_represents CHECK ((role = 'REPRESENTATIVE') = (gmina_id IS NOT NULL))
      )`);
    await db.query(`CREATE UNIQUE INDEX council_invitee_one_representative ON council_invitee (meeting_id, gmina_id) WHERE role = 'REPRESENTATIVE'`);
    await db.query(`CREATE INDEX council_invitee_user_idx ON council_invitee (user_id)`);

    await db.query(`
      CREATE TABLE council_minutes (
        id uuid NOT NULL,
        markdown text NOT NULL DEFAULT '',
        updated_by uuid,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT council_minutes_pk PRIMARY KEY (id),
        CONSTRAINT council_minutes_meeting_fk FOREIGN KEY (id) REFERENCES council_meeting (id) ON DELETE CASCADE,
        CONSTRAINT council_minutes_updated_by_fk FOREIGN KEY (updated_by) REFERENCES user_account (id) ON DELETE SET NULL
      )`);
    await db.query(`
      CREATE TABLE council_minutes_correction (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL,
        markdown_before text NOT NULL,
        markdown_after text NOT NULL,
        reason text NOT NULL,
        corrected_by uuid,
        corrected_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT council_minutes_correction_pk PRIMARY KEY (id),
        CONSTRAINT council_minutes_correction_meeting_fk FOREIGN KEY (meeting_id) REFERENCES council_meeting (id) ON DELETE CASCADE,
        CONSTRAINT council_minutes_correction_by_fk FOREIGN KEY (corrected_by) REFERENCES user_account (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX council_minutes_correction_meeting_idx ON council_minutes_correction (meeting_id, corrected_at)`);

    await db.query(`
      CREATE TABLE council_vote (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL,
        partnership_id uuid NOT NULL,
        agenda_item_id uuid NOT NULL,
        status council_vote_status NOT NULL DEFAULT 'OPEN',
        voting_rule council_voting_rule NOT NULL,
        member_count integer NOT NULL,
        votes_for integer,
        votes_against integer,
        votes_abstain integer,
        result council_vote_result,
        opened_by uuid,
        opened_at timestamptz NOT NULL DEFAULT now(),
        closed_by uuid,
        closed_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT council_vote_pk PRIMARY KEY (id),
        CONSTRAINT council_vote_meeting_fk FOREIGN KEY (partnership_id, meeting_id) REFERENCES council_meeting (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT council_vote_item_fk FOREIGN KEY (agenda_item_id) REFERENCES council_agenda_item (id) ON DELETE RESTRICT,
        CONSTRAINT council_vote_opened_by_fk FOREIGN KEY (opened_by) REFERENCES user_account (id) ON DELETE SET NULL,
        CONSTRAINT council_vote_closed_by_fk FOREIGN KEY (closed_by) REFERENCES user_account (id) ON DELETE SET NULL,
        CONSTRAINT council_vote_result_when_closed CHECK ((status = 'CLOSED') = (result IS NOT NULL)),
        CONSTRAINT council_vote_members CHECK (member_count > 0)
      )`);
    await db.query(`CREATE UNIQUE INDEX council_vote_one_open_per_item ON council_vote (agenda_item_id) WHERE status = 'OPEN'`);
    await db.query(`CREATE UNIQUE INDEX council_vote_one_adopted_per_item ON council_vote (agenda_item_id) WHERE result = 'ADOPTED'`);
    await db.query(`CREATE INDEX council_vote_meeting_idx ON council_vote (meeting_id, opened_at)`);
    await db.query(`
      CREATE TABLE council_ballot (
        vote_id uuid NOT NULL,
        gmina_id uuid NOT NULL,
        choice council_choice NOT NULL,
        cast_by uuid,
        cast_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT council_ballot_pk PRIMARY KEY (vote_id, gmina_id),
        CONSTRAINT council_ballot_vote_fk FOREIGN KEY (vote_id) REFERENCES council_vote (id) ON DELETE CASCADE,
        CONSTRAINT council_ballot_gmina_fk FOREIGN KEY (gmina_id) REFERENCES gmina (id),
        CONSTRAINT council_ballot_cast_by_fk FOREIGN KEY (cast_by) REFERENCES user_account (id) ON DELETE SET NULL
      )`);

    await db.query(`
      CREATE TABLE council_resolution (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL,
        year integer NOT NULL,
        seq integer NOT NULL,
        number text NOT NULL,
        meeting_id uuid NOT NULL,
        agenda_item_id uuid NOT NULL,
        vote_id uuid NOT NULL,
        title text NOT NULL,
        text text NOT NULL,
        adopted_on date NOT NULL,
        decision_kind council_decision_kind NOT NULL,
        decision jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT council_resolution_pk PRIMARY KEY (id),
        CONSTRAINT council_resolution_meeting_fk FOREIGN KEY (partnership_id, meeting_id) REFERENCES council_meeting (partnership_id, id) ON DELETE RESTRICT,
        CONSTRAINT council_resolution_item_fk FOREIGN KEY (agenda_item_id) REFERENCES council_agenda_item (id) ON DELETE RESTRICT,
        CONSTRAINT council_resolution_vote_fk FOREIGN KEY (vote_id) REFERENCES council_vote (id) ON DELETE RESTRICT,
        CONSTRAINT council_resolution_vote_unique UNIQUE (vote_id),
        CONSTRAINT council_resolution_number_unique UNIQUE (partnership_id, year, seq),
        CONSTRAINT council_resolution_seq_positive CHECK (seq > 0),
        CONSTRAINT council_resolution_number_is_seq_year CHECK (number = seq::text || '/' || year::text)
      )`);
    await db.query(`CREATE INDEX council_resolution_register_idx ON council_resolution (partnership_id, year, seq)`);

    // The secret behind a person's calendar feed URL; only its hash is kept, as with sessions.
    await db.query(`
      CREATE TABLE council_calendar_feed (
        user_id uuid NOT NULL,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT council_calendar_feed_pk PRIMARY KEY (user_id),
        CONSTRAINT council_calendar_feed_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
        CONSTRAINT council_calendar_feed_token_unique UNIQUE (token_hash)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'council_calendar_feed',
      'council_resolution',
      'council_ballot',
      'council_vote',
      'council_minutes_correction',
      'council_minutes',
      'council_invitee',
      'council_agenda_item',
      'council_meeting',
      'council_settings',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    for (const type of [
      'council_choice',
      'council_vote_result',
      'council_vote_status',
      'council_decision_kind',
      'council_invitee_role',
      'council_meeting_status',
      'council_voting_rule',
      'council_quorum_rule',
    ]) {
      await db.query(`DROP TYPE ${type}`);
    }
  }
}
