import { useMutation } from '@apollo/client/react';
import { useCallback, useRef, useState } from 'react';
import { BoardArchiveTaskDocument, BoardRestoreTaskDocument, type BoardTaskFragment } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { apiProblem } from '../../ui/field-errors';

/** Archiving or restoring a task from the board, as the board offers it to the card and the editor. */
export interface TaskArchiving {
  /** Resolves true when the API archived it (the board is read again without it). */
  archive(task: BoardTaskFragment): Promise<boolean>;
  restore(task: BoardTaskFragment): Promise<boolean>;
  readonly pending: boolean;
}

/**
 * One versioned archiveTask or restoreTask at a time; the board is read again after each, so an
 * archived card leaves it (or, with "Pokaż zarchiwizowane", stays marked). A refusal (CONFLICT
 * when someone changed the task meanwhile) is said in the board's alert, and the board reloaded.
 */
export function useTaskArchive(reload: () => Promise<unknown>, announce: (text: string) => void, column: (status: BoardTaskFragment['status']) => string, archivedShown = false) {
  const { t } = useT();
  const [archiveTask] = useMutation(BoardArchiveTaskDocument);
  const [restoreTask] = useMutation(BoardRestoreTaskDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const sending = useRef(false);

  const run = useCallback(
    async (task: BoardTaskFragment, archive: boolean): Promise<boolean> => {
      if (sending.current) return false;
      sending.current = true;
      setPending(true);
      setProblem(null);
      try {
        const input = { id: task.id, expectedVersion: task.version };
        if (archive) await archiveTask({ variables: { input } });
        else await restoreTask({ variables: { input } });
        await reload().catch(() => undefined);
        announce(
          archive ? t(archivedShown ? 'board.archive.doneShown' : 'board.archive.done', { title: task.title }) : t('board.archive.restored', { title: task.title, column: column(task.status) }),
        );
        return true;
      } catch (error) {
        const refusal = apiProblem(error, t);
        await reload().catch(() => undefined);
        setProblem(
          refusal.code === 'CONFLICT' ? t('board.archive.conflict', { title: task.title, reason: refusal.message }) : t('board.archive.failed', { title: task.title, reason: refusal.message }),
        );
        return false;
      } finally {
        sending.current = false;
        setPending(false);
      }
    },
    [archiveTask, restoreTask, reload, announce, column, archivedShown, t],
  );

  const archive = useCallback((task: BoardTaskFragment) => run(task, true), [run]);
  const restore = useCallback((task: BoardTaskFragment) => run(task, false), [run]);
  const dismiss = useCallback(() => setProblem(null), []);
  const archiving: TaskArchiving = { archive, restore, pending };
  return { archiving, problem, dismiss };
}
