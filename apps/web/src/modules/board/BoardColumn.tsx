import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useId, useRef, useState } from 'react';
import { type TaskStatus } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { useBoard } from './board-context';
import { columnDropId } from './board-dnd';
import { NewTaskForm } from './NewTaskForm';
import { TaskCard } from './TaskCard';

/** One column: a labelled section with its count ("3 zadania"), its cards in order, and adding a task in place. */
export function BoardColumn({ status, ids }: { status: TaskStatus; ids: readonly string[] }) {
  const { t } = useT();
  const board = useBoard();
  const headingId = useId();
  const { setNodeRef, isOver } = useDroppable({ id: columnDropId(status), data: { type: 'column', status } });
  const [creating, setCreating] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const column = board.statusLabel(status);

  const closeForm = () => {
    setCreating(false);
    requestAnimationFrame(() => addButton.current?.focus());
  };

  return (
    <section className="board-column" aria-labelledby={headingId} data-status={status}>
      <h2 id={headingId} className="board-column__title">
        {column}
        <span className="board-column__count">, {t('board.count', { n: ids.length })}</span>
      </h2>
      <div ref={setNodeRef} className="board-column__body" data-over={isOver || undefined}>
        <SortableContext id={status} items={[...ids]} strategy={verticalListSortingStrategy}>
          <ul className="board-column__list">
            {ids.map((id) => (
              <TaskCard key={id} id={id} />
            ))}
          </ul>
        </SortableContext>
        {ids.length === 0 && <p className="board-column__empty">{t('board.column.empty')}</p>}
      </div>
      {board.rights.create &&
        (creating ? (
          <NewTaskForm status={status} onClose={closeForm} />
        ) : (
          <button ref={addButton} type="button" className="button button--quiet board-column__add" onClick={() => setCreating(true)}>
            <span aria-hidden="true">+</span> {t('board.create.open')}
            <span className="visually-hidden">{t('board.create.openIn', { column })}</span>
          </button>
        ))}
    </section>
  );
}
