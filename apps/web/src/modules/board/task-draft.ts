import { type BoardTaskFragment, type UpdateTaskInput } from './graphql.generated';
import { parseDay } from '../../i18n/format';

/** What the edit form holds: text as typed (the due day as dd.mm.rrrr), '' for nobody. */
export interface TaskDraft {
  readonly title: string;
  readonly description: string;
  readonly assigneeId: string;
  readonly due: string;
}

const DRAFT_FIELDS = ['title', 'description', 'assigneeId', 'dueOn'] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];

type TaskValues = Pick<BoardTaskFragment, 'title' | 'description' | 'assigneeId' | 'dueOn'>;

/** "2026-12-31" → "31.12.2026", the form parseDay reads back, whatever the interface's language. */
export function dayInput(day: string | null | undefined): string {
  const match = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  return match ? `${match[3]}.${match[2]}.${match[1]}` : '';
}

export function draftOf(task: TaskValues): TaskDraft {
  return { title: task.title, description: task.description, assigneeId: task.assigneeId ?? '', due: dayInput(task.dueOn) };
}

/** The draft as the API's values; `dueOn` is undefined when the typed day is not a day. */
export function valuesOf(draft: TaskDraft): { title: string; description: string; assigneeId: string | null; dueOn: string | null | undefined } {
  const due = draft.due.trim();
  return { title: draft.title.trim(), description: draft.description, assigneeId: draft.assigneeId || null, dueOn: due ? (parseDay(due) ?? undefined) : null };
}

function valueOf(task: TaskValues, field: DraftField): string | null {
  return field === 'title' ? task.title.trim() : field === 'description' ? task.description : field === 'assigneeId' ? (task.assigneeId ?? null) : (task.dueOn ?? null);
}

function draftValue(draft: TaskDraft, field: DraftField): string | null | undefined {
  return valuesOf(draft)[field];
}

/** The fields the draft changes from the version it started from. */
export function changedFields(draft: TaskDraft, base: TaskValues): DraftField[] {
  return DRAFT_FIELDS.filter((field) => draftValue(draft, field) !== valueOf(base, field));
}

/** The update that sends only the changed fields, on top of `version`. */
export function updateInput(id: string, draft: TaskDraft, fields: readonly DraftField[], version: number): UpdateTaskInput {
  const values = valuesOf(draft);
  const input: UpdateTaskInput = { id, expectedVersion: version };
  for (const field of fields) {
    const value = values[field];
    if (field === 'title') input.title = value as string;
    else if (field === 'description') input.description = value as string;
    else if (field === 'assigneeId') input.assigneeId = value ?? null;
    else input.dueOn = value ?? null;
  }
  return input;
}

/** Fields both changed, and differently: what the reader must choose between. */
export function conflictingFields(draft: TaskDraft, base: TaskValues, current: TaskValues): DraftField[] {
  return changedFields(draft, base).filter((field) => draftValue(draft, field) !== valueOf(current, field));
}

/** Fields only they changed: kept whatever the reader chooses. */
export function theirOnlyFields(draft: TaskDraft, base: TaskValues, current: TaskValues): DraftField[] {
  const mine = changedFields(draft, base);
  return DRAFT_FIELDS.filter((field) => !mine.includes(field) && valueOf(current, field) !== valueOf(base, field));
}

/**
 * The draft moved onto their version: what the reader changed stays, what they did not follows
 * theirs, so saving later overwrites nothing of theirs by accident.
 */
export function rebased(draft: TaskDraft, base: TaskValues, current: TaskValues): TaskDraft {
  const mine = changedFields(draft, base);
  const theirs = draftOf(current);
  return {
    title: mine.includes('title') ? draft.title : theirs.title,
    description: mine.includes('description') ? draft.description : theirs.description,
    assigneeId: mine.includes('assigneeId') ? draft.assigneeId : theirs.assigneeId,
    due: mine.includes('dueOn') ? draft.due : theirs.due,
  };
}
