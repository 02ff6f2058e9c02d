import { Injectable, type OnModuleInit } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccessRegistry, ALLOWED, type ActionTable, type Condition, everyRole, type Grant, type GrantSource, HeldGrants, type ScopeFacts, uuidsOf } from '@wspolnie/identity';
import { advisoryMessage } from './advisory-messages';
import { ProgrammeRole } from './programme/programme-enums';

const { PROGRAMME_MANAGER, CONSULTANT } = ProgrammeRole;

/** A consultant limited to a regional team acts in that team only; one who is not, in the whole programme. */
export const IN_THEIR_TEAM: Condition = {
  label: 'in their team, if limited to one',
  refusal: advisoryMessage('condition.inTeam'),
  test: ({ grant, scope }) => !grant?.teamId || grant.teamId === scope.teamId,
};

const AREA = 'Advisory support';

/**
 * The advisory context's rows of the policy table. Programme roles are columns of the same
 * table as partnership roles; people of a partnership see the support their partnership and its
 * member gminas received (support.read), because an engagement's and an activity's facts name
 * those partnerships.
 */
export const ADVISORY_ACTIONS = {
  'programme.create': { area: AREA, words: advisoryMessage('action.programme.create'), roles: {}, platformAdmin: ALLOWED, platformWide: true },
  'programme.read': { area: AREA, words: advisoryMessage('action.programme.read'), roles: { [PROGRAMME_MANAGER]: ALLOWED, [CONSULTANT]: ALLOWED }, platformAdmin: ALLOWED },
  'programme.manage': { area: AREA, words: advisoryMessage('action.programme.manage'), roles: { [PROGRAMME_MANAGER]: ALLOWED } },
  'programme.people.manage': { area: AREA, words: advisoryMessage('action.programme.people'), roles: { [PROGRAMME_MANAGER]: ALLOWED } },
  'programme.report': { area: AREA, words: advisoryMessage('action.programme.report'), roles: { [PROGRAMME_MANAGER]: ALLOWED, [CONSULTANT]: IN_THEIR_TEAM } },
  'support.read': { area: AREA, words: advisoryMessage('action.support.read'), roles: { ...everyRole(), [PROGRAMME_MANAGER]: ALLOWED, [CONSULTANT]: IN_THEIR_TEAM } },
  // Who took part by name (registrants among them) is the organisers' to see, not every partnership's.
  'support.people.read': { area: AREA, words: advisoryMessage('action.support.people'), roles: { [PROGRAMME_MANAGER]: ALLOWED, [CONSULTANT]: IN_THEIR_TEAM } },
  'support.record': { area: AREA, words: advisoryMessage('action.support.record'), roles: { [PROGRAMME_MANAGER]: ALLOWED, [CONSULTANT]: IN_THEIR_TEAM } },
  'registration.manage': { area: AREA, words: advisoryMessage('action.registration.manage'), roles: { [PROGRAMME_MANAGER]: ALLOWED, [CONSULTANT]: IN_THEIR_TEAM } },
} satisfies ActionTable;

interface FactsRow {
  id: string;
  programme_id: string;
  team_id: string | null;
  partnership_ids: string[] | null;
  status?: string;
}

/**
 * The partnerships whose people see support given to `gminas` (a table of gmina_id): the
 * partnerships those gminas are members of. With the engagement's own partnership, they are the
 * facts' `partnershipIds`.
 */
const PARTNERSHIPS_OF = (gminas: string, engagementPartnership: string) =>
  `array_remove(array_append(ARRAY(SELECT DISTINCT member.partnership_id FROM partnership_member member WHERE member.gmina_id IN (${gminas})), ${engagementPartnership}), NULL)`;

/**
 * Programme roles as a grant source of the one policy table, and what the context's ids stand
 * for: a programme, a regional team, an engagement and an activity (its programme, its team, the
 * partnerships it supported), a registration (its activity's), one query per batch of ids.
 */
@Injectable()
export class AdvisoryAccess implements OnModuleInit, GrantSource {
  readonly roles = Object.values(ProgrammeRole);
  readonly place = advisoryMessage('inProgramme');
  private readonly held: HeldGrants;

  constructor(
    private readonly registry: AccessRegistry,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {
    this.held = new HeldGrants(
      txHost,
      `SELECT user_id, programme_id AS held_in, role, NULL::uuid AS gmina_id, team_id FROM programme_access
       WHERE (user_id, programme_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))`,
    );
  }

  roleName(role: string) {
    return advisoryMessage(`role.${role as ProgrammeRole}`);
  }

  /** The caller's role in the thing's programme, if it is in one. */
  async grantsOn(userId: string, facts: ScopeFacts): Promise<Grant[]> {
    return facts.programmeId ? this.held.in(userId, [facts.programmeId]) : [];
  }

  onModuleInit(): void {
    this.registry.grantSource(this);
    this.registry.define(ADVISORY_ACTIONS);
    this.registry.scope('programme', {
      noun: advisoryMessage('noun.programme'),
      resolve: async (ids) => this.facts(await this.txHost.tx.query(`SELECT id, id AS programme_id, NULL AS team_id FROM programme WHERE id = ANY($1::uuid[])`, [uuidsOf(ids)])),
    });
    this.registry.scope('programmeTeam', {
      noun: advisoryMessage('noun.team'),
      resolve: async (ids) => this.facts(await this.txHost.tx.query(`SELECT id, programme_id, id AS team_id FROM programme_team WHERE id = ANY($1::uuid[])`, [uuidsOf(ids)])),
    });
    this.registry.scope('engagement', {
      noun: advisoryMessage('noun.engagement'),
      resolve: async (ids) =>
        this.facts(
          await this.txHost.tx.query(
            `SELECT engagement.id, engagement.programme_id, engagement.team_id,
               ${PARTNERSHIPS_OF('SELECT gmina_id FROM engagement_gmina supported WHERE supported.engagement_id = engagement.id', 'engagement.partnership_id')} AS partnership_ids
             FROM engagement WHERE engagement.id = ANY($1::uuid[])`,
            [uuidsOf(ids)],
          ),
        ),
    });
    this.registry.scope('activity', {
      noun: advisoryMessage('noun.activity'),
      resolve: async (ids) => this.facts(await this.txHost.tx.query(`${ACTIVITY_FACTS} WHERE activity.id = ANY($1::uuid[])`, [uuidsOf(ids)])),
    });
    this.registry.scope('activityFollowUp', {
      noun: advisoryMessage('noun.followUp'),
      resolve: async (ids) =>
        this.facts(
          await this.txHost.tx.query(
            `SELECT followUp.id, facts.programme_id, facts.team_id, facts.partnership_ids, facts.status
             FROM activity_follow_up followUp
             CROSS JOIN LATERAL (${ACTIVITY_FACTS} WHERE activity.id = followUp.activity_id) facts
             WHERE followUp.id = ANY($1::uuid[])`,
            [uuidsOf(ids)],
          ),
        ),
    });
    this.registry.scope('activityRegistration', {
      noun: advisoryMessage('noun.registration'),
      resolve: async (ids) =>
        this.facts(
          await this.txHost.tx.query(
            `SELECT registration.id, facts.programme_id, facts.team_id, facts.partnership_ids, facts.status
             FROM activity_registration registration
             CROSS JOIN LATERAL (${ACTIVITY_FACTS} WHERE activity.id = registration.activity_id) facts
             WHERE registration.id = ANY($1::uuid[])`,
            [uuidsOf(ids)],
          ),
        ),
    });
  }

  private facts(rows: FactsRow[]): Map<string, ScopeFacts> {
    return new Map(
      rows.map((row) => [row.id, { programmeId: row.programme_id, teamId: row.team_id, partnershipIds: row.partnership_ids ?? [], ...(row.status ? { status: row.status } : {}) }]),
    );
  }
}

// A draft is the consultant's until recorded: partnerships see recorded support only.
const ACTIVITY_FACTS = `SELECT activity.id, activity.programme_id, activity.team_id, activity.status::text AS status,
   CASE WHEN activity.status = 'RECORDED' THEN ${PARTNERSHIPS_OF(
     'SELECT gmina_id FROM activity_gmina served WHERE served.activity_id = activity.id',
     '(SELECT engagement.partnership_id FROM engagement WHERE engagement.id = activity.engagement_id)',
   )} ELSE '{}' END AS partnership_ids
 FROM activity`;
