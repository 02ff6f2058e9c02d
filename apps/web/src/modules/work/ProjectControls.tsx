import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import {
  WorkArchiveProjectDocument,
  WorkFollowProjectDocument,
  WorkProjectStatusDocument,
  type WorkProjectStatusFragment,
  WorkRestoreProjectDocument,
  WorkUnfollowProjectDocument,
} from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { apiProblem } from '../../ui/field-errors';
import { useInFlight } from '../../ui/use-in-flight';
import type { ReaderAccess } from '../projects/reader';
import './work.css';

/**
 * Archiving: coordinators, and officials of the project's lead gmina (the policy table's
 * `project.archive`); the API judges every call and its refusal is shown.
 */
export function canArchiveProject(access: ReaderAccess | null, project: Pick<WorkProjectStatusFragment, 'participants'>): boolean {
  if (access?.role === 'COORDINATOR') return true;
  const lead = project.participants.find((participant) => participant.role === 'LEAD');
  return access?.role === 'GMINA_OFFICIAL' && Boolean(access.gmina && lead && lead.gmina.id === access.gmina.id);
}

interface Props {
  readonly projectId: string;
  readonly access: ReaderAccess | null;
  /** The project's version as the page has it: when someone changes the project, its state is read again. */
  readonly version?: number;
}

/** The project page's archive state and controls, and following: one line on the page. */
export function ProjectControls({ projectId, access, version }: Props) {
  const query = useQuery(WorkProjectStatusDocument, { variables: { id: projectId } });
  const { refetch } = query;
  const seen = useRef(version);
  useEffect(() => {
    if (version === undefined || seen.current === version) return;
    seen.current = version;
    void refetch();
  }, [version, refetch]);
  const project = query.data?.project;
  if (!project) return null;
  return (
    <div className="project-controls">
      <ProjectArchiveControls project={project} access={access} refetch={refetch} />
      <FollowToggle project={project} />
    </div>
  );
}

function ProjectArchiveControls({ project, access, refetch }: { project: WorkProjectStatusFragment; access: ReaderAccess | null; refetch: () => Promise<unknown> }) {
  const { t, moment } = useT();
  const [archive] = useMutation(WorkArchiveProjectDocument);
  const [restore] = useMutation(WorkRestoreProjectDocument);
  const { pending, guard } = useInFlight();
  const [confirming, setConfirming] = useState(false);
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState('');
  const questionId = useId();
  const confirmButton = useRef<HTMLButtonElement>(null);
  const mainButton = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  const archived = Boolean(project.archivedAt);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  // After archiving, focus goes to "Przywróć projekt", which stands where the question was (a
  // restore keeps focus on its own button, which only changes its words).
  useEffect(() => {
    if (!refocus.current || confirming || !mainButton.current) return;
    refocus.current = false;
    mainButton.current.focus();
  }, [archived, confirming]);

  const run = (action: 'archive' | 'restore') =>
    guard(async () => {
      setProblem('');
      setSaid('');
      try {
        const input = { id: project.id, expectedVersion: project.version };
        refocus.current = action === 'archive';
        if (action === 'archive') await archive({ variables: { input } });
        else await restore({ variables: { input } });
        setConfirming(false);
        setSaid(t(action === 'archive' ? 'work.archive.done' : 'work.archive.restored', { title: project.title }));
      } catch (error) {
        const refusal = apiProblem(error, t);
        refocus.current = action === 'archive';
        setConfirming(false);
        setProblem(refusal.code === 'CONFLICT' ? t('work.archive.conflict', { reason: refusal.message }) : t('work.archive.failed', { reason: refusal.message }));
        await refetch().catch(() => undefined);
      }
    });

  const may = canArchiveProject(access, project);
  return (
    <div className="project-archive">
      {archived && project.archivedAt && (
        <p className="notice notice--warning project-archive__state">
          <strong>{t('work.archive.state', { when: moment(project.archivedAt), by: project.archivedBy ? t('work.archive.by', { name: project.archivedBy.displayName }) : '' })}</strong>
        </p>
      )}
      {problem && (
        <p className="notice notice--warning" role="alert">
          {problem}
        </p>
      )}
      {may && !confirming && (
        <button ref={mainButton} type="button" className="button" aria-disabled={pending || undefined} onClick={() => (archived ? void run('restore') : setConfirming(true))}>
          {archived ? t('work.archive.restore') : t('work.archive.archive')}
        </button>
      )}
      {may && confirming && (
        <div className="project-archive__confirm" role="group" aria-labelledby={questionId}>
          <p id={questionId}>{t('work.archive.question', { title: project.title })}</p>
          <div className="button-row">
            <button ref={confirmButton} type="button" className="button button--danger" aria-describedby={questionId} aria-disabled={pending || undefined} onClick={() => void run('archive')}>
              {t('work.archive.confirm')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                refocus.current = false;
                setConfirming(false);
                requestAnimationFrame(() => mainButton.current?.focus());
              }}
            >
              {t('work.archive.cancel')}
            </button>
          </div>
        </div>
      )}
      <p role="status" className="visually-hidden">
        {said}
      </p>
    </div>
  );
}

/**
 * "Obserwuj projekt" as a toggle button: its name stays, aria-pressed says whether the reader
 * follows, and the sentence beside it says it in words.
 */
function FollowToggle({ project }: { project: WorkProjectStatusFragment }) {
  const { t } = useT();
  const [follow] = useMutation(WorkFollowProjectDocument);
  const [unfollow] = useMutation(WorkUnfollowProjectDocument);
  const { pending, guard } = useInFlight();
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState('');
  const stateId = useId();
  const following = project.followedByMe;

  const toggle = () =>
    guard(async () => {
      setProblem('');
      try {
        if (following) await unfollow({ variables: { projectId: project.id } });
        else await follow({ variables: { projectId: project.id } });
        setSaid(t(following ? 'work.follow.stopped' : 'work.follow.started', { title: project.title }));
      } catch (error) {
        setProblem(t('work.follow.failed', { reason: apiProblem(error, t).message }));
      }
    });

  return (
    <div className="project-follow">
      <button
        type="button"
        className={`button project-follow__button${following ? ' project-follow__button--on' : ''}`}
        aria-pressed={following}
        aria-describedby={stateId}
        aria-disabled={pending || undefined}
        onClick={() => void toggle()}
      >
        <span aria-hidden="true" className="project-follow__mark">
          {following ? '✓' : '+'}
        </span>{' '}
        {t('work.follow.button')}
      </button>
      <p id={stateId} className="project-follow__state">
        {following ? t('work.follow.on') : t('work.follow.off')}
      </p>
      {problem && (
        <p className="notice notice--warning" role="alert">
          {problem}
        </p>
      )}
      <p role="status" className="visually-hidden">
        {said}
      </p>
    </div>
  );
}
