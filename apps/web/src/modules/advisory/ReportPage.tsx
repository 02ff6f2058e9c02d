import { useQuery } from '@apollo/client/react';
import { type FormEvent, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useSessionStore } from '../../app/providers';
import { AdvisoryProgrammeDocument, type AdvisoryProgrammeContextFragment, AdvisoryProgrammeReportDocument, AdvisoryVoivodeshipsDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { formatDay, parseDay, warsawToday } from '../../i18n/format';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { apiProblem, type ApiProblem, errorFor } from '../../ui/field-errors';
import { Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import { TextField } from '../../ui/TextField';
import { localProblem } from '../../ui/use-form-submit';
import './advisory.css';
import { SelectField } from '../../ui/fields';
import { DownloadError, downloadWithToken } from '../../ui/download';
import { useOnlyFields } from './only-fields';
import { forcedTeam, roleOf, useReaderId } from './programme-role';
import { reportCsvUrl } from './report-download';
import { ByKindTable, ByTopicTable, GroupTable, ReportTotals } from './ReportTables';

export default function ReportPage() {
  const { t } = useT();
  const { programmeId = '' } = useParams();
  const { data, error, loading } = useQuery(AdvisoryProgrammeDocument, { variables: { id: programmeId } });
  if (!data) {
    if (loading) return <Loading />;
    return (
      <div>
        <PageHeading title={t('advisory.report.title')} />
        <p className="notice notice--warning">{apiProblem(error, t).message}</p>
      </div>
    );
  }
  return <Report programme={data.programme} />;
}

const FORM = 'report';
const isPeriod = (field: string) => field === 'from' || field === 'to';

function Report({ programme }: { programme: AdvisoryProgrammeContextFragment }) {
  const { t, locale, day } = useT();
  const store = useSessionStore();
  const role = roleOf(programme.people, useReaderId());
  const lockedTeam = forcedTeam(role);
  const [params, setParams] = useSearchParams();
  const today = warsawToday();
  const from = params.get('from') ?? programme.startsOn;
  const to = params.get('to') ?? (programme.endsOn && programme.endsOn < today ? programme.endsOn : today);
  const teamId = lockedTeam ?? (params.get('team') || null);
  const team = programme.teams.find((candidate) => candidate.id === teamId);
  const areaCode = params.get('area') ?? team?.voivodeshipCode ?? null;
  const voivodeships = useQuery(AdvisoryVoivodeshipsDocument);
  const { data, error, loading } = useQuery(AdvisoryProgrammeReportDocument, { variables: { programmeId: programme.id, teamId, from, to, areaCode: areaCode || null } });
  const [fromText, setFromText] = useState(formatDay(from, locale));
  const [toText, setToText] = useState(formatDay(to, locale));
  const [local, setLocal] = useState<ApiProblem | null>(null);
  const [download, setDownload] = useState<{ state: 'idle' | 'pending' | 'done' | 'failed'; text: string }>({ state: 'idle', text: '' });

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const fromDay = parseDay(fromText);
    const toDay = parseDay(toText);
    const problem = localProblem([
      ...(fromDay ? [] : [{ field: 'from', message: t('advisory.filters.dayInvalid') }]),
      ...(toDay ? [] : [{ field: 'to', message: t('advisory.filters.dayInvalid') }]),
      ...(fromDay && toDay && toDay < fromDay ? [{ field: 'to', message: t('advisory.filters.reversed') }] : []),
    ]);
    setLocal(problem);
    if (problem || !fromDay || !toDay) return;
    const next = new URLSearchParams({ from: fromDay, to: toDay });
    const chosenTeam = String(form.get('team') ?? '');
    if (chosenTeam) next.set('team', chosenTeam);
    next.set('area', String(form.get('area') ?? ''));
    setParams(next, { replace: true });
  };

  const refusal = useMemo(() => (error ? apiProblem(error, t) : null), [error, t]);
  const apiRefusal = useOnlyFields(refusal, isPeriod);
  const problem = local ?? (apiRefusal?.fields.length ? apiRefusal : null);
  const labels = { from: t('advisory.report.from'), to: t('advisory.report.to') };
  const report = data?.report;
  return (
    <div>
      <p className="advisory-crumbs">
        <Link to={`/programmes/${programme.id}`} lang="pl">
          {programme.name}
        </Link>
      </p>
      <PageHeading title={t('advisory.report.title')} hasError={Boolean(problem)} />
      <p lang="pl">{programme.name}</p>
      <form onSubmit={apply} noValidate className="advisory-filters" aria-label={t('advisory.report.formLabel')}>
        <ErrorSummary problem={problem} idPrefix={FORM} labels={labels} />
        <div className="advisory-filters__fields">
          <TextField idPrefix={FORM} name="from" label={labels.from} hint={t('advisory.dayHint')} inputMode="numeric" autoComplete="off" value={fromText} onChange={(event) => setFromText(event.target.value)} error={errorFor(problem, 'from')} />
          <TextField idPrefix={FORM} name="to" label={labels.to} hint={t('advisory.dayHint')} inputMode="numeric" autoComplete="off" value={toText} onChange={(event) => setToText(event.target.value)} error={errorFor(problem, 'to')} />
          {lockedTeam ? null : (
            programme.teams.length > 0 && (
              <SelectField idPrefix={FORM} name="team" label={t('advisory.filters.team')} defaultValue={teamId ?? ''}>
                <option value="">{t('advisory.report.wholeProgramme')}</option>
                {programme.teams.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.name}
                  </option>
                ))}
              </SelectField>
            )
          )}
          <SelectField idPrefix={FORM} name="area" label={t('advisory.report.area')} hint={t('advisory.report.areaHint')} defaultValue={areaCode ?? ''} key={areaCode ?? ''}>
            <option value="">{t('advisory.report.noArea')}</option>
            {voivodeships.data?.voivodeships.map((voivodeship) => (
              <option key={voivodeship.code} value={voivodeship.code}>
                {voivodeship.name}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="button-row">
          <button type="submit" className="button">
            {t('advisory.report.show')}
          </button>
          <button
            type="button"
            className="button button--primary"
            aria-disabled={download.state === 'pending' || undefined}
            onClick={async () => {
              if (download.state === 'pending') return;
              setDownload({ state: 'pending', text: t('advisory.report.downloading') });
              try {
                const url = reportCsvUrl({ programmeId: programme.id, from, to, teamId, areaCode: areaCode || null, groupBy: 'QUARTER' });
                const name = await downloadWithToken({ url, accessToken: () => store.accessToken(), language: locale, fallbackName: 'raport.csv', t });
                setDownload({ state: 'done', text: t('advisory.report.downloaded', { name }) });
              } catch (caught) {
                setDownload({ state: 'failed', text: caught instanceof DownloadError ? caught.message : t('error.UNKNOWN') });
              }
            }}
          >
            {t('advisory.report.csv')}
          </button>
        </div>
        <p role="status" aria-live="polite" className={download.state === 'failed' ? 'field__error' : 'advisory-sub'}>
          {download.text}
        </p>
      </form>
      {role?.role === 'CONSULTANT' && team && <p>{t('advisory.report.teamOnly', { team: team.name })}</p>}
      {error && !problem && (
        <p className="notice notice--warning" role="alert">
          {refusal?.message}
        </p>
      )}
      {loading && !report && <Loading />}
      {report && (
        <div aria-busy={loading || undefined}>
          <h2 id="report-summary">{t('advisory.report.summary', { from: day(report.period.from), to: day(report.period.to) })}</h2>
          <ReportTotals report={report} />
          <ByKindTable report={report} />
          <ByTopicTable report={report} />
          <GroupTable id="report-quarter" title={t('advisory.report.byQuarter')} heading={t('advisory.report.quarter')} groups={report.groups} />
          <GroupTable id="report-voivodeship" title={t('advisory.report.byVoivodeship')} heading={t('advisory.report.voivodeship')} groups={data.byVoivodeship.groups} />
          <GroupTable id="report-consultant" title={t('advisory.report.byConsultant')} heading={t('advisory.report.consultant')} groups={data.byConsultant.groups} />
          {areaCode && (
            <section aria-labelledby="report-not-reached">
              <h2 id="report-not-reached">{t('advisory.report.notReached', { n: report.notReached.length })}</h2>
              {report.notReached.length === 0 ? (
                <p>{t('advisory.report.allReached')}</p>
              ) : (
                <ul className="advisory-columns" lang="pl">
                  {report.notReached.map((gmina) => (
                    <li key={gmina.id}>{gmina.name}</li>
                  ))}
                </ul>
              )}
            </section>
          )}
        </div>
      )}
    </div>
  );
}
