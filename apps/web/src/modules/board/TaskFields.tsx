import { type BoardPersonFragment } from './graphql.generated';
import { parseDay } from '../../i18n/format';
import { type Translate, useT } from '../../i18n/I18n';
import { type ApiProblem, errorFor } from '../../ui/field-errors';
import { SelectField, TextAreaField } from '../../ui/fields';
import { TextField } from '../../ui/TextField';
import type { TaskDraft } from './task-draft';

/** The labels of the form's fields, by the API's field names (for the error summary). */
export function fieldLabels(t: Translate): Record<string, string> {
  return { title: t('board.form.title'), description: t('board.form.description'), assigneeId: t('board.form.assignee'), dueOn: t('board.form.due') };
}

/** What the API would refuse, checked before sending: a title, and a due day that is a day. */
export function draftProblems(draft: TaskDraft, t: Translate): { field: string; message: string }[] {
  return [
    ...(draft.title.trim() ? [] : [{ field: 'title', message: t('board.form.titleMissing') }]),
    ...(draft.due.trim() && !parseDay(draft.due) ? [{ field: 'dueOn', message: t('board.form.dueInvalid') }] : []),
  ];
}

interface TaskFieldsProps {
  readonly idPrefix: string;
  readonly draft: TaskDraft;
  readonly onChange: (draft: TaskDraft) => void;
  readonly problem: ApiProblem | null;
  readonly people: readonly BoardPersonFragment[];
  /** The edit form has a description; adding a task asks only for what a card shows. */
  readonly withDescription?: boolean;
}

/** A task's fields, GOV.UK style: visible labels, hints and errors tied to the inputs. */
export function TaskFields({ idPrefix, draft, onChange, problem, people, withDescription = false }: TaskFieldsProps) {
  const { t, collator } = useT();
  const sorted = [...people].sort((a, b) => collator.compare(a.user.displayName, b.user.displayName));
  const set = (change: Partial<TaskDraft>) => onChange({ ...draft, ...change });

  return (
    <>
      <TextField idPrefix={idPrefix} name="title" label={t('board.form.title')} value={draft.title} onChange={(event) => set({ title: event.target.value })} error={errorFor(problem, 'title')} autoComplete="off" />
      {withDescription && (
        <TextAreaField
          idPrefix={idPrefix}
          name="description"
          label={t('board.form.description')}
          rows={4}
          value={draft.description}
          onChange={(event) => set({ description: event.target.value })}
          error={errorFor(problem, 'description')}
        />
      )}
      <SelectField idPrefix={idPrefix} name="assigneeId" label={t('board.form.assignee')} value={draft.assigneeId} onChange={(event) => set({ assigneeId: event.target.value })} error={errorFor(problem, 'assigneeId')}>
        <option value="">{t('board.form.nobody')}</option>
        {sorted.map((person) => (
          <option key={person.userId} value={person.userId}>
            {person.user.displayName}
          </option>
        ))}
      </SelectField>
      <TextField
        idPrefix={idPrefix}
        name="dueOn"
        label={t('board.form.due')}
        hint={t('board.form.dueHint')}
        value={draft.due}
        onChange={(event) => set({ due: event.target.value })}
        error={errorFor(problem, 'dueOn')}
        inputMode="numeric"
        autoComplete="off"
        className="board-form__day"
      />
    </>
  );
}
