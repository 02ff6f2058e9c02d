import { useEffect, useId, useRef, useState } from 'react';
import { type BoardTaskFragment } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { focusSoon } from '../../ui/focus-soon';
import { useBoard } from './board-context';

/**
 * Where focus goes once a task is archived: its "Przywróć" button when the board shows archived
 * tasks, else the heading of the column it left (WCAG 2.4.3: not lost to the page's start).
 */
export function focusAfterArchive(taskId: string, status: BoardTaskFragment['status']): void {
  focusSoon(
    () => {
      const restore = document.querySelector<HTMLElement>(`[data-card-focus="restore:${taskId}"]`);
      if (restore) return restore;
      const heading = document.querySelector<HTMLElement>(`.board-column[data-status="${status}"] h2`);
      if (heading) heading.tabIndex = -1;
      return heading;
    },
    { keepIf: withinBoard },
  );
}

/** Whether focus is somewhere on the board already (then a late look-up leaves it there). */
export const withinBoard = (active: Element) => Boolean(active.closest('.board'));

/** An archived task's mark in words (not only by its looks) and, for who may, "Przywróć". */
export function ArchivedMark({ task, mayRestore }: { task: BoardTaskFragment; mayRestore: boolean }) {
  const { t } = useT();
  const board = useBoard();
  return (
    <div className="task-card__archived">
      <p className="task-card__archived-badge">{t('board.archive.badge')}</p>
      {mayRestore && (
        <button
          type="button"
          className="button button--small"
          data-card-focus={`restore:${task.id}`}
          aria-disabled={board.archiving.pending || undefined}
          onClick={async () => {
            // Restored, the card gets its drag handle and menu back: focus goes to the menu.
            if (await board.archiving.restore(task)) {
              focusSoon(`[data-card-focus="move:${task.id}"]`);
            }
          }}
        >
          {t('board.archive.restore')}
          <span className="visually-hidden">{t('board.archive.restoreFor', { title: task.title })}</span>
        </button>
      )}
    </div>
  );
}

/** "Archiwizuj zadanie" in the task's edit form, asking once more before it archives. */
export function ArchiveTaskButton({ task, onArchived }: { task: BoardTaskFragment; onArchived: () => void }) {
  const { t } = useT();
  const board = useBoard();
  const [asking, setAsking] = useState(false);
  const questionId = useId();
  const confirm = useRef<HTMLButtonElement>(null);
  const open = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);

  if (!asking) {
    return (
      <button ref={open} type="button" className="button button--quiet task-editor__archive" onClick={() => setAsking(true)}>
        {t('board.archive.button')}
      </button>
    );
  }
  return (
    <div className="task-editor__confirm" role="group" aria-labelledby={questionId}>
      <p id={questionId}>{t('board.archive.question', { title: task.title })}</p>
      <div className="button-row">
        <button
          ref={confirm}
          type="button"
          className="button button--danger"
          aria-describedby={questionId}
          aria-disabled={board.archiving.pending || undefined}
          onClick={async () => {
            if (await board.archiving.archive(task)) {
              onArchived();
              focusAfterArchive(task.id, task.status);
            } else setAsking(false);
          }}
        >
          {t('board.archive.confirm')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            setAsking(false);
            requestAnimationFrame(() => open.current?.focus());
          }}
        >
          {t('board.archive.cancel')}
        </button>
      </div>
    </div>
  );
}
