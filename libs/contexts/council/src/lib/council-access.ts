import { Injectable, type OnModuleInit } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccessRegistry, ALLOWED, type ActionTable, type Condition, everyRole, PartnershipRole, type ScopeFacts, uuidsOf } from '@wspolnie/identity';
import { councilMessage } from './council-messages';

const { COORDINATOR, COUNCIL_MEMBER, GMINA_OFFICIAL } = PartnershipRole;

/** The meeting's chair (its scope's authorIds) runs it with the coordinators. */
export const AS_CHAIR: Condition = {
  label: "as the meeting's chair",
  refusal: councilMessage('condition.asChair'),
  test: ({ caller, scope }) => Boolean(scope.authorIds?.includes(caller.userId)),
};

const AREA = 'Council';

/**
 * The council context's rows of the policy table. Who may cast a gmina's vote is decided per
 * meeting (its representative, present): the row names the roles a representative can hold,
 * the vote service checks the rest and says which part failed.
 */
export const COUNCIL_ACTIONS = {
  'council.read': { area: AREA, words: councilMessage('action.council.read'), roles: everyRole() },
  'council.settings': { area: AREA, words: councilMessage('action.council.settings'), roles: { [COORDINATOR]: ALLOWED } },
  'meeting.create': { area: AREA, words: councilMessage('action.meeting.create'), roles: { [COORDINATOR]: ALLOWED } },
  'meeting.manage': { area: AREA, words: councilMessage('action.meeting.manage'), roles: { [COORDINATOR]: ALLOWED, [COUNCIL_MEMBER]: AS_CHAIR } },
  'meeting.vote': { area: AREA, words: councilMessage('action.meeting.vote'), roles: { [COORDINATOR]: ALLOWED, [COUNCIL_MEMBER]: ALLOWED, [GMINA_OFFICIAL]: ALLOWED } },
} satisfies ActionTable;

interface FactsRow {
  id: string;
  partnership_id: string;
  chair_id: string | null;
  status: string;
}

// A meeting's facts, and through it those of its agenda items and votes: the partnership, the chair, the status.
const MEETING_FACTS = `SELECT meeting.id AS meeting_id, meeting.partnership_id, meeting.chair_id, meeting.status::text AS status FROM council_meeting meeting`;

/** What the council's ids stand for: a meeting, an agenda item, a vote and a resolution, one query per batch. */
@Injectable()
export class CouncilAccess implements OnModuleInit {
  constructor(
    private readonly registry: AccessRegistry,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  onModuleInit(): void {
    this.registry.define(COUNCIL_ACTIONS);
    this.scope('meeting', 'noun.meeting', `SELECT facts.meeting_id AS id, facts.* FROM (${MEETING_FACTS}) facts WHERE facts.meeting_id = ANY($1::uuid[])`);
    this.scope('agendaItem', 'noun.agendaItem', this.through('council_agenda_item'));
    this.scope('vote', 'noun.vote', this.through('council_vote'));
    this.scope('resolution', 'noun.resolution', this.through('council_resolution'));
  }

  private through(table: string): string {
    return `SELECT thing.id, facts.partnership_id, facts.chair_id, facts.status FROM ${table} thing
            JOIN (${MEETING_FACTS}) facts ON facts.meeting_id = thing.meeting_id WHERE thing.id = ANY($1::uuid[])`;
  }

  private scope(kind: string, noun: Parameters<typeof councilMessage>[0], sql: string): void {
    this.registry.scope(kind, { noun: councilMessage(noun), resolve: async (ids) => this.facts(await this.txHost.tx.query(sql, [uuidsOf(ids)])) });
  }

  private facts(rows: FactsRow[]): Map<string, ScopeFacts> {
    return new Map(rows.map((row) => [row.id, { partnershipId: row.partnership_id, authorIds: row.chair_id ? [row.chair_id] : [], status: row.status }]));
  }
}
