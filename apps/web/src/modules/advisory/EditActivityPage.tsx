import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { type ActivityStatus, AdvisoryActivityDocument, type AdvisoryActivityDetailsFragment, type AdvisoryEngagementRowFragment, type AdvisoryProgrammeContextFragment, AdvisoryUpdateActivityDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { apiProblem } from '../../ui/field-errors';
import { Loading } from '../../ui/Loading';
import { ConflictPanel } from '../../ui/ConflictPanel';
import { fieldId } from '../../ui/field-errors';
import { PageHeading } from '../../ui/PageHeading';
import { localProblem, useFormSubmit } from '../../ui/use-form-submit';
import './advisory.css';
import { useOnlyFields } from './only-fields';
import { type ActivityDraft, checkDraft, isActivityField, draftOf, updateInputOf } from './activity-draft';
import { conflictOf } from './activity-conflict';
import { ActivityForm, useActivityLabels } from './ActivityForm';
import { canRecordIn } from './programme-role';
import { forgetSupportLists, useRecordingContext } from './use-recording-context';

export default function EditActivityPage() {
  const { t } = useT();
  const { activityId = '' } = useParams();
  const { data, error, loading } = useQuery(AdvisoryActivityDocument, { variables: { id: activityId } });
  const activity = data?.activity;
  const context = useRecordingContext(activity?.programmeId);
  if (!activity || !context.programme) {
    if (loading || context.loading) return <Loading />;
    return (
      <div>
        <PageHeading title={t('advisory.form.editTitle')} />
        <p className="notice notice--warning">{apiProblem(error ?? context.error, t).message}</p>
      </div>
    );
  }
  if (!canRecordIn(context.role, activity.teamId)) {
    return (
      <div>
        <PageHeading title={t('advisory.form.editTitle')} />
        <p className="notice notice--warning">{t('error.FORBIDDEN')}</p>
        <Link to={`/activities/${activity.id}`}>{t('advisory.form.backToActivity')}</Link>
      </div>
    );
  }
  // Keyed by the activity: its draft starts from what was loaded and is never reset by a refetch.
  return <EditActivity key={activity.id} activity={activity} programme={context.programme} engagements={context.engagements} lockedTeamId={context.lockedTeamId} />;
}

interface Conflict {
  readonly current: AdvisoryActivityDetailsFragment;
  readonly currentVersion: number;
}

function EditActivity({ activity, programme, engagements, lockedTeamId }: { activity: AdvisoryActivityDetailsFragment; programme: AdvisoryProgrammeContextFragment; engagements: readonly AdvisoryEngagementRowFragment[]; lockedTeamId: string | null }) {
  const { t, locale } = useT();
  const navigate = useNavigate();
  const labels = useActivityLabels();
  const [original, setOriginal] = useState<ActivityDraft>(() => draftOf(activity, locale));
  const [draft, setDraft] = useState<ActivityDraft>(original);
  const [version, setVersion] = useState(activity.version);
  // Once seen, their version is the one a save stands on, even after the panel is closed to edit on.
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  const status = useRef<ActivityStatus>(activity.status);
  const [update] = useMutation(AdvisoryUpdateActivityDocument, { update: forgetSupportLists });

  const { problem: refused, pending, run } = useFormSubmit(async () => {
    const expected = conflict ? conflict.currentVersion : version;
    try {
      const { data } = await update({ variables: { input: updateInputOf(original, draft, activity.id, expected, status.current) } });
      if (data) navigate(`/activities/${activity.id}`, { state: { saved: status.current } });
    } catch (error) {
      const found = apiProblem(error, t);
      const currentVersion = found.extensions['currentVersion'];
      if (found.code === 'CONFLICT' && typeof currentVersion === 'number' && found.extensions['current']) {
        setConflict({ current: found.extensions['current'] as AdvisoryActivityDetailsFragment, currentVersion });
        setPanelOpen(true);
        return;
      }
      throw error;
    }
  });

  const problem = useOnlyFields(refused, isActivityField);
  const save = (next: ActivityStatus) => {
    status.current = next;
    void run(localProblem(checkDraft(draft, next, t)));
  };

  return (
    <div className="advisory-form-page">
      <p className="advisory-crumbs">
        <Link to={`/programmes/${programme.id}`} lang="pl">
          {programme.name}
        </Link>
        {' › '}
        <Link to={`/activities/${activity.id}`} lang="pl">
          {activity.title}
        </Link>
      </p>
      <PageHeading title={t('advisory.form.editTitle')} hasError={Boolean(problem) || panelOpen} />
      {conflict && panelOpen && (
        <ConflictPanel
          {...conflictOf(original, draftOf(conflict.current, locale), draft, { programme, engagements, labels, t })}
          pending={pending}
          onKeepMine={() => save(status.current)}
          onTakeTheirs={() => {
            const theirs = draftOf(conflict.current, locale);
            setOriginal(theirs);
            setDraft(theirs);
            setVersion(conflict.currentVersion);
            status.current = conflict.current.status;
            setConflict(null);
            setPanelOpen(false);
          }}
          onEdit={() => {
            setPanelOpen(false);
            document.getElementById(fieldId('title'))?.focus();
          }}
        />
      )}
      <ErrorSummary problem={problem} labels={labels} />
      <ActivityForm
        draft={draft}
        onChange={setDraft}
        programme={programme}
        engagements={engagements}
        lockedTeamId={lockedTeamId}
        problem={problem}
        pending={pending}
        onSave={save}
        recorded={(conflict?.current.status ?? activity.status) === 'RECORDED'}
        isNew={false}
      />
    </div>
  );
}
