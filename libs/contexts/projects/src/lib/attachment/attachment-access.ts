import { Injectable, type OnModuleInit } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccessRegistry, ALLOWED, type ActionTable, type Condition, everyRole, FOR_OWN_GMINA_OR_ASSIGNED, PartnershipRole, uuidsOf } from '@wspolnie/identity';
import { projectsMessage } from '../projects-messages';
import { taskMessage } from '../task/task-messages';
import { attachmentMessage } from './attachment-messages';

const { COORDINATOR, COUNCIL_MEMBER } = PartnershipRole;

/** What the scopes below call a thing whose project is archived (ScopeFacts.status). */
export const ARCHIVED = 'archived';

/** An archived project's files are the record of what was done: kept for those who answer for it. */
const UNLESS_ARCHIVED: Condition = {
  label: 'while the project is not archived',
  refusal: attachmentMessage('condition.unlessArchived'),
  test: ({ scope }) => scope.status !== ARCHIVED,
};

const OWN_UPLOAD: Condition = {
  label: 'the ones they uploaded',
  refusal: attachmentMessage('condition.ownUpload'),
  test: ({ caller, scope }) => Boolean(scope.authorIds?.includes(caller.userId)),
};

const AREA = 'Projects and tasks';

/**
 * Attachments' rows of the policy table: read by whoever reads the project (only the
 * coordinator and council members once it is archived), uploaded by whoever edits the project
 * or the task, removed (archived) by the coordinator or whoever uploaded it.
 */
export const ATTACHMENT_ACTIONS = {
  'attachment.read': { area: AREA, words: attachmentMessage('action.attachment.read'), roles: { ...everyRole(UNLESS_ARCHIVED), [COORDINATOR]: ALLOWED, [COUNCIL_MEMBER]: ALLOWED } },
  'attachment.upload': {
    area: AREA,
    words: attachmentMessage('action.attachment.upload'),
    roles: { [COORDINATOR]: ALLOWED, [PartnershipRole.GMINA_OFFICIAL]: FOR_OWN_GMINA_OR_ASSIGNED },
  },
  'attachment.archive': { area: AREA, words: attachmentMessage('action.attachment.archive'), roles: { ...everyRole(OWN_UPLOAD), [COORDINATOR]: ALLOWED } },
} satisfies ActionTable;

interface FactsRow {
  id: string;
  partnership_id: string;
  gmina_ids: string[];
  assignee_id: string | null;
  archived: boolean;
  author_ids?: string[];
}

const GMINAS = `coalesce((SELECT array_agg(participant.gmina_id::text) FROM project_participant participant WHERE participant.project_id = project.id), '{}')`;

/**
 * What attachments' ids stand for: `projectFiles` and `taskFiles` are a project's or task's
 * files (the project's facts and whether it is archived), `attachment` one file (its
 * project's and task's facts, and who uploaded it). One query per batch of ids.
 */
@Injectable()
export class AttachmentAccess implements OnModuleInit {
  constructor(
    private readonly registry: AccessRegistry,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  onModuleInit(): void {
    this.registry.define(ATTACHMENT_ACTIONS);
    this.scope(
      'projectFiles',
      projectsMessage('noun.project'),
      `SELECT project.id, project.partnership_id, ${GMINAS} AS gmina_ids, NULL AS assignee_id, project.archived_at IS NOT NULL AS archived FROM project WHERE project.id = ANY($1::uuid[])`,
    );
    this.scope(
      'taskFiles',
      taskMessage('noun.task'),
      `SELECT task.id, task.partnership_id, ${GMINAS} AS gmina_ids, task.assignee_id, project.archived_at IS NOT NULL AS archived
       FROM task JOIN project ON project.id = task.project_id WHERE task.id = ANY($1::uuid[])`,
    );
    this.scope(
      'attachment',
      attachmentMessage('noun.attachment'),
      `SELECT attachment.id, attachment.partnership_id, ${GMINAS} AS gmina_ids, task.assignee_id, project.archived_at IS NOT NULL AS archived,
              CASE WHEN attachment.uploaded_by IS NULL THEN '{}' ELSE ARRAY[attachment.uploaded_by::text] END AS author_ids
       FROM attachment JOIN project ON project.id = attachment.project_id LEFT JOIN task ON task.id = attachment.task_id
       WHERE attachment.id = ANY($1::uuid[])`,
    );
  }

  private scope(kind: string, noun: ReturnType<typeof projectsMessage>, sql: string): void {
    this.registry.scope(kind, {
      noun,
      resolve: async (ids) => {
        const rows: FactsRow[] = await this.txHost.tx.query(sql, [uuidsOf(ids)]);
        return new Map(
          rows.map((row) => [
            row.id,
            { partnershipId: row.partnership_id, gminaIds: row.gmina_ids, assigneeId: row.assignee_id, status: row.archived ? ARCHIVED : 'open', authorIds: row.author_ids ?? [] },
          ]),
        );
      },
    });
  }
}
