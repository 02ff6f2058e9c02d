import { type ActivityFeedEventFragment } from './graphql.generated';
import type { Translate } from '../../i18n/I18n';
import type { MessageId } from '../../i18n/messages';

type Change = { before?: unknown; after?: unknown };
type Changes = Record<string, Change | undefined>;

/** What a sentence may name besides the event itself: people and gminas by their ids. */
export interface SentenceContext {
  readonly t: Translate;
  readonly money: (amount: string) => string;
  readonly personName: (userId: string) => string | undefined;
  readonly gminaName: (terc: string) => string | undefined;
  readonly roleName: (role: string, gminaId?: string | null) => string;
}

const TASK_FIELDS = ['title', 'description', 'status', 'priority', 'assigneeId', 'dueOn', 'position'] as const;
const STATUSES = ['TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE'];
const STAGES = ['IDEA', 'CONCEPT', 'PREPARATION', 'APPLICATION_SUBMITTED', 'FUNDED', 'IN_IMPLEMENTATION', 'COMPLETED', 'REJECTED', 'WITHDRAWN'];
const MEMBER_ROLES = ['LEADER', 'MEMBER'];

function changesOf(event: Pick<ActivityFeedEventFragment, 'changes'>): Changes {
  return event.changes && typeof event.changes === 'object' ? (event.changes as Changes) : {};
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : typeof value === 'number' ? String(value) : undefined);

/** The thing's title as the event recorded it: the new one, else the old one. */
function titleOf(changes: Changes): string | undefined {
  return text(changes['title']?.after) ?? text(changes['title']?.before);
}

/**
 * An event of the activity log as a sentence in the reader's language ("Przeniesiono zadanie
 * do kolumny „W toku”."). The API sends topic, action and the changed fields; words are ours.
 * Verbs are impersonal: Polish past tense has a gender the log does not know.
 */
export function eventSentence(event: Pick<ActivityFeedEventFragment, 'topic' | 'action' | 'changes' | 'subjectId'>, { t, money, personName, gminaName, roleName }: SentenceContext): string {
  const changes = changesOf(event);
  const title = titleOf(changes);
  const titled = (withTitle: MessageId, without: MessageId, values: Record<string, string> = {}) => (title ? t(withTitle, { ...values, title }) : t(without, values));
  const status = (value: unknown) => (typeof value === 'string' && STATUSES.includes(value) ? t(`activity.status.${value as 'TODO'}`) : '');
  const stage = (value: unknown) => (typeof value === 'string' && STAGES.includes(value) ? t(`activity.stage.${value as 'IDEA'}`) : String(value ?? ''));
  const gminaOf = (terc: unknown) => (typeof terc === 'string' ? (gminaName(terc) ?? terc) : '');

  switch (event.action) {
    case 'task.created':
      return changes['status']?.after ? titled('activity.event.task.createdIn', 'activity.event.task.created', { column: status(changes['status'].after) }) : titled('activity.event.task.created', 'activity.event.task.created');
    case 'task.updated': {
      const fields = TASK_FIELDS.filter((field) => field in changes).map((field) => t(`activity.field.${field}`));
      return titled('activity.event.task.updated', 'activity.event.task.updatedUntitled', { fields: fields.join(', ') || t('activity.field.nothing') });
    }
    case 'task.moved':
      return changes['status'] ? t('activity.event.task.moved', { column: status(changes['status'].after) }) : t('activity.event.task.reordered');
    case 'project.created':
      return titled('activity.event.project.created', 'activity.event.project.createdUntitled');
    case 'project.updated':
      return titled('activity.event.project.updated', 'activity.event.project.updatedUntitled');
    case 'project.budgetSet': {
      const total = text(changes['totalCost']?.after);
      return total ? t('activity.event.project.budgetSet', { total: money(total) }) : t('activity.event.project.budgetSetUnchanged');
    }
    case 'project.indicatorsSet':
      return t('activity.event.project.indicatorsSet');
    case 'project.moved':
      return t('activity.event.project.moved', { stage: stage(changes['stage']?.after) });
    case 'created':
      return t('activity.event.partnership.created');
    case 'updated':
      return t('activity.event.partnership.updated');
    case 'member.added':
    case 'member.removed': {
      const member = (changes['member']?.after ?? changes['member']?.before) as { name?: string; terc?: string } | undefined;
      const gmina = member?.name ?? gminaOf(member?.terc ?? changes['gmina']?.after);
      return t(event.action === 'member.added' ? 'activity.event.member.added' : 'activity.event.member.removed', { gmina });
    }
    case 'member.roleChanged': {
      const role = changes['role']?.after;
      return t('activity.event.member.roleChanged', { gmina: gminaOf(changes['gmina']?.after), role: typeof role === 'string' && MEMBER_ROLES.includes(role) ? t(`activity.memberRole.${role as 'LEADER'}`) : String(role ?? '') });
    }
    case 'thematicAreas.set':
      return t('activity.event.thematicAreas.set');
    case 'thematicArea.added':
      return t('activity.event.thematicArea.added', { name: text(changes['thematicArea']?.after) ?? '' });
    case 'role.granted':
    case 'role.changed':
    case 'role.revoked': {
      const person = personName(event.subjectId) ?? t('activity.person.unknown');
      const role = text(changes['role']?.after) ?? text(changes['role']?.before);
      const gminaId = (changes['gminaId']?.after ?? changes['gminaId']?.before) as string | null | undefined;
      const id = event.action === 'role.granted' ? 'activity.event.role.granted' : event.action === 'role.changed' ? 'activity.event.role.changed' : 'activity.event.role.revoked';
      return t(id, { person, role: role ? roleName(role, gminaId) : '' });
    }
    case 'plan.created':
      return titled('activity.event.plan.created', 'activity.event.plan.createdUntitled');
    case 'plan.updated':
      return titled('activity.event.plan.updated', 'activity.event.plan.updatedUntitled');
    case 'plan.revision.published':
      return t('activity.event.plan.revisionPublished', { revision: text(changes['revision']?.after) ?? '' });
    case 'plan.consultation.opened':
      return t('activity.event.plan.consultationOpened');
    case 'plan.consultation.closed':
      return t('activity.event.plan.consultationClosed');
    case 'plan.adopted':
      return t('activity.event.plan.adopted');
    case 'plan.archived':
      return t('activity.event.plan.archived');
    case 'comment.created':
      return t('activity.event.comment.created');
    case 'comment.edited':
      return t('activity.event.comment.edited');
    case 'comment.deleted':
      return t('activity.event.comment.deleted');
    case 'thread.resolved':
      return t('activity.event.thread.resolved');
    case 'thread.reopened':
      return t('activity.event.thread.reopened');
    default:
      return t('activity.event.other', { topic: event.topic, action: event.action });
  }
}

/** Where the reader can see what the event changed, if the app has a page for it. */
export function eventLink(event: Pick<ActivityFeedEventFragment, 'topic' | 'subjectId' | 'scopeId'>): { to: string; kind: 'board' | 'project' } | null {
  if (event.topic === 'task' && event.scopeId) return { to: `/projects/${event.scopeId}/board`, kind: 'board' };
  if (event.topic === 'project') return { to: `/projects/${event.subjectId}`, kind: 'project' };
  return null;
}
