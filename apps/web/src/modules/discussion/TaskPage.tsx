import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useShowPartnership } from '../../app/partnership-header';
import { useSession } from '../../app/providers';
import { useT } from '../../i18n/I18n';
import { LiveIndicator } from '../../ui/LiveIndicator';
import { Loading } from '../../ui/Loading';
import { PageFailure } from '../../ui/PageFailure';
import { PageHeading } from '../../ui/PageHeading';
import { useRoleLabel } from '../partnerships/role-labels';
import { Attachments } from './Attachments';
import { Discussion } from './Discussion';
import { DiscussionCommentOnTaskDocument, DiscussionDeleteCommentDocument, DiscussionEditCommentDocument, DiscussionTaskDocument, type DiscussionTaskQuery } from './graphql.generated';
import { gminaNote, mayArchiveFile, mayComment, mayUpload, mentionable, readerOf } from './rules';
import { useAnnouncer, useProjectLive } from './use-project-live';
import './discussion.css';

/** A task's own page: what it is, its discussion and its files, live; the way back to its board. */
export default function TaskPage() {
  const { taskId = '' } = useParams();
  const { t, moment } = useT();
  const session = useSession();
  const roleLabel = useRoleLabel();
  const myId = session.status === 'signedIn' ? session.session.user.id : undefined;
  const query = useQuery(DiscussionTaskDocument, { variables: { id: taskId }, fetchPolicy: 'cache-and-network' });
  const task = query.data?.task;
  const { refetch } = query;
  const reload = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  const partnershipQuery = useProjectLive(task?.projectId, task?.project.partnershipId, reload);
  const partnership = partnershipQuery.data?.partnership;
  const { said, announce } = useAnnouncer();
  const [comment] = useMutation(DiscussionCommentOnTaskDocument);
  const [edit] = useMutation(DiscussionEditCommentDocument);
  const [remove] = useMutation(DiscussionDeleteCommentDocument);
  const reader = readerOf(partnership?.people, myId);
  const people = useMemo(() => mentionable(partnership?.people, myId), [partnership, myId]);
  const me = partnership?.people.find((person) => person.userId === myId);
  useShowPartnership(partnership ? { name: partnership.name, slug: partnership.slug, role: me ? roleLabel(me.role, me.gmina?.name) : null } : null);

  if (!task) return query.error ? <PageFailure error={query.error} retry={query.refetch} /> : <Loading />;
  const archived = Boolean(task.archivedAt || task.project.archivedAt);
  const participantGminas = task.project.participants.map((participant) => participant.gmina.id);

  return (
    <div className="task-page">
      <PageHeading title={t('discussion.task.title', { title: task.title })}>
        <LiveIndicator />
      </PageHeading>
      <nav className="task-page__links" aria-label={t('discussion.task.links')}>
        {/* An archived task is on its board only with the archived ones shown. */}
        <Link to={`/projects/${task.projectId}/board${task.archivedAt ? '?archived=1' : ''}`}>{t('discussion.task.backToBoard')}</Link>
        <Link to={`/projects/${task.projectId}`}>{task.project.title}</Link>
      </nav>
      {task.archivedAt && <p className="notice notice--warning">{t('discussion.task.archivedNote', { date: moment(task.archivedAt) })}</p>}
      <section aria-labelledby="task-facts">
        <h2 id="task-facts">{t('discussion.task.facts')}</h2>
        <TaskFacts task={task} />
      </section>
      <section aria-labelledby="task-discussion" className="talk-section">
        <h2 id="task-discussion">
          {t('discussion.title')} <span className="talk-section__count">({t('discussion.count', { n: task.commentCount })})</span>
        </h2>
        <Discussion
          idPrefix="task-talk"
          comments={task.comments}
          count={task.commentCount}
          closedNote={task.project.archivedAt ? t('discussion.archived') : task.archivedAt ? t('discussion.taskArchived') : t('discussion.readOnly')}
          myId={myId}
          people={people}
          gminaOf={(userId) => gminaNote(partnership?.people, userId)}
          canWrite={Boolean(partnership) && mayComment(reader, archived)}
          write={async (body, inReplyToId) => (await comment({ variables: { input: { taskId, body, inReplyToId } } })).data?.commentOnTask.id ?? ''}
          edit={async (id, body, expectedVersion) => void (await edit({ variables: { input: { id, body, expectedVersion } } }))}
          remove={async (id, expectedVersion) => void (await remove({ variables: { input: { id, expectedVersion } } }))}
          refresh={() => refetch()}
          announce={announce}
        />
      </section>
      <section aria-labelledby="task-files" className="talk-section">
        <h2 id="task-files" tabIndex={-1}>
          {t('discussion.files.title')}
        </h2>
        <Attachments
          idPrefix="task-files"
          headingId="task-files"
          files={task.attachments}
          uploadUrl={partnership && mayUpload(reader, archived, participantGminas, task.assigneeId) ? `/tasks/${taskId}/attachments` : null}
          readOnlyNote={archived ? t('discussion.files.upload.archived') : t('discussion.files.upload.readOnly')}
          mayArchive={(file) => mayArchiveFile(reader, file)}
          refresh={() => refetch()}
          announce={announce}
        />
      </section>
      <p className="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
    </div>
  );
}

function TaskFacts({ task }: { task: DiscussionTaskQuery['task'] }) {
  const { t, day } = useT();
  return (
    <dl className="task-page__facts">
      <div>
        <dt>{t('discussion.task.project')}</dt>
        <dd>
          <Link to={`/projects/${task.projectId}`}>{task.project.title}</Link>
        </dd>
      </div>
      <div>
        <dt>{t('discussion.task.status')}</dt>
        <dd>{t(`board.status.${task.status}`)}</dd>
      </div>
      <div>
        <dt>{t('discussion.task.priority')}</dt>
        <dd>{t(`board.priority.${task.priority}`)}</dd>
      </div>
      <div>
        <dt>{t('board.card.assignee')}</dt>
        <dd>{task.assignee?.displayName ?? t('board.card.nobody')}</dd>
      </div>
      <div>
        <dt>{t('board.card.due')}</dt>
        <dd>{task.dueOn ? <time dateTime={task.dueOn}>{day(task.dueOn)}</time> : t('board.card.noDue')}</dd>
      </div>
      <div className="task-page__description">
        <dt>{t('discussion.task.description')}</dt>
        <dd>{task.description || t('board.card.noDescription')}</dd>
      </div>
    </dl>
  );
}
