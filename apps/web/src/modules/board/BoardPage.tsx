import { skipToken, useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useShowPartnership } from '../../app/partnership-header';
import { useSession } from '../../app/providers';
import { useEventStream } from '../../apollo/use-event-stream';
import { BoardPartnershipDocument, BoardProjectDocument, type BoardTaskChangesSubscription, BoardTaskChangesDocument, BoardTaskByIdDocument, type TaskStatus } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { LiveIndicator } from '../../ui/LiveIndicator';
import { Loading } from '../../ui/Loading';
import { PageFailure } from '../../ui/PageFailure';
import { PageHeading } from '../../ui/PageHeading';
import { Board } from './Board';
import type { EditorState } from './board-context';
import { type BoardEvent, boardReaction } from './board-events';
import { boardRights, columnsOf, type MenuMove, menuTarget } from './board-model';
import { useAccessLabel } from './role-label';
import { focusCardSoon } from './TaskCard';
import { useTaskArchive } from './use-task-archive';
import { useTaskMoves } from './use-task-moves';
import './board.css';

/** A project's board: its tasks in columns, moved, added and edited in place, live. */
export default function BoardPage() {
  const { projectId = '' } = useParams();
  const { t } = useT();
  const client = useApolloClient();
  const session = useSession();
  const roleLabel = useAccessLabel();
  const userId = session.status === 'signedIn' ? session.session.user.id : undefined;
  // "Pokaż zarchiwizowane" is kept in the address (`?archived=1`).
  const [params, setParams] = useSearchParams();
  const includeArchived = params.get('archived') === '1';
  // Read anew when the toggle changes: the other list in the cache may predate an archiving or a restore.
  // Meanwhile the last answer stays on screen (marked busy), so the checkbox keeps its focus.
  const board = useQuery(BoardProjectDocument, { variables: { id: projectId, includeArchived }, fetchPolicy: 'cache-and-network' });
  const boardData = board.data ?? (board.previousData?.project?.id === projectId ? board.previousData : undefined);
  const project = boardData?.project;
  const switching = !board.data && Boolean(boardData);
  // Not cached: see board.graphql (the activity field is the feed's).
  const partnershipQuery = useQuery(BoardPartnershipDocument, project ? { variables: { id: project.partnershipId }, fetchPolicy: 'no-cache' } : skipToken);
  const partnership = partnershipQuery.data?.partnership;
  const afterSeq = partnership ? (partnership.activity.edges[0]?.node.seq ?? 0) : undefined;

  const [said, setSaid] = useState({ text: '', n: 0 });
  const announce = useCallback((text: string) => setSaid((last) => ({ text, n: last.n + 1 })), []);
  const statusLabel = useCallback((status: TaskStatus) => t(`board.status.${status}`), [t]);
  const [editors, setEditors] = useState<Record<string, EditorState>>({});
  const setEditor = useCallback(
    (taskId: string, state: EditorState | null) =>
      setEditors((all) => {
        const next = { ...all };
        if (state) next[taskId] = state;
        else delete next[taskId];
        return next;
      }),
    [],
  );

  // A task archived meanwhile may still be in the cache's list until the board is read again.
  const tasks = useMemo(() => (project?.tasks ?? []).filter((task) => includeArchived || !task.archivedAt), [project, includeArchived]);
  const { refetch } = board;
  const reload = useCallback(() => refetch(), [refetch]);
  const moves = useTaskMoves(tasks, reload, announce, statusLabel);
  const archive = useTaskArchive(reload, announce, statusLabel, includeArchived);
  const moveBy = useCallback(
    (taskId: string, move: MenuMove) => {
      const target = menuTarget(columnsOf(tasks), taskId, move);
      if (!target) return;
      void moves.move(taskId, target);
      focusCardSoon(taskId, 'move');
    },
    [tasks, moves],
  );

  // The board was read before the stream's starting seq: read it once more, so nothing
  // committed in between is missed; later changes come through the stream.
  useEffect(() => {
    if (afterSeq !== undefined) void refetch();
  }, [afterSeq, refetch]);

  const refetchPartnership = partnershipQuery.refetch;
  useEventStream(
    BoardTaskChangesDocument,
    { projectId },
    {
      skip: afterSeq === undefined,
      afterSeq,
      pick: (data) => (data as BoardTaskChangesSubscription | undefined)?.projectTaskChanges,
      // Events say what changed, not how: the task (or the board) is read again. The stream is
      // one project's part of the partnership's, so its seqs have gaps by design (no onGap).
      onEvent: (event: BoardEvent) => {
        const byOther = Boolean(event.actorId && event.actorId !== userId);
        const reaction = boardReaction(event, (id) => tasks.some((task) => task.id === id));
        if (reaction.kind === 'ignore') return;
        if (reaction.kind === 'access') void refetchPartnership();
        else if (reaction.kind === 'archiving') {
          // It leaves the board (or comes back): the board is read again, and someone else's change said by the task's title.
          const title = tasks.find((task) => task.id === event.subjectId)?.title;
          void refetch();
          // With archived tasks shown, the card stays (marked): the plain "changed" is said then.
          if (byOther) announce(includeArchived ? t('board.live.changed') : event.action === 'task.archived' && title ? t('board.live.archived', { title }) : t('board.live.restored'));
          return;
        } else if (reaction.kind === 'task') {
          void client.query({ query: BoardTaskByIdDocument, variables: { id: reaction.taskId }, fetchPolicy: 'network-only' }).catch(() => refetch());
        } else void refetch();
        // A new comment only changes a card's count: not announced as a change of the board.
        if (byOther && event.topic !== 'comment') announce(t('board.live.changed'));
      },
    },
  );

  const me = partnership?.people.find((person) => person.userId === userId);
  const projectGminas = useMemo(() => project?.participants.map((participant) => participant.gmina.id) ?? [], [project]);
  const rights = useMemo(() => boardRights(me?.role, userId, me?.gmina?.id, projectGminas), [me, userId, projectGminas]);
  useShowPartnership(partnership ? { name: partnership.name, slug: partnership.slug, role: roleLabel(me) } : null);

  // Shown once who may do what is known too, so no control appears (or moves the cards) later.
  if (!project || !partnership) {
    const error = board.error ?? partnershipQuery.error;
    if (error) {
      return (
        <PageFailure
          error={error}
          retry={() => {
            void board.refetch();
            if (project) void partnershipQuery.refetch();
          }}
        />
      );
    }
    return <Loading />;
  }

  const changesAnything = rights.create || tasks.some((task) => rights.edit(task));
  return (
    <div className="board-page">
      <PageHeading title={t('board.title', { project: project.title })}>
        <LiveIndicator />
      </PageHeading>
      <p>
        <Link to={`/projects/${project.id}`}>{t('board.backToProject')}</Link>
      </p>
      <p className={changesAnything ? 'board-page__intro' : 'notice'}>{changesAnything ? t('board.intro') : t('board.readOnly')}</p>
      {project.archivedAt && <p className="notice notice--warning">{t('board.archive.projectArchived')}</p>}
      <div className="board-page__options">
        <input
          id="board-show-archived"
          type="checkbox"
          checked={includeArchived}
          onChange={(event) => {
            const next = new URLSearchParams(params);
            if (event.target.checked) next.set('archived', '1');
            else next.delete('archived');
            setParams(next, { replace: true });
          }}
        />
        <label htmlFor="board-show-archived">{t('board.archive.show')}</label>
      </div>
      {archive.problem && (
        <div className="notice notice--warning board-page__problem" role="alert">
          <p>
            <strong>{archive.problem}</strong>
          </p>
          <button type="button" className="button button--quiet button--small" onClick={archive.dismiss}>
            {t('board.move.dismiss')}
          </button>
        </div>
      )}
      {moves.problem && (
        <div className="notice notice--warning board-page__problem" role="alert">
          <p>
            <strong>{moves.problem.message}</strong>
            {moves.problem.detail && <> {moves.problem.detail}</>}
          </p>
          <div className="button-row">
            <button type="button" className="button button--small" onClick={() => void moves.retry()}>
              {t('board.move.retry')}
            </button>
            <button type="button" className="button button--quiet button--small" onClick={moves.dismiss}>
              {t('board.move.dismiss')}
            </button>
          </div>
        </div>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {said.text}
        {said.n % 2 ? '\u00a0' : ''}
      </p>
      <div aria-busy={switching || undefined}>
        <Board
          projectId={project.id}
          tasks={tasks}
          people={partnership.people}
          rights={rights}
          statusLabel={statusLabel}
          moveBy={moveBy}
          onMove={(taskId, target) => void moves.move(taskId, target)}
          editors={editors}
          setEditor={setEditor}
          announce={announce}
          archiving={archive.archiving}
        />
      </div>
    </div>
  );
}
