import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { QuorumRule } from '../council-enums';
import { CouncilSettingsService, quorumNeeded } from '../settings/council-settings.service';

@ObjectType({ description: 'Whether the council can decide now: member gminas represented by a present representative, against the quorum.' })
export class Quorum {
  @Field(() => QuorumRule)
  rule: QuorumRule;

  @Field(() => Int, { description: 'Member gminas of the partnership now.' })
  memberGminas: number;

  @Field(() => Int, { description: 'Member gminas whose representative is present.' })
  representedGminas: number;

  @Field(() => Int, { description: 'Represented gminas the quorum needs.' })
  needed: number;

  @Field()
  reached: boolean;

  /** The ids of the member gminas represented now. */
  representedGminaIds: string[];
}

/**
 * A meeting's quorum at this moment, counted by the database from the partnership's members and
 * the invitees present as representatives: a gmina counts once, and only while it is a member.
 */
@Injectable()
export class QuorumService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly settings: CouncilSettingsService,
  ) {}

  async of(meeting: { id: string; partnershipId: string }): Promise<Quorum> {
    return (await this.ofMeetings([meeting])).get(meeting.id) as Quorum;
  }

  /** Several meetings' quorums in two statements (a list of meetings asks for each). */
  async ofMeetings(meetings: readonly { id: string; partnershipId: string }[]): Promise<Map<string, Quorum>> {
    if (!meetings.length) return new Map();
    const rows: { meeting_id: string; members: number; represented: string[] }[] = await this.txHost.tx.query(
      `SELECT meeting.id AS meeting_id,
              (SELECT count(*)::int FROM partnership_member member WHERE member.partnership_id = meeting.partnership_id) AS members,
              coalesce((SELECT array_agg(DISTINCT invitee.gmina_id::text) FROM council_invitee invitee
                        JOIN partnership_member member ON member.partnership_id = meeting.partnership_id AND member.gmina_id = invitee.gmina_id
                        WHERE invitee.meeting_id = meeting.id AND invitee.role = 'REPRESENTATIVE' AND invitee.present), '{}') AS represented
       FROM council_meeting meeting WHERE meeting.id = ANY($1::uuid[])`,
      [meetings.map((meeting) => meeting.id)],
    );
    const rules = new Map<string, QuorumRule>();
    for (const partnershipId of new Set(meetings.map((meeting) => meeting.partnershipId))) rules.set(partnershipId, (await this.settings.of(partnershipId)).quorumRule);
    const partnershipOf = new Map(meetings.map((meeting) => [meeting.id, meeting.partnershipId]));
    return new Map(
      rows.map((row) => {
        const rule = rules.get(partnershipOf.get(row.meeting_id) as string) ?? QuorumRule.MORE_THAN_HALF;
        const needed = quorumNeeded(rule, row.members);
        const quorum = Object.assign(new Quorum(), {
          rule,
          memberGminas: row.members,
          representedGminas: row.represented.length,
          needed,
          reached: row.members > 0 && row.represented.length >= needed,
          representedGminaIds: row.represented,
        });
        return [row.meeting_id, quorum];
      }),
    );
  }
}
