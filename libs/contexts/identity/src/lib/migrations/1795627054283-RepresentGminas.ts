import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A role can name the member gmina its holder acts for (gmina officials must; council members
 * will vote for theirs). The reference goes to the partnership's membership, so the gmina
 * must be a member, and a member someone acts for cannot be removed from under them.
 * Invitations name the gmina too, and can be cancelled and sent again.
 */
export class RepresentGminas1795627054283 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE partnership_access ADD COLUMN gmina_id uuid`);
    // Officials of before act for the gmina their account names, where it is a member.
    await db.query(`
      UPDATE partnership_access access SET gmina_id = account.gmina_id
      FROM user_account account, partnership_member member
      WHERE account.id = access.user_id AND access.role = 'GMINA_OFFICIAL'
        AND member.partnership_id = access.partnership_id AND member.gmina_id = account.gmina_id`);
    await db.query(`
      ALTER TABLE partnership_access ADD CONSTRAINT partnership_access_member_fk
        FOREIGN KEY (partnership_id, gmina_id) REFERENCES partnership_member (partnership_id, gmina_id)`);
    // NOT VALID: enforced for every role given from now on; an official of before whose gmina
    // could not be told keeps the role until a coordinator names it.
    await db.query(`ALTER TABLE partnership_access ADD CONSTRAINT partnership_access_official_names_gmina CHECK (role <> 'GMINA_OFFICIAL' OR gmina_id IS NOT NULL) NOT VALID`);
    await db.query(`CREATE INDEX partnership_access_member_idx ON partnership_access (partnership_id, gmina_id)`);

    await db.query(`ALTER TABLE invitation ADD COLUMN gmina_id uuid`);
    await db.query(`ALTER TABLE invitation ADD CONSTRAINT invitation_gmina_fk FOREIGN KEY (gmina_id) REFERENCES gmina (id)`);
    await db.query(`ALTER TABLE invitation ADD CONSTRAINT invitation_official_names_gmina CHECK (role <> 'GMINA_OFFICIAL' OR gmina_id IS NOT NULL) NOT VALID`);
    await db.query(`ALTER TABLE invitation ADD COLUMN cancelled_at timestamptz`);
    await db.query(`ALTER TABLE invitation ADD COLUMN sent_at timestamptz NOT NULL DEFAULT now()`);
    await db.query(`UPDATE invitation SET sent_at = created_at`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE invitation DROP COLUMN sent_at`);
    await db.query(`ALTER TABLE invitation DROP COLUMN cancelled_at`);
    await db.query(`ALTER TABLE invitation DROP CONSTRAINT invitation_official_names_gmina`);
    await db.query(`ALTER TABLE invitation DROP COLUMN gmina_id`);
    await db.query(`DROP INDEX partnership_access_member_idx`);
    await db.query(`ALTER TABLE partnership_access DROP CONSTRAINT partnership_access_official_names_gmina`);
    await db.query(`ALTER TABLE partnership_access DROP CONSTRAINT partnership_access_member_fk`);
    await db.query(`ALTER TABLE partnership_access DROP COLUMN gmina_id`);
  }
}
