import { useApolloClient, useQuery } from '@apollo/client/react';
import { type FormEvent, useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { type ActivityKind, AdvisoryActivitiesDocument, AdvisoryEngagementsDocument, type AdvisoryProgrammeContextFragment, type ActivityStatus } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { formatDay, parseDay } from '../../i18n/format';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { apiProblem, errorFor } from '../../ui/field-errors';
import { EmptyState, Loading } from '../../ui/Loading';
import { TextField } from '../../ui/TextField';
import { localProblem } from '../../ui/use-form-submit';
import { ActivityTable } from './ActivityTable';
import { KIND_LABEL, KINDS, STATUS_LABEL } from './labels';
import { ShowMore } from '../../ui/ShowMore';
import { appendPage } from './append-page';

/** Reloads the programme's lists on the page (after a live event says something changed). */
export function useActivitiesRefetch(): () => void {
  const client = useApolloClient();
  return useCallback(() => {
    void client.refetchQueries({ include: [AdvisoryActivitiesDocument, AdvisoryEngagementsDocument] });
  }, [client]);
}

const FORM = 'filters';

/** The programme's activities with filters kept in the address (team, kind, status, period). */
export function ProgrammeActivities({ programme, forcedTeamId }: { programme: AdvisoryProgrammeContextFragment; forcedTeamId: string | null }) {
  const { t, locale } = useT();
  const [params, setParams] = useSearchParams();
  const teamId = forcedTeamId ?? (params.get('team') || null);
  const kind = (params.get('kind') || null) as ActivityKind | null;
  const status = (params.get('status') || null) as ActivityStatus | null;
  const from = params.get('from') || null;
  const to = params.get('to') || null;
  const variables = { programmeId: programme.id, teamId, kind, status, from, to };
  const { data, error, loading, fetchMore } = useQuery(AdvisoryActivitiesDocument, { variables });
  const connection = data?.activities;

  const [fromText, setFromText] = useState(from ? formatDay(from, locale) : '');
  const [toText, setToText] = useState(to ? formatDay(to, locale) : '');
  const [problem, setProblem] = useState<ReturnType<typeof localProblem>>(null);

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const fromDay = fromText.trim() ? parseDay(fromText) : null;
    const toDay = toText.trim() ? parseDay(toText) : null;
    const local = localProblem([
      ...(fromText.trim() && !fromDay ? [{ field: 'from', message: t('advisory.filters.dayInvalid') }] : []),
      ...(toText.trim() && !toDay ? [{ field: 'to', message: t('advisory.filters.dayInvalid') }] : []),
      ...(fromDay && toDay && toDay < fromDay ? [{ field: 'to', message: t('advisory.filters.reversed') }] : []),
    ]);
    setProblem(local);
    if (local) return;
    const next = new URLSearchParams();
    for (const name of ['team', 'kind', 'status']) {
      const value = String(form.get(name) ?? '');
      if (value) next.set(name, value);
    }
    if (fromDay) next.set('from', fromDay);
    if (toDay) next.set('to', toDay);
    setParams(next, { replace: true });
  };

  const showTeam = !forcedTeamId && programme.teams.length > 0;
  return (
    <section aria-labelledby="programme-activities">
      <h2 id="programme-activities">{t('advisory.activities.title')}</h2>
      <form className="advisory-filters" onSubmit={apply} noValidate aria-label={t('advisory.filters.label')}>
        <ErrorSummary problem={problem} idPrefix={FORM} labels={{ from: t('advisory.filters.from'), to: t('advisory.filters.to') }} />
        <div className="advisory-filters__fields">
          {showTeam && (
            <div className="field">
              <label className="field__label" htmlFor="filters-team">
                {t('advisory.filters.team')}
              </label>
              <select id="filters-team" name="team" defaultValue={teamId ?? ''}>
                <option value="">{t('advisory.filters.allTeams')}</option>
                {programme.teams.map((team) => (
                  <option key={team.id} value={team.id}>
                    {team.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label className="field__label" htmlFor="filters-kind">
              {t('advisory.filters.kind')}
            </label>
            <select id="filters-kind" name="kind" defaultValue={kind ?? ''}>
              <option value="">{t('advisory.filters.allKinds')}</option>
              {KINDS.map((value) => (
                <option key={value} value={value}>
                  {t(KIND_LABEL[value])}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="filters-status">
              {t('advisory.filters.status')}
            </label>
            <select id="filters-status" name="status" defaultValue={status ?? ''}>
              <option value="">{t('advisory.filters.allStatuses')}</option>
              {(['DRAFT', 'RECORDED'] as const).map((value) => (
                <option key={value} value={value}>
                  {t(STATUS_LABEL[value])}
                </option>
              ))}
            </select>
          </div>
          <TextField idPrefix={FORM} name="from" label={t('advisory.filters.from')} hint={t('advisory.dayHint')} inputMode="numeric" autoComplete="off" value={fromText} onChange={(e) => setFromText(e.target.value)} error={errorFor(problem, 'from')} />
          <TextField idPrefix={FORM} name="to" label={t('advisory.filters.to')} hint={t('advisory.dayHint')} inputMode="numeric" autoComplete="off" value={toText} onChange={(e) => setToText(e.target.value)} error={errorFor(problem, 'to')} />
        </div>
        <button type="submit" className="button">
          {t('advisory.filters.apply')}
        </button>
      </form>
      {error && (
        <p className="notice notice--warning" role="alert">
          {apiProblem(error, t).message}
        </p>
      )}
      {loading && !connection && <Loading />}
      {connection && (
        <>
          <p role="status" aria-live="polite">
            {t('advisory.activities.count', { n: connection.totalCount })}
          </p>
          {connection.edges.length === 0 ? (
            <EmptyState>{t('advisory.activities.empty')}</EmptyState>
          ) : (
            <ActivityTable activities={connection.edges.map((edge) => edge.node)} caption={t('advisory.activities.title')} showTeam={showTeam} />
          )}
          <ShowMore
            hasMore={connection.pageInfo.hasNextPage}
            onMore={() =>
              fetchMore({
                variables: { after: connection.pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({ ...previous, activities: appendPage(previous.activities, fetchMoreResult.activities) }),
              })
            }
          />
        </>
      )}
    </section>
  );
}
