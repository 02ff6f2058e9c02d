import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import { useSession } from '../../app/providers';
import { useT } from '../../i18n/I18n';
import { apiProblem } from '../../ui/field-errors';
import { Loading } from '../../ui/Loading';
import { Attachments } from './Attachments';
import { Discussion } from './Discussion';
import { DiscussionCommentOnProjectDocument, DiscussionDeleteCommentDocument, DiscussionEditCommentDocument, DiscussionProjectDocument, DiscussionProjectFilesDocument } from './graphql.generated';
import { gminaNote, mayArchiveFile, mayComment, mayUpload, mentionable, readerOf } from './rules';
import { useAnnouncer, useProjectLive } from './use-project-live';
import './discussion.css';

/** The project page's "Dyskusja" and "Załączniki": comments on the project itself, and the files of the project and its tasks, live. */
export function ProjectTalk({ projectId }: { projectId: string }) {
  const { t } = useT();
  const session = useSession();
  const myId = session.status === 'signedIn' ? session.session.user.id : undefined;
  const talk = useQuery(DiscussionProjectDocument, { variables: { id: projectId }, fetchPolicy: 'cache-and-network' });
  const files = useQuery(DiscussionProjectFilesDocument, { variables: { id: projectId }, fetchPolicy: 'cache-and-network' });
  const project = talk.data?.project;
  const { refetch: refetchTalk } = talk;
  const { refetch: refetchFiles } = files;
  const reload = useCallback(() => {
    void refetchTalk().catch(() => undefined);
    void refetchFiles().catch(() => undefined);
  }, [refetchTalk, refetchFiles]);
  const partnership = useProjectLive(projectId, project?.partnershipId, reload).data?.partnership;
  const { said, announce } = useAnnouncer();
  const [comment] = useMutation(DiscussionCommentOnProjectDocument);
  const [edit] = useMutation(DiscussionEditCommentDocument);
  const [remove] = useMutation(DiscussionDeleteCommentDocument);

  const reader = readerOf(partnership?.people, myId);
  const people = useMemo(() => mentionable(partnership?.people, myId), [partnership, myId]);
  const archived = Boolean(project?.archivedAt);
  const participantGminas = project?.participants.map((participant) => participant.gmina.id) ?? [];
  const taskTitles = useMemo(() => new Map((files.data?.project.tasks ?? []).map((task) => [task.id, task.title])), [files.data]);

  return (
    <>
      <section aria-labelledby="project-discussion" className="talk-section">
        <h2 id="project-discussion">
          {t('discussion.title')}
          {project && <span className="talk-section__count"> ({t('discussion.count', { n: project.commentCount })})</span>}
        </h2>
        {!project ? (
          talk.error ? (
            <p className="notice notice--warning">{t('discussion.loadFailed', { message: apiProblem(talk.error, t).message })}</p>
          ) : (
            <Loading />
          )
        ) : (
          <Discussion
            idPrefix="project-talk"
            comments={project.comments}
            count={project.commentCount}
            closedNote={archived ? t('discussion.archived') : t('discussion.readOnly')}
            myId={myId}
            people={people}
            gminaOf={(userId) => gminaNote(partnership?.people, userId)}
            canWrite={Boolean(partnership) && mayComment(reader, archived)}
            write={async (body, inReplyToId) => (await comment({ variables: { input: { projectId, body, inReplyToId } } })).data?.commentOnProject.id ?? ''}
            edit={async (id, body, expectedVersion) => void (await edit({ variables: { input: { id, body, expectedVersion } } }))}
            remove={async (id, expectedVersion) => void (await remove({ variables: { input: { id, expectedVersion } } }))}
            refresh={() => refetchTalk()}
            announce={announce}
          />
        )}
      </section>
      <section aria-labelledby="project-files" className="talk-section">
        <h2 id="project-files" tabIndex={-1}>
          {t('discussion.files.title')}
        </h2>
        {!files.data ? (
          files.error ? (
            <p className="notice notice--warning">{t('discussion.files.loadFailed', { message: apiProblem(files.error, t).message })}</p>
          ) : (
            <Loading />
          )
        ) : (
          <Attachments
            idPrefix="project-files"
            headingId="project-files"
            files={files.data.project.attachments}
            taskTitles={taskTitles}
            uploadUrl={partnership && mayUpload(reader, archived, participantGminas) ? `/projects/${projectId}/attachments` : null}
            readOnlyNote={archived ? t('discussion.files.upload.archived') : t('discussion.files.upload.readOnly')}
            mayArchive={(file) => mayArchiveFile(reader, file)}
            refresh={() => refetchFiles()}
            announce={announce}
          />
        )}
      </section>
      <p className="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
    </>
  );
}
