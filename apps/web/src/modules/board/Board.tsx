import {
  type Announcements,
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  type DragOverEvent,
  DragOverlay,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { type BoardTaskFragment } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { BoardColumn } from './BoardColumn';
import { BoardContext, type BoardContextValue } from './board-context';
import { boardCollisions, boardKeyboardCoordinates, dragSentences, type Dropped, dropPlacement, overPlacement } from './board-dnd';
import { type Columns, columnsOf, type MoveTarget, sameTarget, STATUSES, targetIn } from './board-model';
import { focusCardSoon, TaskCardPreview } from './TaskCard';

export interface BoardProps extends Omit<BoardContextValue, 'tasks' | 'columns'> {
  readonly tasks: readonly BoardTaskFragment[];
  readonly onMove: (taskId: string, target: MoveTarget) => void;
}

/**
 * The columns and the drag: pointer (after 8 px, so clicks stay clicks) and keyboard (dnd-kit's
 * KeyboardSensor: Space or Enter lifts and drops, arrows move, Escape cancels), announced in
 * the reader's language. While a card is dragged the board shows it where it would land.
 */
export function Board({ tasks, onMove, ...context }: BoardProps) {
  const { t } = useT();
  const base = useMemo(() => columnsOf(tasks), [tasks]);
  const byId = useMemo(() => new Map(tasks.map((task) => [task.id, task])), [tasks]);
  const [preview, setPreview] = useState<Columns | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const columns = preview ?? base;

  // dnd-kit calls its callbacks outside React's render: they read the board through refs.
  const shown = useRef(columns);
  const origin = useRef<Columns | null>(null);
  const dropped = useRef<Dropped | null>(null);
  const titles = useRef(byId);
  useLayoutEffect(() => {
    shown.current = columns;
    titles.current = byId;
  });

  const { statusLabel } = context;
  const collisions = useCallback<CollisionDetection>((args) => boardCollisions(shown.current, args), []);
  const coordinateGetter = useCallback<KeyboardCoordinateGetter>((event, args) => boardKeyboardCoordinates(shown.current, event, args), []);
  const say = useMemo(() => dragSentences(t, statusLabel), [t, statusLabel]);
  const announcements = useMemo<Announcements>(
    () => ({
      onDragStart: ({ active }) => say.start(shown.current, titles.current, String(active.id)),
      onDragOver: ({ active, over }) => say.over(shown.current, origin.current, titles.current, String(active.id), over?.id),
      onDragEnd: ({ active }) => say.end(dropped.current, titles.current, String(active.id)),
      onDragCancel: ({ active }) => say.cancel(dropped.current?.columns ?? shown.current, titles.current, String(active.id)),
    }),
    [say],
  );
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 8 } }), useSensor(KeyboardSensor, { coordinateGetter }));

  const onDragStart = useCallback(
    ({ active }: DragStartEvent) => {
      origin.current = base;
      dropped.current = null;
      shown.current = base;
      setPreview(base);
      setActiveId(String(active.id));
    },
    [base],
  );

  const onDragOver = useCallback(({ active, over }: DragOverEvent) => {
    if (!over) return;
    const translated = active.rect.current.translated;
    const below = Boolean(translated && translated.top > over.rect.top + over.rect.height / 2);
    setPreview((current) => (current ? overPlacement(current, String(active.id), over.id, below) : current));
  }, []);

  const onDragEnd = useCallback(
    ({ active, over, activatorEvent }: DragEndEvent) => {
      const id = String(active.id);
      const final = dropPlacement(shown.current, id, over?.id);
      const before = origin.current ? targetIn(origin.current, id) : undefined;
      const after = targetIn(final, id);
      const moved = Boolean(after && !sameTarget(before, after));
      // Read by the drop announcement, which dnd-kit makes right after this handler.
      dropped.current = { columns: final, moved };
      if (moved && after) onMove(id, after);
      setPreview(null);
      setActiveId(null);
      if (moved && activatorEvent instanceof KeyboardEvent) focusCardSoon(id, 'handle');
    },
    [onMove],
  );

  const onDragCancel = useCallback(() => {
    dropped.current = origin.current ? { columns: origin.current, moved: false } : null;
    setPreview(null);
    setActiveId(null);
  }, []);

  const value: BoardContextValue = { ...context, tasks: byId, columns };
  const active = activeId ? byId.get(activeId) : undefined;

  return (
    <BoardContext.Provider value={value}>
      <DndContext
        sensors={sensors}
        collisionDetection={collisions}
        measuring={{ droppable: { strategy: MeasuringStrategy.Always } }}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('board.drag.instructions') } }}
        onDragStart={onDragStart}
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        onDragCancel={onDragCancel}
      >
        <div className="board" data-dragging={activeId ? 'true' : undefined}>
          {STATUSES.map((status) => (
            <BoardColumn key={status} status={status} ids={columns[status]} />
          ))}
        </div>
        <DragOverlay>{active ? <TaskCardPreview task={active} /> : null}</DragOverlay>
      </DndContext>
    </BoardContext.Provider>
  );
}
