import { useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useSessionStore } from '../../app/providers';
import { useT } from '../../i18n/I18n';
import { DownloadError, downloadWithToken } from '../../ui/download';
import { apiProblem } from '../../ui/field-errors';
import { SelectField } from '../../ui/fields';
import { EmptyState, Loading } from '../../ui/Loading';
import { PageFailure } from '../../ui/PageFailure';
import { PageHeading } from '../../ui/PageHeading';
import { ShowMore } from '../../ui/ShowMore';
import { TableScroll } from '../../ui/TableScroll';
import { ballotsByChoice, resolutionLabel, resultSentence } from './council-text';
import { CouncilResolutionsDocument, CouncilResolutionYearsDocument, type CouncilResolutionRowFragment } from './graphql.generated';
import { useCouncilContext } from './use-council-context';
import './council.css';

const PAGE = 50;

/** The register of resolutions: by year (in the address, so a year can be linked), the table, the CSV. */
export default function ResolutionsPage() {
  const { t } = useT();
  const { slug = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { partnership, error, loading, refetch } = useCouncilContext({ slug });
  // From the network too: a year's first resolution, adopted since the list was cached, shows up.
  const years = useQuery(CouncilResolutionYearsDocument, { variables: { partnershipId: partnership?.id ?? '' }, skip: !partnership, fetchPolicy: 'cache-and-network' });
  const yearParam = params.get('year');
  const year = yearParam && /^\d{4}$/.test(yearParam) ? Number(yearParam) : null;
  const list = useQuery(CouncilResolutionsDocument, { variables: { partnershipId: partnership?.id ?? '', year, first: PAGE }, skip: !partnership, fetchPolicy: 'cache-and-network' });

  if (error) return <PageFailure error={error} retry={refetch} />;
  if (loading || !partnership) return <Loading />;
  const resolutions = list.data?.resolutions;

  return (
    <div className="council">
      <PageHeading title={t('council.register.title')} />
      <p>{t('council.register.intro')}</p>
      <nav aria-label={t('council.page.sections')} className="council-links">
        <ul>
          <li>
            <Link to={`/partnerships/${partnership.slug}/council`}>{t('council.meeting.backToCouncil')}</Link>
          </li>
        </ul>
      </nav>
      <YearFilter shown={yearParam ?? ''} years={years.data?.resolutionYears ?? []} onShow={(chosen) => setParams(chosen ? { year: chosen } : {})} />
      <CsvDownload partnershipId={partnership.id} year={year} />
      {list.error && !resolutions && (
        <p className="notice notice--warning" role="alert">
          {apiProblem(list.error, t).message}
        </p>
      )}
      {!resolutions && !list.error && <Loading />}
      {resolutions && (
        <section aria-labelledby="register-heading">
          <h2 id="register-heading">
            {year ? `${year}: ` : ''}
            {t('council.register.count', { n: resolutions.totalCount })}
          </h2>
          {resolutions.edges.length === 0 ? <EmptyState>{t('council.register.empty')}</EmptyState> : <RegisterTable rows={resolutions.edges.map((edge) => edge.node)} />}
          <ShowMore
            hasMore={resolutions.pageInfo.hasNextPage}
            onMore={() =>
              list.fetchMore({
                variables: { after: resolutions.pageInfo.endCursor },
                // Query.resolutions has no field policy: the pages are joined here.
                updateQuery: (previous, { fetchMoreResult }) => ({
                  ...previous,
                  resolutions: { ...fetchMoreResult.resolutions, edges: [...(previous.resolutions?.edges ?? []), ...fetchMoreResult.resolutions.edges] },
                }),
              })
            }
          />
        </section>
      )}
    </div>
  );
}

/** The year to show, chosen and then sent (the address changes, so a year can be linked). */
function YearFilter({ shown, years, onShow }: { shown: string; years: readonly number[]; onShow: (year: string) => void }) {
  const { t } = useT();
  const [chosen, setChosen] = useState(shown);
  // Back and forward change the address's year: the choice follows it (set while rendering, as React advises for state that follows a prop).
  const [following, setFollowing] = useState(shown);
  if (following !== shown) {
    setFollowing(shown);
    setChosen(shown);
  }
  const show = (event: FormEvent) => {
    event.preventDefault();
    onShow(chosen);
  };
  return (
    <form className="council-filter" onSubmit={show}>
      <SelectField name="year" label={t('council.register.year')} value={chosen} onChange={(event) => setChosen(event.target.value)}>
        <option value="">{t('council.register.allYears')}</option>
        {years.map((value) => (
          <option key={value} value={String(value)}>
            {value}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button">
        {t('council.register.show')}
      </button>
    </form>
  );
}

function RegisterTable({ rows }: { rows: readonly CouncilResolutionRowFragment[] }) {
  const { t, day, collator } = useT();
  return (
    <TableScroll labelledBy="register-caption">
      <table className="council-register">
        <caption id="register-caption">{t('council.register.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('council.register.number')}</th>
            <th scope="col">{t('council.register.date')}</th>
            <th scope="col">{t('council.register.subject')}</th>
            <th scope="col">{t('council.register.decision')}</th>
            <th scope="col">{t('council.register.result')}</th>
            <th scope="col">{t('council.register.meeting')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="nowrap">
                {resolutionLabel(t, row.number)}
              </th>
              <td className="nowrap">{day(row.adoptedOn)}</td>
              <td>{row.title}</td>
              <td>{row.decisionSummary}</td>
              <td>
                {resultSentence(t, row.vote.result, row.vote.tally)}
                {row.vote.ballots.length > 0 && <span className="council-register__ballots">{ballotsByChoice(t, row.vote.ballots, collator)}</span>}
              </td>
              <td className="nowrap">
                <Link to={`/meetings/${row.meeting.id}`} aria-label={`${t('council.meeting.heading', { number: row.meeting.number, title: row.meeting.title })}`}>
                  {t('council.register.meetingLink', { number: row.meeting.number })}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function CsvDownload({ partnershipId, year }: { partnershipId: string; year: number | null }) {
  const { t, locale } = useT();
  const session = useSessionStore();
  const [state, setState] = useState({ pending: false, message: '', failed: false });
  const download = async () => {
    if (state.pending) return;
    setState({ pending: true, message: '', failed: false });
    try {
      const url = `/council/${partnershipId}/resolutions.csv${year ? `?year=${year}` : ''}`;
      const name = await downloadWithToken({ url, accessToken: () => session.accessToken(), language: locale, fallbackName: `uchwaly${year ? `-${year}` : ''}.csv`, t });
      setState({ pending: false, message: t('council.register.downloaded', { name }), failed: false });
    } catch (error) {
      setState({ pending: false, message: error instanceof DownloadError ? error.message : apiProblem(error, t).message, failed: true });
    }
  };
  return (
    <div className="council-download">
      <button type="button" className="button" aria-disabled={state.pending || undefined} onClick={() => void download()}>
        {state.pending ? t('council.register.downloading') : t('council.register.csv')}
      </button>
      <p role="status" className={state.failed ? 'field__error' : 'council-muted'}>
        {state.message}
      </p>
    </div>
  );
}
