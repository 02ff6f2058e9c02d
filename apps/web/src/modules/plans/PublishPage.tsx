import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { PlansCompareDocument, PlansPublishRevisionDocument, PlansRevisionTextDocument, type PlansRevisionTextQuery } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { apiProblem, errorFor } from '../../ui/field-errors';
import { Loading } from '../../ui/Loading';
import { PageFailure } from '../../ui/PageFailure';
import { PageHeading } from '../../ui/PageHeading';
import { TextField } from '../../ui/TextField';
import { localProblem, useFormSubmit } from '../../ui/use-form-submit';
import { CompareSections } from './CompareSections';
import { TextAreaField } from '../../ui/fields';
import { mayEditPlan } from './plan-rules';
import { PlanViews } from './PlanViews';
import { usePlanContext } from './use-plan-context';
import './plans.css';

const FORM = 'publish';

/** The whole text to edit, keys and all, published as the next revision. */
export default function PublishPage() {
  const { planId = '' } = useParams();
  const { data, error, refetch } = useQuery(PlansRevisionTextDocument, { variables: { id: planId }, fetchPolicy: 'cache-and-network' });
  const plan = data?.plan;
  const { partnership, reader } = usePlanContext({ id: plan?.partnershipId });
  if (error && !plan) return <PageFailure error={error} retry={refetch} />;
  if (!plan) return <Loading />;
  return <PublishForm plan={plan} slug={partnership?.slug} allowed={!partnership || mayEditPlan(reader, plan)} reload={refetch} />;
}

function PublishForm({ plan, slug, allowed, reload }: { plan: PlansRevisionTextQuery['plan']; slug?: string; allowed: boolean; reload: () => Promise<unknown> }) {
  const { t } = useT();
  const navigate = useNavigate();
  const [markdown, setMarkdown] = useState(() => plan.currentRevision?.markdown ?? '');
  const [summary, setSummary] = useState('');
  // The version the draft was started from: a publish meanwhile makes it stale (CONFLICT).
  const [baseVersion, setBaseVersion] = useState(plan.version);
  // The revision whose text the draft started from: after a CONFLICT, what the other person's
  // revisions changed against it is shown before the reader may choose to publish over them.
  const [baseRevision, setBaseRevision] = useState(() => plan.currentRevision?.number ?? plan.revisionCount);
  const [publish] = useMutation(PlansPublishRevisionDocument);
  const { problem, pending, run } = useFormSubmit(async () => {
    try {
      await publish({ variables: { input: { planId: plan.id, expectedVersion: baseVersion, markdown, summary: summary.trim() } } });
    } catch (error) {
      // Someone published meanwhile: load their revision, so both can be weighed.
      if (apiProblem(error, t).code === 'CONFLICT') await reload();
      throw error;
    }
    navigate(`/plans/${plan.id}`);
  });
  // Answered (their text taken, or ours kept at their version): the notice goes until the next refusal.
  const [answered, setAnswered] = useState<unknown>(null);
  const conflict = problem?.code === 'CONFLICT' && answered !== problem;
  const theirs = plan.revisionCount;
  const comparison = useQuery(PlansCompareDocument, { variables: { id: plan.id, from: baseRevision, to: theirs }, skip: !conflict || baseRevision < 1 || theirs <= baseRevision });
  const compared = comparison.data?.plan.compare;
  const rebase = () => {
    setBaseVersion(plan.version);
    setBaseRevision(theirs);
    setAnswered(problem);
  };
  const labels = { markdown: t('plans.publish.markdown'), summary: t('plans.publish.summary') };
  const next = plan.revisionCount + 1;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(
      localProblem([
        ...(markdown.trim() ? [] : [{ field: 'markdown', message: t('plans.new.markdownMissing') }]),
        ...(summary.trim() ? [] : [{ field: 'summary', message: t('plans.publish.summaryMissing') }]),
      ]),
    );
  };

  return (
    <div className="plan">
      <PageHeading title={`${t('plans.publish.title')}: ${plan.title}`} hasError={Boolean(problem)} />
      <PlanViews planId={plan.id} slug={slug} mayPublish={allowed} />
      {!allowed && <p className="notice">{t('plans.publish.notAllowed')}</p>}
      {allowed && (
        <>
          <p>{t('plans.publish.intro', { number: next })}</p>
          <p className="notice">{t('plans.publish.keys', { example: '## Diagnoza {#s2}' })}</p>
          {conflict && (
            <div className="notice notice--warning" role="alert">
              <p>{t('plans.publish.conflict', { number: theirs })}</p>
              {comparison.error && <p>{apiProblem(comparison.error, t).message}</p>}
              {!compared && !comparison.error && theirs > baseRevision && <Loading />}
              {compared && <CompareSections sections={compared} from={baseRevision} to={theirs} />}
              <div className="button-row button-row--tight">
                {(compared || theirs <= baseRevision) && (
                  <button type="button" className="button button--small" onClick={rebase}>
                    {t('plans.publish.keepMine', { number: theirs })}
                  </button>
                )}
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => {
                    setMarkdown(plan.currentRevision?.markdown ?? '');
                    rebase();
                  }}
                >
                  {t('plans.publish.loadCurrent')}
                </button>
              </div>
            </div>
          )}
          <ErrorSummary problem={problem?.code === 'CONFLICT' ? null : problem} labels={labels} idPrefix={FORM} />
          <form onSubmit={submit} noValidate>
            <TextAreaField
              idPrefix={FORM}
              name="markdown"
              label={labels.markdown}
              value={markdown}
              onChange={(e) => setMarkdown(e.target.value)}
              error={errorFor(problem, 'markdown')}
              rows={24}
              className="plan-source"
            />
            <TextField
              idPrefix={FORM}
              name="summary"
              label={labels.summary}
              hint={t('plans.publish.summaryHint')}
              value={summary}
              onChange={(e) => setSummary(e.target.value)}
              error={errorFor(problem, 'summary')}
              maxLength={500}
            />
            <div className="button-row">
              <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
                {pending ? t('plans.publish.submitting') : t('plans.publish.submit', { number: next })}
              </button>
              <Link to={`/plans/${plan.id}`}>{t('plans.publish.back')}</Link>
            </div>
          </form>
        </>
      )}
    </div>
  );
}
