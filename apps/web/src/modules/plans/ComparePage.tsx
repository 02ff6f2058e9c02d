import { useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { PlansCompareDocument, PlansRevisionsDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { apiProblem } from '../../ui/field-errors';
import { Loading } from '../../ui/Loading';
import { PageFailure } from '../../ui/PageFailure';
import { PageHeading } from '../../ui/PageHeading';
import { CompareSections as Sections } from './CompareSections';
import { SelectField } from '../../ui/fields';
import { mayEditPlan } from './plan-rules';
import { PlanViews } from './PlanViews';
import { usePlanContext } from './use-plan-context';
import './plans.css';

const number = (value: string | null) => (value && /^\d{1,6}$/.test(value) ? Number(value) : null);

/** Two revisions side by side in one column: what was added, removed, moved and changed, word by word. */
export default function ComparePage() {
  const { t } = useT();
  const { planId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const revisions = useQuery(PlansRevisionsDocument, { variables: { id: planId } });
  const plan = revisions.data?.plan;
  const { partnership, reader } = usePlanContext({ id: plan?.partnershipId });
  const count = plan?.revisionCount ?? 0;
  const from = number(params.get('from')) ?? Math.max(1, count - 1);
  const to = number(params.get('to')) ?? count;
  const [chosen, setChosen] = useState<{ from: number; to: number } | null>(null);
  const shown = chosen ?? { from, to };
  const valid = count > 1 && from !== to;
  const comparison = useQuery(PlansCompareDocument, { variables: { id: planId, from: Math.min(from, to), to: Math.max(from, to) }, skip: !valid });

  if (revisions.error && !plan) return <PageFailure error={revisions.error} retry={revisions.refetch} />;
  if (!plan) return <Loading />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams({ from: String(shown.from), to: String(shown.to) });
    setChosen(null);
  };

  return (
    <div className="plan">
      <PageHeading title={`${t('plans.compare.title')}: ${plan.title}`} />
      <PlanViews planId={plan.id} slug={partnership?.slug} mayPublish={mayEditPlan(reader, plan)} />
      {count < 2 ? (
        <p className="notice">{t('plans.compare.onlyOne')}</p>
      ) : (
        <form className="plan-compare-form" onSubmit={submit}>
          <SelectField name="from" label={t('plans.compare.from')} value={shown.from} onChange={(e) => setChosen({ ...shown, from: Number(e.target.value) })}>
            {plan.revisions.map((revision) => (
              <option key={revision.id} value={revision.number}>
                {t('plans.compare.option', { number: revision.number, summary: revision.summary })}
              </option>
            ))}
          </SelectField>
          <SelectField name="to" label={t('plans.compare.to')} value={shown.to} onChange={(e) => setChosen({ ...shown, to: Number(e.target.value) })}>
            {plan.revisions.map((revision) => (
              <option key={revision.id} value={revision.number}>
                {t('plans.compare.option', { number: revision.number, summary: revision.summary })}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="button button--primary">
            {t('plans.compare.submit')}
          </button>
        </form>
      )}
      {count > 1 && from === to && <p className="notice">{t('plans.compare.same')}</p>}
      {valid && comparison.error && (
        <p className="notice notice--warning" role="alert">
          {apiProblem(comparison.error, t).message}
        </p>
      )}
      {valid && !comparison.data && !comparison.error && <Loading />}
      {valid && comparison.data && <Sections sections={comparison.data.plan.compare} from={Math.min(from, to)} to={Math.max(from, to)} />}
    </div>
  );
}
