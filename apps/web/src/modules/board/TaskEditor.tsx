import { useApolloClient, useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect } from 'react';
import { BoardTaskByIdDocument, type BoardTaskFragment, BoardUpdateTaskDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { ConflictPanel, type ConflictField } from '../../ui/ConflictPanel';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { apiProblem, fieldId } from '../../ui/field-errors';
import { localProblem, useFormSubmit } from '../../ui/use-form-submit';
import { type EditorState, useBoard } from './board-context';
import { changedFields, conflictingFields, type DraftField, draftOf, rebased, theirOnlyFields, type TaskDraft, updateInput } from './task-draft';
import { draftProblems, fieldLabels, TaskFields } from './TaskFields';
import { ArchiveTaskButton } from './TaskArchiveParts';

/** A CONFLICT that says which version is stored now (other CONFLICTs mean something else). */
function isStale(error: unknown, t: ReturnType<typeof useT>['t']): { current: BoardTaskFragment | null } | null {
  const problem = apiProblem(error, t);
  if (problem.code !== 'CONFLICT' || typeof problem.extensions['currentVersion'] !== 'number') return null;
  return { current: (problem.extensions['current'] as BoardTaskFragment | undefined) ?? null };
}

/**
 * Editing a task in place, versioned: only the changed fields are sent, with the version the
 * edit started from. A stale version keeps the draft and shows theirs against it.
 */
export function TaskEditor({ task, editor }: { task: BoardTaskFragment; editor: EditorState }) {
  const { t, day } = useT();
  const board = useBoard();
  const client = useApolloClient();
  const [update] = useMutation(BoardUpdateTaskDocument);
  const form = `task-${task.id}`;
  const labels = fieldLabels(t);
  const { draft, base, conflict } = editor;
  const set = (next: Partial<EditorState>) => board.setEditor(task.id, { ...editor, ...next });

  // The form takes focus when it opens and when the reader goes back to it from the conflict panel.
  const showingForm = !conflict;
  useEffect(() => {
    if (showingForm) document.getElementById(fieldId('title', form))?.focus();
  }, [form, showingForm]);

  const save = async (fields: readonly DraftField[], version: number, sent: TaskDraft, from: BoardTaskFragment) => {
    try {
      const { data } = await update({ variables: { input: updateInput(task.id, sent, fields, version) } });
      board.setEditor(task.id, null);
      if (data) board.announce(t('board.edit.done', { title: data.updateTask.title }));
    } catch (error) {
      const stale = isStale(error, t);
      if (!stale) throw error;
      // Shown from the refusal; the cache learns it from a fresh read, not from the error.
      const fresh = client.query({ query: BoardTaskByIdDocument, variables: { id: task.id }, fetchPolicy: 'network-only' });
      if (stale.current) void fresh.catch(() => undefined);
      const current = stale.current ?? (await fresh).data?.task;
      if (!current) throw error;
      board.setEditor(task.id, { draft: sent, base: from, conflict: current });
    }
  };

  const { problem, pending, run } = useFormSubmit(async () => {
    const fields = changedFields(draft, base);
    if (!fields.length) {
      board.setEditor(task.id, null);
      board.announce(t('board.edit.nothing'));
      return;
    }
    await save(fields, base.version, draft, base);
  });
  const keepMine = useFormSubmit(async () => {
    if (!conflict) return;
    await save(changedFields(draft, base), conflict.version, draft, base);
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run(localProblem(draftProblems(draft, t)));
  };

  const shown = (field: DraftField, values: TaskDraft) => {
    if (field === 'assigneeId') return board.people.find((person) => person.userId === values.assigneeId)?.user.displayName ?? (values.assigneeId ? values.assigneeId : '');
    if (field === 'dueOn') return values.due.trim();
    return values[field];
  };
  const conflictFields = (current: BoardTaskFragment): ConflictField[] => {
    const theirs = draftOf(current);
    const differing = conflictingFields(draft, base, current);
    return (differing.length ? differing : changedFields(draft, base)).map((field) => ({ name: field, label: labels[field], theirs: field === 'dueOn' && current.dueOn ? day(current.dueOn) : shown(field, theirs), yours: shown(field, draft) }));
  };

  return (
    <div className="task-editor">
      {conflict ? (
        <ConflictPanel
          headingLevel={3}
          fields={conflictFields(conflict)}
          kept={theirOnlyFields(draft, base, conflict).map((field) => labels[field])}
          pending={keepMine.pending}
          onKeepMine={() => void keepMine.run()}
          onTakeTheirs={() => {
            board.setEditor(task.id, null);
            board.announce(t('board.conflict.tookTheirs', { title: conflict.title }));
          }}
          onEdit={() => set({ draft: rebased(draft, base, conflict), base: conflict, conflict: null })}
        />
      ) : null}
      <ErrorSummary problem={keepMine.problem ?? problem} labels={labels} idPrefix={form} />
      {!conflict && (
        <form id={form} className="board-form" onSubmit={onSubmit} noValidate>
          <fieldset>
            <legend>{t('board.edit.legend', { title: base.title })}</legend>
            <TaskFields idPrefix={form} draft={draft} onChange={(next) => set({ draft: next })} problem={problem} people={board.people} withDescription />
          </fieldset>
          <div className="button-row">
            <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
              {pending ? t('board.edit.submitting') : t('board.edit.submit')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => board.setEditor(task.id, null)}>
              {t('board.form.cancel')}
            </button>
          </div>
          <ArchiveTaskButton task={task} onArchived={() => board.setEditor(task.id, null)} />
        </form>
      )}
    </div>
  );
}
