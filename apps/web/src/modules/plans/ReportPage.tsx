import { useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useSessionStore } from '../../app/providers';
import { PlansReportDocument, type PlansReportQuery } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { apiProblem } from '../../ui/field-errors';
import { Loading } from '../../ui/Loading';
import { PageFailure } from '../../ui/PageFailure';
import { PageHeading } from '../../ui/PageHeading';
import { SelectField } from '../../ui/fields';
import { mayEditPlan } from './plan-rules';
import { PlanViews } from './PlanViews';
import { usePlanContext } from './use-plan-context';
import './plans.css';
import { TableScroll } from '../../ui/TableScroll';
import { DownloadError, downloadWithToken } from '../../ui/download';

type Report = PlansReportQuery['plan']['consultationReport'];

/** "all", or a round's number (0: comments outside any round). */
const roundOf = (value: string | null): number | null => (value && /^\d{1,6}$/.test(value) ? Number(value) : null);

/** The consultation in numbers (by gmina, by section) for the protocol, and every comment as CSV. */
export default function ReportPage() {
  const { t, day } = useT();
  const { planId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const round = roundOf(params.get('round'));
  const [chosen, setChosen] = useState<string | null>(null);
  const { data, error, previousData, refetch } = useQuery(PlansReportDocument, { variables: { id: planId, round } });
  const plan = (data ?? previousData)?.plan;
  const { partnership, reader } = usePlanContext({ id: plan?.partnershipId });

  if (error && !plan) return <PageFailure error={error} retry={refetch} />;
  if (!plan) return <Loading />;
  const scope = chosen ?? (round === null ? 'all' : String(round));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(scope === 'all' ? {} : { round: scope });
    setChosen(null);
  };

  return (
    <div className="plan">
      <PageHeading title={`${t('plans.report.title')}: ${plan.title}`} />
      <PlanViews planId={plan.id} slug={partnership?.slug} mayPublish={mayEditPlan(reader, plan)} />
      <form className="plan-compare-form" onSubmit={submit}>
        <SelectField name="round" label={t('plans.report.round')} value={scope} onChange={(e) => setChosen(e.target.value)}>
          <option value="all">{t('plans.report.all')}</option>
          {plan.rounds.map((item) => (
            <option key={item.number} value={item.number}>
              {t('plans.report.roundOption', { number: item.number, from: day(item.opensOn), to: day(item.closesOn) })}
            </option>
          ))}
          <option value="0">{t('plans.report.outside')}</option>
        </SelectField>
        <button type="submit" className="button">
          {t('plans.report.show')}
        </button>
      </form>
      <Download planId={plan.id} round={round} />
      {error && (
        <p className="notice notice--warning" role="alert">
          {apiProblem(error, t).message}
        </p>
      )}
      <ReportTables report={plan.consultationReport} />
    </div>
  );
}

function Download({ planId, round }: { planId: string; round: number | null }) {
  const { t, locale } = useT();
  const session = useSessionStore();
  const [state, setState] = useState<{ pending: boolean; message: string; failed: boolean }>({ pending: false, message: '', failed: false });
  const download = async () => {
    if (state.pending) return;
    setState({ pending: true, message: '', failed: false });
    try {
      const url = `/plans/${planId}/comments.csv${round === null ? '' : `?round=${round}`}`;
      const name = await downloadWithToken({ url, accessToken: () => session.accessToken(), language: locale, fallbackName: `komentarze-${planId}.csv`, t });
      setState({ pending: false, message: t('plans.report.downloaded', { name }), failed: false });
    } catch (error) {
      const message = error instanceof DownloadError ? error.message : apiProblem(error, t).message;
      setState({ pending: false, message: t('plans.report.downloadFailed', { message }), failed: true });
    }
  };
  return (
    <div className="plan-download">
      <p className="plan-muted" id="plan-download-hint">
        {t('plans.report.downloadHint')}
      </p>
      <button type="button" className="button button--primary" aria-describedby="plan-download-hint" aria-disabled={state.pending || undefined} onClick={() => void download()}>
        {state.pending ? t('plans.report.downloading') : t('plans.report.download')}
      </button>
      <p role="status" className={state.failed ? 'field__error' : 'plan-muted'}>
        {state.message}
      </p>
    </div>
  );
}

function ReportTables({ report }: { report: Report }) {
  const { t, integer } = useT();
  const totals = report.totals;
  return (
    <>
      <section aria-labelledby="report-totals">
        <h2 id="report-totals">{t('plans.report.totals')}</h2>
        <dl className="plan-facts">
          {(
            [
              ['plans.report.threads', totals.threads],
              ['plans.report.comments', totals.comments],
              ['plans.report.open', totals.open],
              ['plans.report.resolved', totals.resolved],
              ['plans.report.outdated', totals.outdated],
            ] as const
          ).map(([label, value]) => (
            <div key={label}>
              <dt>{t(label)}</dt>
              <dd className="numeric">{integer(value)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="report-by-gmina">
        <h2 id="report-by-gmina">{t('plans.report.byGmina')}</h2>
        <TableScroll labelledBy="report-by-gmina">
          <table>
            <caption className="visually-hidden">{t('plans.report.byGminaCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plans.report.gmina')}</th>
                <th scope="col" className="numeric">
                  {t('plans.report.threadsStarted')}
                </th>
                <th scope="col" className="numeric">
                  {t('plans.report.comments')}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.byGmina.map((row) => (
                <tr key={row.gminaId ?? 'none'}>
                  <th scope="row">{row.label}</th>
                  <td className="numeric">{integer(row.threadsStarted)}</td>
                  <td className="numeric">{integer(row.comments)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <section aria-labelledby="report-by-section">
        <h2 id="report-by-section">{t('plans.report.bySection')}</h2>
        <TableScroll labelledBy="report-by-section">
          <table>
            <caption className="visually-hidden">{t('plans.report.bySectionCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plans.report.section')}</th>
                {(['plans.report.threads', 'plans.report.comments', 'plans.report.open', 'plans.report.resolved', 'plans.report.outdated'] as const).map((label) => (
                  <th key={label} scope="col" className="numeric">
                    {t(label)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.bySection.map((row) => {
                const heading = row.heading || t('plans.section.preamble');
                return (
                  <tr key={row.sectionKey}>
                    <th scope="row">{row.inLatestRevision ? heading : t('plans.report.removedSection', { heading })}</th>
                    <td className="numeric">{integer(row.threads)}</td>
                    <td className="numeric">{integer(row.comments)}</td>
                    <td className="numeric">{integer(row.open)}</td>
                    <td className="numeric">{integer(row.resolved)}</td>
                    <td className="numeric">{integer(row.outdated)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </>
  );
}
