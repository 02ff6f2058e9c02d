import { useMutation } from '@apollo/client/react';
import type { Reference } from '@apollo/client';
import { type FormEvent, useEffect, useState } from 'react';
import { BoardCreateTaskDocument, type TaskStatus } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { fieldId } from '../../ui/field-errors';
import { localProblem, useFormSubmit } from '../../ui/use-form-submit';
import { useBoard } from './board-context';
import { type TaskDraft, valuesOf } from './task-draft';
import { draftProblems, fieldLabels, TaskFields } from './TaskFields';

const EMPTY: TaskDraft = { title: '', description: '', assigneeId: '', due: '' };

/** Adding a task in place, at the bottom of its column (where the API puts it). */
export function NewTaskForm({ status, onClose }: { status: TaskStatus; onClose: () => void }) {
  const { t } = useT();
  const board = useBoard();
  const [draft, setDraft] = useState<TaskDraft>(EMPTY);
  const form = `new-task-${status}`;
  const column = board.statusLabel(status);
  const [create] = useMutation(BoardCreateTaskDocument);
  useEffect(() => {
    document.getElementById(fieldId('title', form))?.focus();
  }, [form]);
  const { problem, pending, run } = useFormSubmit(async () => {
    const values = valuesOf(draft);
    const { data } = await create({
      variables: { input: { projectId: board.projectId, status, title: values.title, ...(values.assigneeId ? { assigneeId: values.assigneeId } : {}), ...(values.dueOn ? { dueOn: values.dueOn } : {}) } },
      update: (cache, { data: created }) => {
        if (!created) return;
        cache.modify({
          id: cache.identify({ __typename: 'Project', id: board.projectId }),
          fields: {
            tasks: (existing: readonly Reference[], { toReference, readField }) => {
              const ref = toReference(created.createTask);
              if (!ref || existing.some((task) => readField('id', task) === created.createTask.id)) return existing;
              return [...existing, ref];
            },
          },
        });
      },
    });
    if (data) {
      board.announce(t('board.create.done', { title: data.createTask.title, column }));
      onClose();
    }
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run(localProblem(draftProblems(draft, t)));
  };

  return (
    <form id={form} className="board-form" onSubmit={onSubmit} noValidate>
      <ErrorSummary problem={problem} labels={fieldLabels(t)} idPrefix={form} />
      <fieldset>
        <legend>{t('board.create.legend', { column })}</legend>
        <TaskFields idPrefix={form} draft={draft} onChange={setDraft} problem={problem} people={board.people} />
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
          {pending ? t('board.create.submitting') : t('board.create.submit')}
        </button>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('board.form.cancel')}
        </button>
      </div>
    </form>
  );
}
