import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useEventStream } from '../../apollo/use-event-stream';
import { AdvisoryActivityDocument, type AdvisoryActivityDetailsFragment, AdvisoryActivityRegistrationsDocument, AdvisoryCopyActivityDocument, AdvisoryDeleteActivityDocument, AdvisoryProgrammeActivityDocument, AdvisoryProgrammeDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { conflictVersion } from '../../ui/conflict-version';
import { apiProblem, type ApiProblem } from '../../ui/field-errors';
import { Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import './advisory.css';
import { ActivityDetails } from './ActivityDetails';
import { FollowUpsSection } from './FollowUpsSection';
import { REGISTRABLE_KINDS, STATUS_LABEL } from './labels';
import { canRecordIn, forcedTeam, roleOf, useReaderId } from './programme-role';
import { RegistrationsSection } from './RegistrationsSection';
import { forgetSupportLists } from './use-recording-context';

export default function ActivityPage() {
  const { t } = useT();
  const { activityId = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(AdvisoryActivityDocument, { variables: { id: activityId } });
  const activity = data?.activity;
  if (!activity) {
    if (loading) return <Loading />;
    return (
      <div>
        <PageHeading title={t('advisory.activity.notAvailable')} />
        <p className="notice notice--warning">{apiProblem(error, t).message}</p>
      </div>
    );
  }
  return <Activity activity={activity} reload={() => void refetch()} />;
}

function Activity({ activity, reload }: { activity: AdvisoryActivityDetailsFragment; reload: () => void }) {
  const { t } = useT();
  const location = useLocation();
  const readerId = useReaderId();
  // People of a supported partnership see the activity but not its programme: no role, no actions.
  const programmeQuery = useQuery(AdvisoryProgrammeDocument, { variables: { id: activity.programmeId }, errorPolicy: 'all' });
  const role = roleOf(programmeQuery.data?.programme?.people, readerId);
  const mayRecord = canRecordIn(role, activity.teamId);
  const registrable = REGISTRABLE_KINDS.includes(activity.kind);
  const registrations = useQuery(AdvisoryActivityRegistrationsDocument, { variables: { activityId: activity.id }, skip: !mayRecord || !registrable });
  useEventStream(
    AdvisoryProgrammeActivityDocument,
    { programmeId: activity.programmeId, teamId: forcedTeam(role) },
    {
      pick: (data) => (data as { programmeActivity?: { seq: number; topic: string; subjectId: string } } | undefined)?.programmeActivity,
      onEvent: (event) => {
        if (event.topic === 'registration' || event.subjectId === activity.id) {
          reload();
          if (mayRecord && registrable) void registrations.refetch();
        }
      },
      skip: !mayRecord,
    },
  );
  const saved = (location.state as { saved?: string } | null)?.saved;
  return (
    <div>
      <p className="advisory-crumbs">
        {role ? (
          <Link to={`/programmes/${activity.programmeId}`} lang="pl">
            {activity.programme.name}
          </Link>
        ) : (
          <span lang="pl">{activity.programme.name}</span>
        )}
      </p>
      <PageHeading title={activity.title}>
        <span className={`advisory-status advisory-status--${activity.status.toLowerCase()}`}>{t(STATUS_LABEL[activity.status])}</span>
      </PageHeading>
      {saved && (
        <p className="notice" role="status">
          {saved === 'RECORDED' ? t('advisory.activity.savedRecorded') : t('advisory.activity.savedDraft')}
        </p>
      )}
      {mayRecord && <ActivityActions activity={activity} reload={reload} />}
      <ActivityDetails activity={activity} />
      <FollowUpsSection activity={activity} mayRecord={mayRecord} />
      {registrable && mayRecord && <RegistrationsSection activity={activity} registrations={registrations.data?.activityRegistrations ?? null} loading={registrations.loading} error={registrations.error} onChanged={() => void registrations.refetch()} />}
    </div>
  );
}

function ActivityActions({ activity, reload }: { activity: AdvisoryActivityDetailsFragment; reload: () => void }) {
  const { t } = useT();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  // The version the delete question was asked at: a change by someone else meanwhile answers
  // CONFLICT (its message shown, the activity reloaded) instead of deleting what was not seen.
  const [baseVersion, setBaseVersion] = useState(activity.version);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [copy, copying] = useMutation(AdvisoryCopyActivityDocument, { update: forgetSupportLists });
  const [remove, removing] = useMutation(AdvisoryDeleteActivityDocument, { update: forgetSupportLists });
  return (
    <div>
      <div className="button-row">
        <Link className="button button--primary" to={`/activities/${activity.id}/edit`}>
          {t('advisory.activity.edit')}
        </Link>
        <button
          type="button"
          className="button"
          aria-disabled={copying.loading || undefined}
          onClick={async () => {
            if (copying.loading) return;
            try {
              const { data } = await copy({ variables: { input: { activityId: activity.id } } });
              if (data) navigate(`/activities/${data.copyActivity.id}/edit`);
            } catch (error) {
              setProblem(apiProblem(error, t));
            }
          }}
        >
          {t('advisory.activity.copy')}
        </button>
        {activity.status === 'DRAFT' && !confirming && (
          <button
            type="button"
            className="button button--danger"
            onClick={() => {
              setBaseVersion(activity.version);
              setProblem(null);
              setConfirming(true);
            }}
          >
            {t('advisory.activity.delete')}
          </button>
        )}
      </div>
      {confirming && (
        <ConfirmDelete
          title={activity.title}
          pending={removing.loading}
          onCancel={() => setConfirming(false)}
          onConfirm={async () => {
            if (removing.loading) return;
            try {
              await remove({ variables: { input: { id: activity.id, expectedVersion: baseVersion } } });
              navigate(`/programmes/${activity.programmeId}`, { replace: true });
            } catch (error) {
              setProblem(apiProblem(error, t));
              setConfirming(false);
              if (conflictVersion(error) !== null) reload();
            }
          }}
        />
      )}
      {problem && (
        <p className="notice notice--warning" role="alert">
          {problem.message}
        </p>
      )}
    </div>
  );
}

/** The question appears where the delete button was: focus moves to its answer. */
function ConfirmDelete({ title, pending, onConfirm, onCancel }: { title: string; pending: boolean; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useT();
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    <div className="notice notice--warning" role="group" aria-labelledby="delete-question">
      <p id="delete-question">{t('advisory.activity.deleteQuestion', { title })}</p>
      <div className="button-row">
        <button ref={confirm} type="button" className="button button--danger" aria-disabled={pending || undefined} onClick={onConfirm}>
          {t('advisory.activity.deleteConfirm')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('advisory.activity.deleteCancel')}
        </button>
      </div>
    </div>
  );
}
