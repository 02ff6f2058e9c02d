import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { GminaRegisterDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { apiProblem } from '../../ui/field-errors';
import { EmptyState, Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import { ShowMore } from '../../ui/ShowMore';
import { GminaTable } from './GminaTable';
import './gminas.css';
import { queryParams, readQuery, type RegisterQuery, toFilter } from './register-query';
import { RegisterSearch } from './RegisterSearch';

const PAGE = 50;

/** The public register: search and filters live in the address, so a search can be shared and survives a reload. */
export default function GminasPage() {
  const { t } = useT();
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => readQuery(params), [params]);
  const filter = useMemo(() => toFilter(query), [query]);
  const { data, previousData, loading, error, fetchMore } = useQuery(GminaRegisterDocument, { variables: { filter, first: PAGE } });
  // While a new search loads, the previous results stay (dimmed) instead of the table vanishing per keystroke.
  const shown = data ?? previousData;
  const connection = shown?.gminas;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const stale = loading && !data;

  const change = (next: RegisterQuery, options: { replace: boolean }) => setParams(queryParams(next), { replace: options.replace, preventScrollReset: true });

  return (
    <>
      <PageHeading title={t('gminas.title')} />
      <p>{t('gminas.intro')}</p>
      <RegisterSearch query={query} onChange={change} powiatName={query.powiat ? rows.find((row) => row.powiat.code === query.powiat)?.powiat.name : undefined} />
      <div className="gminas-results" aria-busy={loading || undefined}>
        <p className="gminas-results__count" role="status" aria-live="polite">
          {connection ? t('gminas.total', { n: connection.totalCount }) : ''}
        </p>
        {error && (
          <p className="notice notice--warning" role="alert">
            {apiProblem(error, t).message}
          </p>
        )}
        {!connection && loading && <Loading />}
        {connection && rows.length === 0 && !loading && <EmptyState>{t('gminas.empty')}</EmptyState>}
        {rows.length > 0 && (
          <div className={stale ? 'gminas-results__stale' : undefined}>
            <GminaTable rows={rows} powiatLink={(powiat) => `?${queryParams({ ...query, q: '', powiat, voivodeship: powiat.slice(0, 2) })}`} />
            {connection && connection.totalCount > rows.length && (
              <p className="gminas-results__shown">{t('gminas.shown', { shown: rows.length, total: connection.totalCount })}</p>
            )}
            {connection && !stale && <ShowMore hasMore={connection.pageInfo.hasNextPage} onMore={() => fetchMore({ variables: { after: connection.pageInfo.endCursor } })} />}
          </div>
        )}
      </div>
    </>
  );
}
