import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { type KeyboardEventHandler, type PointerEventHandler, useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { type BoardTaskFragment } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { focusSoon } from '../../ui/focus-soon';
import { useBoard } from './board-context';
import { MoveMenu } from './MoveMenu';
import { ArchivedMark, withinBoard } from './TaskArchiveParts';
import { draftOf } from './task-draft';
import { TaskEditor } from './TaskEditor';

/**
 * After a move the card is drawn in its new place (perhaps twice: optimistically, then as the
 * API answered), so focus is put back by looking the control up again a few times, not through
 * a ref that may already be gone: the menu button after a menu move, the handle after a
 * keyboard drop. Focus stays with the card (WCAG 2.4.3).
 */
export function focusCardSoon(taskId: string, part: 'move' | 'handle'): void {
  focusSoon(`[data-card-focus="${part}:${taskId}"]`, { keepIf: withinBoard });
}

/**
 * A task on the board: its title (a button: edit, or read the description), who and when; for
 * those allowed to change it, a drag handle (pointer or keyboard) and the "Przenieś…" menu.
 */
export function TaskCard({ id }: { id: string }) {
  const { t } = useT();
  const board = useBoard();
  const task = board.tasks.get(id);
  // An archived task is only restored (the API refuses edits and moves until then).
  const editable = task && !task.archivedAt ? board.rights.edit(task) : false;
  const editor = board.editors[id];
  const titleId = useId();
  const [details, setDetails] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
    data: { type: 'task' },
    disabled: !editable || Boolean(editor),
    attributes: { roleDescription: t('board.drag.roleDescription') },
  });

  // Back on the card's title when its form closes (saved, cancelled, or theirs taken).
  const editing = Boolean(editor);
  useEffect(() => {
    if (wasEditing.current && !editing) openButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  if (!task) return null;
  // The pointer drags the whole card; the keyboard lifts it by its handle only.
  const onPointerDown = listeners?.onPointerDown as PointerEventHandler | undefined;
  const onKeyDown = listeners?.onKeyDown as KeyboardEventHandler | undefined;
  const openEditor = () => board.setEditor(id, { draft: draftOf(task), base: task, conflict: null });

  return (
    <li ref={setNodeRef} className="board-card-slot" style={{ transform: CSS.Translate.toString(transform), transition }} data-dragging={isDragging || undefined}>
      <article className="task-card" aria-labelledby={titleId} onPointerDown={editor ? undefined : onPointerDown}>
        {editor ? (
          <TaskEditor task={task} editor={editor} />
        ) : (
          <>
            <div className="task-card__head">
              {editable && (
                <button
                  type="button"
                  ref={setActivatorNodeRef}
                  className="task-card__handle"
                  data-card-focus={`handle:${id}`}
                  {...attributes}
                  aria-label={t('board.drag.handle', { title: task.title })}
                  onKeyDown={onKeyDown}
                >
                  <GripIcon />
                </button>
              )}
              <h3 className="task-card__title">
                {/* The name says what pressing does; it starts with the title the reader sees (SC 2.5.3). */}
                <button
                  ref={openButton}
                  type="button"
                  className="task-card__open"
                  aria-label={task.title + (editable ? t('board.card.edit') : t('board.card.details'))}
                  aria-expanded={editable ? undefined : details}
                  onClick={editable ? openEditor : () => setDetails((open) => !open)}
                >
                  <span id={titleId}>{task.title}</span>
                </button>
              </h3>
            </div>
            <TaskFacts task={task} />
            <TaskPageLink task={task} />
            {task.archivedAt && <ArchivedMark task={task} mayRestore={board.rights.edit(task)} />}
            {details && !editable && <p className="task-card__description">{task.description || t('board.card.noDescription')}</p>}
            {editable && <MoveMenu task={task} />}
          </>
        )}
      </article>
    </li>
  );
}

/** The task's own page (its discussion and files); its name ends with the task's title, since every card has one. */
function TaskPageLink({ task }: { task: BoardTaskFragment }) {
  const { t } = useT();
  const shown = t('discussion.card.link') + (task.commentCount > 0 ? ` (${t('discussion.count', { n: task.commentCount })})` : '');
  return (
    <p className="task-card__link">
      {/* The name starts with what the link shows (SC 2.5.3). */}
      <Link to={`/tasks/${task.id}`} aria-label={`${shown}: ${task.title}`}>
        {shown}
      </Link>
    </p>
  );
}

function TaskFacts({ task }: { task: BoardTaskFragment }) {
  const { t, day } = useT();
  return (
    <dl className="task-card__facts">
      <div>
        <dt>{t('board.card.assignee')}</dt>
        <dd>{task.assignee?.displayName ?? t('board.card.nobody')}</dd>
      </div>
      <div>
        <dt>{t('board.card.due')}</dt>
        <dd>{task.dueOn ? <time dateTime={task.dueOn}>{day(task.dueOn)}</time> : t('board.card.noDue')}</dd>
      </div>
    </dl>
  );
}

/** The card as it follows the pointer while dragged: a picture of it, with nothing to press. */
export function TaskCardPreview({ task }: { task: BoardTaskFragment }) {
  return (
    <div className="task-card task-card--overlay" aria-hidden="true">
      <p className="task-card__title">{task.title}</p>
      <TaskFacts task={task} />
    </div>
  );
}

function GripIcon() {
  return (
    <svg width="14" height="20" viewBox="0 0 14 20" aria-hidden="true" focusable="false">
      {[3, 10, 17].map((y) => (
        <g key={y}>
          <circle cx="4" cy={y} r="1.8" fill="currentColor" />
          <circle cx="10" cy={y} r="1.8" fill="currentColor" />
        </g>
      ))}
    </svg>
  );
}
