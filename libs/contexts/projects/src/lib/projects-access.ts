import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  AccessRegistry,
  ALLOWED,
  type ActionTable,
  type Condition,
  everyRole,
  FOR_OWN_GMINA,
  FOR_OWN_GMINA_OR_ASSIGNED,
  PartnershipRole,
  uuidsOf,
  WITH_OWN_GMINA_TAKING_PART,
} from '@wspolnie/identity';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { projectDiscussionMessage } from './discussion/discussion-messages';
import { projectsMessage } from './projects-messages';
import { taskMessage } from './task/task-messages';

const { ADVISOR, COORDINATOR, COUNCIL_MEMBER, GMINA_OFFICIAL } = PartnershipRole;

/** A project's facts carry its lead gmina, which only this context's conditions read. */
interface ProjectFacts {
  leadGminaId?: string | null;
}

/** The lead gmina answers for the project as a whole (archiving it), not every partner. */
export const FOR_LEAD_GMINA: Condition = {
  label: 'where their gmina leads the project',
  refusal: projectsMessage('condition.forLeadGmina'),
  test: ({ grant, scope }) => Boolean(grant?.gminaId && (scope as ProjectFacts).leadGminaId === grant.gminaId),
};

/** The projects context's rows of the policy table. */
export const PROJECT_ACTIONS = {
  'project.read': { area: 'Projects and tasks', words: projectsMessage('action.project.read'), roles: everyRole() },
  'project.create': { area: 'Projects and tasks', words: projectsMessage('action.project.create'), roles: { [COORDINATOR]: ALLOWED, [GMINA_OFFICIAL]: WITH_OWN_GMINA_TAKING_PART } },
  'project.edit': { area: 'Projects and tasks', words: projectsMessage('action.project.edit'), roles: { [COORDINATOR]: ALLOWED, [GMINA_OFFICIAL]: FOR_OWN_GMINA } },
  'project.stage.change': { area: 'Projects and tasks', words: projectsMessage('action.project.stage.change'), roles: { [COORDINATOR]: ALLOWED, [COUNCIL_MEMBER]: ALLOWED } },
  // Advisors add the follow-ups of the support they give to the partnership's boards.
  'task.create': {
    area: 'Projects and tasks',
    words: projectsMessage('action.task.create'),
    roles: { [COORDINATOR]: ALLOWED, [GMINA_OFFICIAL]: FOR_OWN_GMINA, [ADVISOR]: ALLOWED },
  },
  'task.edit': { area: 'Projects and tasks', words: projectsMessage('action.task.edit'), roles: { [COORDINATOR]: ALLOWED, [GMINA_OFFICIAL]: FOR_OWN_GMINA_OR_ASSIGNED } },
  // Observers read the discussion; everyone else working on the partnership's projects writes in it.
  'project.comment': {
    area: 'Projects and tasks',
    words: projectDiscussionMessage('action.project.comment'),
    roles: { [COORDINATOR]: ALLOWED, [COUNCIL_MEMBER]: ALLOWED, [GMINA_OFFICIAL]: ALLOWED, [ADVISOR]: ALLOWED },
  },
  'task.archive': { area: 'Projects and tasks', words: projectsMessage('action.task.archive'), roles: { [COORDINATOR]: ALLOWED, [GMINA_OFFICIAL]: FOR_OWN_GMINA_OR_ASSIGNED } },
  'project.archive': { area: 'Projects and tasks', words: projectsMessage('action.project.archive'), roles: { [COORDINATOR]: ALLOWED, [GMINA_OFFICIAL]: FOR_LEAD_GMINA } },
} satisfies ActionTable;

interface ScopeRow {
  id: string;
  partnership_id: string;
  gmina_ids: string[];
  assignee_id?: string | null;
  lead_gmina_id?: string | null;
}

/**
 * Registers the context's actions and what its ids stand for: a project (its partnership and
 * participating gminas) and a task (its project's, and whom it is assigned to), one query per
 * batch of ids.
 */
@Injectable()
export class ProjectsAccess implements OnModuleInit {
  constructor(
    private readonly registry: AccessRegistry,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  onModuleInit(): void {
    this.registry.define(PROJECT_ACTIONS);
    this.registerReference();
    this.registry.scope('project', {
      noun: projectsMessage('noun.project'),
      resolve: async (ids) =>
        this.facts(
          await this.txHost.tx.query(
            `SELECT project.id, project.partnership_id,
                    coalesce(array_agg(participant.gmina_id::text) FILTER (WHERE participant.gmina_id IS NOT NULL), '{}') AS gmina_ids,
                    (array_agg(participant.gmina_id::text) FILTER (WHERE participant.role = 'LEAD'))[1] AS lead_gmina_id
             FROM project LEFT JOIN project_participant participant ON participant.project_id = project.id
             WHERE project.id = ANY($1::uuid[]) GROUP BY project.id`,
            [uuidsOf(ids)],
          ),
        ),
    });
    this.registry.scope('task', {
      noun: taskMessage('noun.task'),
      resolve: async (ids) =>
        this.facts(
          await this.txHost.tx.query(
            `SELECT task.id, task.partnership_id, task.assignee_id,
                    coalesce(array_agg(participant.gmina_id::text) FILTER (WHERE participant.gmina_id IS NOT NULL), '{}') AS gmina_ids
             FROM task LEFT JOIN project_participant participant ON participant.project_id = task.project_id
             WHERE task.id = ANY($1::uuid[]) GROUP BY task.id`,
            [uuidsOf(ids)],
          ),
        ),
    });
  }

  /** Other contexts refer to projects (a plan's linked projects): only to their own partnership's. */
  private registerReference(): void {
    this.registry.reference('project', {
      refusal: () => projectsMessage('project.reference'),
      usable: async (partnershipId, ids) => {
        const rows: { id: string }[] = await this.txHost.tx.query(`SELECT id FROM project WHERE partnership_id = $1 AND id = ANY($2::uuid[])`, [partnershipId, uuidsOf(ids)]);
        return new Set(rows.map((row) => row.id));
      },
    });
  }

  private facts(rows: ScopeRow[]) {
    return new Map(rows.map((row) => [row.id, { partnershipId: row.partnership_id, gminaIds: row.gmina_ids, assigneeId: row.assignee_id ?? null, leadGminaId: row.lead_gmina_id ?? null }]));
  }
}
