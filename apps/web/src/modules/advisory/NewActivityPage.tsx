import { useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { AdvisoryCreateActivityDocument, type ActivityStatus, type AdvisoryEngagementRowFragment, type AdvisoryProgrammeContextFragment } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { warsawToday } from '../../i18n/format';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { apiProblem } from '../../ui/field-errors';
import { Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import { localProblem, useFormSubmit } from '../../ui/use-form-submit';
import './advisory.css';
import { useOnlyFields } from './only-fields';
import { type ActivityDraft, checkDraft, isActivityField, createInputOf, emptyDraft } from './activity-draft';
import { ActivityForm, useActivityLabels } from './ActivityForm';
import { forgetSupportLists, useRecordingContext } from './use-recording-context';

export default function NewActivityPage() {
  const { t } = useT();
  const { programmeId } = useParams();
  const context = useRecordingContext(programmeId);
  if (!context.programme) {
    if (context.loading) return <Loading />;
    return (
      <div>
        <PageHeading title={t('advisory.form.newTitle')} />
        <p className="notice notice--warning">{context.error ? apiProblem(context.error, t).message : t('error.NOT_FOUND')}</p>
      </div>
    );
  }
  if (!context.role) {
    return (
      <div>
        <PageHeading title={t('advisory.form.newTitle')} />
        <p className="notice notice--warning">{t('error.FORBIDDEN')}</p>
        <Link to={`/programmes/${context.programme.id}`}>{t('advisory.form.backToProgramme')}</Link>
      </div>
    );
  }
  return <NewActivity programme={context.programme} engagements={context.engagements} lockedTeamId={context.lockedTeamId} />;
}

function NewActivity({ programme, engagements, lockedTeamId }: { programme: AdvisoryProgrammeContextFragment; engagements: readonly AdvisoryEngagementRowFragment[]; lockedTeamId: string | null }) {
  const { t, locale } = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const labels = useActivityLabels();
  const [draft, setDraft] = useState<ActivityDraft>(() => {
    const start = emptyDraft(warsawToday(), locale, lockedTeamId ?? '');
    const engagement = engagements.find((candidate) => candidate.id === params.get('engagement'));
    return engagement ? { ...start, engagementId: engagement.id } : start;
  });
  // Which button was pressed, read when the submission runs.
  const status = useRef<ActivityStatus>('RECORDED');
  const [create] = useMutation(AdvisoryCreateActivityDocument, { update: forgetSupportLists });
  const { problem: refused, pending, run } = useFormSubmit(async () => {
    const { data } = await create({ variables: { input: createInputOf(draft, programme.id, status.current) } });
    if (data) navigate(`/activities/${data.createActivity.id}`, { state: { saved: status.current } });
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
      </p>
      <PageHeading title={t('advisory.form.newTitle')} hasError={Boolean(problem)} />
      <p>{t('advisory.form.intro')}</p>
      <ErrorSummary problem={problem} labels={labels} />
      <ActivityForm draft={draft} onChange={setDraft} programme={programme} engagements={engagements} lockedTeamId={lockedTeamId} problem={problem} pending={pending} onSave={save} isNew />
    </div>
  );
}
