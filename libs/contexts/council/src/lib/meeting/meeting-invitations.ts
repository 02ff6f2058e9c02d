import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { PartnershipRole } from '@wspolnie/identity';
import type { Meeting } from './meeting.entity';

/** Who is invited to a meeting without being invited one by one. */
@Injectable()
export class MeetingInvitations {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /**
   * The council as it is when the meeting is called: each council member acting for a member
   * gmina is that gmina's representative; when two act for one gmina, the one who holds the
   * role longest represents it and the other comes as a guest. Answers who was invited.
   */
  async inviteCouncil(meeting: Meeting): Promise<string[]> {
    const rows: { user_id: string }[] = await this.txHost.tx.query(
      `INSERT INTO council_invitee (meeting_id, partnership_id, user_id, role, gmina_id)
       SELECT $1, $2, ranked.user_id,
              (CASE WHEN ranked.rank = 1 THEN 'REPRESENTATIVE' ELSE 'GUEST' END)::council_invitee_role,
              CASE WHEN ranked.rank = 1 THEN ranked.gmina_id END
       FROM (SELECT access.user_id, access.gmina_id,
                    row_number() OVER (PARTITION BY access.gmina_id ORDER BY access.granted_at, access.user_id) AS rank
             FROM partnership_access access
             JOIN partnership_member member ON member.partnership_id = access.partnership_id AND member.gmina_id = access.gmina_id
             WHERE access.partnership_id = $2 AND access.role = $3) ranked
       ON CONFLICT (meeting_id, user_id) DO NOTHING
       RETURNING user_id`,
      [meeting.id, meeting.partnershipId, PartnershipRole.COUNCIL_MEMBER],
    );
    return rows.map((row) => row.user_id);
  }

  /** The chair takes part whatever their role: invited as a guest unless already invited. Answers whether they were invited now. */
  async inviteAsGuest(meeting: Meeting, userId: string): Promise<boolean> {
    const rows: unknown[] = await this.txHost.tx.query(
      `INSERT INTO council_invitee (meeting_id, partnership_id, user_id, role) VALUES ($1, $2, $3, 'GUEST')
       ON CONFLICT (meeting_id, user_id) DO NOTHING RETURNING user_id`,
      [meeting.id, meeting.partnershipId, userId],
    );
    return rows.length > 0;
  }

  async inviteeIdsOf(meetingId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await this.txHost.tx.query(`SELECT user_id FROM council_invitee WHERE meeting_id = $1 ORDER BY user_id`, [meetingId]);
    return rows.map((row) => row.user_id);
  }
}
