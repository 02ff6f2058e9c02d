import type { Translate } from '../../i18n/I18n';
import type { DecisionKind, ProjectStage, UpdateAgendaItemInput } from './graphql.generated';

/** An agenda item as its form holds it: empty strings for "none". */
export interface AgendaDraft {
  readonly title: string;
  readonly description: string;
  readonly projectId: string;
  readonly planId: string;
  readonly motionText: string;
  readonly decisionKind: DecisionKind;
  readonly decisionStage: ProjectStage | '';
}

export type AgendaField = keyof AgendaDraft;
export const AGENDA_FIELDS: readonly AgendaField[] = ['title', 'description', 'projectId', 'planId', 'motionText', 'decisionKind', 'decisionStage'];

export const EMPTY_AGENDA_ITEM: AgendaDraft = { title: '', description: '', projectId: '', planId: '', motionText: '', decisionKind: 'NONE', decisionStage: '' };

interface StoredItem {
  readonly title: string;
  readonly description: string;
  readonly motionText: string | null;
  readonly decisionKind: DecisionKind;
  readonly decisionStage: ProjectStage | null;
  readonly project: { readonly id: string } | null;
  readonly plan: { readonly id: string } | null;
}

export function agendaDraftOf(item: StoredItem): AgendaDraft {
  return {
    title: item.title,
    description: item.description,
    projectId: item.project?.id ?? '',
    planId: item.plan?.id ?? '',
    motionText: item.motionText ?? '',
    decisionKind: item.decisionKind,
    decisionStage: item.decisionStage ?? '',
  };
}

/** The fields the draft changed from where it started. */
export function changedAgendaFields(draft: AgendaDraft, base: AgendaDraft): AgendaField[] {
  return AGENDA_FIELDS.filter((field) => draft[field].trim() !== base[field].trim());
}

/** A field's value as the API takes it: blank is null (cleared), text trimmed. */
function sent(draft: AgendaDraft, field: AgendaField): string | null {
  const value = draft[field].trim();
  return field === 'description' ? value : value || null;
}

/** A new item's input. */
export function addAgendaInput(meetingId: string, draft: AgendaDraft) {
  return {
    meetingId,
    title: draft.title.trim(),
    description: draft.description.trim() || null,
    projectId: sent(draft, 'projectId'),
    planId: sent(draft, 'planId'),
    motionText: sent(draft, 'motionText'),
    decisionKind: draft.decisionKind,
    decisionStage: draft.decisionKind === 'MOVE_PROJECT' ? (sent(draft, 'decisionStage') as ProjectStage | null) : null,
  };
}

/** Only the changed fields, so a change of the title never touches a motion under vote. */
export function updateAgendaInput(id: string, expectedVersion: number, draft: AgendaDraft, fields: readonly AgendaField[]): UpdateAgendaItemInput {
  return { id, expectedVersion, ...Object.fromEntries(fields.map((field) => [field, sent(draft, field)])) } as UpdateAgendaItemInput;
}

/** What the form can tell before sending; the API judges the rest (a decision's target) and names the field. */
export function agendaDraftProblems(t: Translate, draft: AgendaDraft): { field: string; message: string }[] {
  return draft.title.trim() ? [] : [{ field: 'title', message: t('council.agenda.itemTitleMissing') }];
}
