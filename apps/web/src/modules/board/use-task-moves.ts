import { useMutation } from '@apollo/client/react';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { BoardMoveTaskDocument, type BoardTaskFragment } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { apiProblem } from '../../ui/field-errors';
import { applied, columnsOf, type MoveTarget, placementOf, positionFor } from './board-model';

/** A move the API refused, said on the board with a way to try it again. */
export interface MoveProblem {
  readonly taskId: string;
  readonly target: MoveTarget;
  readonly message: string;
  readonly detail?: string;
}

/**
 * Every move of a card (drag, keyboard, menu) as one versioned moveTask, shown at once
 * (optimistic: the card sorts where the API will put it) and rolled back by Apollo when refused.
 * A stale version (CONFLICT) reloads the board and says so, with a retry.
 */
export function useTaskMoves(tasks: readonly BoardTaskFragment[], reload: () => Promise<unknown>, announce: (text: string) => void, column: (status: BoardTaskFragment['status']) => string) {
  const { t } = useT();
  const [mutate] = useMutation(BoardMoveTaskDocument);
  const [problem, setProblem] = useState<MoveProblem | null>(null);
  const latest = useRef(tasks);
  useLayoutEffect(() => {
    latest.current = tasks;
  });

  const move = useCallback(
    async (taskId: string, target: MoveTarget): Promise<boolean> => {
      const task = latest.current.find((candidate) => candidate.id === taskId);
      if (!task) return false;
      setProblem(null);
      const at = placementOf(applied(columnsOf(latest.current), task.id, target), task.id);
      try {
        await mutate({
          variables: { input: { id: task.id, expectedVersion: task.version, status: target.status, afterTaskId: target.afterTaskId } },
          optimisticResponse: { moveTask: { ...task, status: target.status, position: positionFor(latest.current, task, target), version: task.version + 1 } },
        });
        if (at) announce(t('board.move.done', { title: task.title, column: column(at.status), position: at.position, count: at.count }));
        return true;
      } catch (error) {
        const refusal = apiProblem(error, t);
        // The optimistic card is gone already; the board is reloaded so the retry starts from what is stored.
        await reload().catch(() => undefined);
        if (refusal.code === 'CONFLICT') setProblem({ taskId, target, message: t('board.move.conflict'), detail: t('board.move.conflictDetail', { title: task.title }) });
        else setProblem({ taskId, target, message: t('board.move.failed', { title: task.title, reason: refusal.message }) });
        return false;
      }
    },
    [mutate, reload, announce, column, t],
  );

  const retry = useCallback(() => (problem ? move(problem.taskId, problem.target) : Promise.resolve(false)), [problem, move]);
  const dismiss = useCallback(() => setProblem(null), []);
  return { move, problem, retry, dismiss };
}
