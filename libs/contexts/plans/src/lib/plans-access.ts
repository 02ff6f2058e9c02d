import { Injectable, type OnModuleInit } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccessRegistry, ALLOWED, type ActionTable, type Condition, everyRole, PartnershipRole, type ScopeFacts, uuidsOf } from '@wspolnie/identity';
import { PlanStatus } from './plan/plan-status';
import { plansMessage } from './plans-messages';

const { ADVISOR, COORDINATOR, COUNCIL_MEMBER, GMINA_OFFICIAL, OBSERVER } = PartnershipRole;

/** The scope's authors name the caller: a plan's authors, a thread's starter (and the plan's authors). Editing one's comment is the discussion's row. */
const authoredBy = (label: string, refusal: Parameters<typeof plansMessage>[0]): Condition => ({
  label,
  refusal: plansMessage(refusal),
  test: ({ caller, scope }) => Boolean(scope.authorIds?.includes(caller.userId)),
});

export const AS_PLAN_AUTHOR = authoredBy("as the plan's author", 'condition.asAuthor');
const ON_OWN_THREAD_OR_AS_AUTHOR = authoredBy("threads they started, or as the plan's author", 'condition.ownThreadOrAuthor');

/** Observers read drafts; once a round opens, everyone with access comments (the service checks the round's dates). */
const WHILE_IN_CONSULTATION: Condition = {
  label: 'while in consultation',
  refusal: plansMessage('condition.inConsultation'),
  test: ({ scope }) => scope.status === PlanStatus.IN_CONSULTATION,
};

const AREA = 'Plans and comments';
const WRITERS = { [COORDINATOR]: ALLOWED, [COUNCIL_MEMBER]: ALLOWED, [GMINA_OFFICIAL]: ALLOWED, [ADVISOR]: ALLOWED };

/** The plans context's rows of the policy table. */
export const PLAN_ACTIONS = {
  'plan.read': { area: AREA, words: plansMessage('action.plan.read'), roles: everyRole() },
  'plan.create': { area: AREA, words: plansMessage('action.plan.create'), roles: { [COORDINATOR]: ALLOWED, [GMINA_OFFICIAL]: ALLOWED, [ADVISOR]: ALLOWED } },
  'plan.edit': {
    area: AREA,
    words: plansMessage('action.plan.edit'),
    roles: { [COORDINATOR]: ALLOWED, [COUNCIL_MEMBER]: AS_PLAN_AUTHOR, [GMINA_OFFICIAL]: AS_PLAN_AUTHOR, [ADVISOR]: AS_PLAN_AUTHOR },
  },
  'plan.consultation': {
    area: AREA,
    words: plansMessage('action.plan.consultation'),
    roles: { [COORDINATOR]: ALLOWED, [COUNCIL_MEMBER]: AS_PLAN_AUTHOR, [GMINA_OFFICIAL]: AS_PLAN_AUTHOR, [ADVISOR]: AS_PLAN_AUTHOR },
  },
  'plan.adopt': { area: AREA, words: plansMessage('action.plan.adopt'), roles: { [COUNCIL_MEMBER]: ALLOWED } },
  'plan.archive': { area: AREA, words: plansMessage('action.plan.archive'), roles: { [COORDINATOR]: ALLOWED } },
  'comment.write': { area: AREA, words: plansMessage('action.comment.write'), roles: { ...WRITERS, [OBSERVER]: WHILE_IN_CONSULTATION } },
  'comment.resolve': { area: AREA, words: plansMessage('action.comment.resolve'), roles: { ...everyRole(ON_OWN_THREAD_OR_AS_AUTHOR), [COORDINATOR]: ALLOWED } },
} satisfies ActionTable;

interface FactsRow {
  id: string;
  partnership_id: string;
  status: PlanStatus;
  author_ids: string[];
}

// The plan's authors, as an array; the thread and comment scopes add their own writer.
const AUTHORS = `coalesce((SELECT array_agg(author.user_id::text) FROM plan_author author WHERE author.plan_id = plan.id), '{}')`;

/**
 * What the context's ids stand for: a plan (its partnership, status and authors), a comment
 * (its plan's, and its author) and a thread (its plan's, its starter and the plan's authors),
 * one query per batch of ids. A revision is not a scope: it is reached through its plan.
 */
@Injectable()
export class PlansAccess implements OnModuleInit {
  constructor(
    private readonly registry: AccessRegistry,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  onModuleInit(): void {
    this.registry.define(PLAN_ACTIONS);
    this.registry.scope('plan', {
      noun: plansMessage('noun.plan'),
      resolve: async (ids) =>
        this.facts(await this.txHost.tx.query(`SELECT plan.id, plan.partnership_id, plan.status, ${AUTHORS} AS author_ids FROM plan WHERE plan.id = ANY($1::uuid[])`, [uuidsOf(ids)])),
    });
    this.registry.scope('planComment', {
      noun: plansMessage('noun.comment'),
      resolve: async (ids) =>
        this.facts(
          await this.txHost.tx.query(
            `SELECT comment.id, plan.partnership_id, plan.status, CASE WHEN comment.author_id IS NULL THEN '{}' ELSE ARRAY[comment.author_id::text] END AS author_ids
             FROM comment JOIN plan ON plan.id = comment.scope_id WHERE comment.subject_kind = 'PLAN_THREAD' AND comment.id = ANY($1::uuid[])`,
            [uuidsOf(ids)],
          ),
        ),
    });
    this.registry.scope('planThread', {
      noun: plansMessage('noun.thread'),
      resolve: async (ids) =>
        this.facts(
          await this.txHost.tx.query(
            `SELECT thread.id, plan.partnership_id, plan.status, array_remove(${AUTHORS} || thread.started_by::text, NULL) AS author_ids
             FROM plan_thread thread JOIN plan ON plan.id = thread.plan_id WHERE thread.id = ANY($1::uuid[])`,
            [uuidsOf(ids)],
          ),
        ),
    });
  }

  private facts(rows: FactsRow[]): Map<string, ScopeFacts> {
    return new Map(rows.map((row) => [row.id, { partnershipId: row.partnership_id, status: row.status, authorIds: row.author_ids }]));
  }
}
