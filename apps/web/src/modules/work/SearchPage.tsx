import { useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useShowPartnership } from '../../app/partnership-header';
import { WorkPartnershipDocument, WorkSearchDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { apiProblem, errorFor } from '../../ui/field-errors';
import { Loading } from '../../ui/Loading';
import { PageFailure } from '../../ui/PageFailure';
import { PageHeading } from '../../ui/PageHeading';
import { TextField } from '../../ui/TextField';
import { readerAccess, useRoleText } from '../projects/reader';
import { SearchHits } from './SearchHits';
import { searchWords } from './search-marks';
import './work.css';

/** As many hits as the API gives at most: a search is read best first, not paged. */
const HITS = 50;

/**
 * A partnership's search (`?q=` in the address, so it can be shared and the back button works):
 * ranked hits, projects and tasks told apart, the matched words marked, the count said politely,
 * and the API's refusal (too long, no letter) on the field.
 */
export default function SearchPage() {
  const { slug = '' } = useParams();
  const { t } = useT();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const includeArchived = params.get('archived') === '1';

  const context = useQuery(WorkPartnershipDocument, { variables: { slug } });
  const partnership = context.data?.partnership;
  const access = readerAccess(context.data?.me.partnershipRoles, partnership?.id);
  const roleText = useRoleText(access);
  useShowPartnership(partnership ? { name: partnership.name, slug: partnership.slug, role: roleText } : null);

  const asked = q.trim() !== '';
  const search = useQuery(WorkSearchDocument, {
    variables: { partnershipId: partnership?.id ?? '', text: q, first: HITS, includeArchived },
    skip: !partnership || !asked,
    fetchPolicy: 'network-only',
  });

  if (context.loading && !context.data) return <Loading />;
  if (!partnership) return <PageFailure error={context.error} retry={context.refetch} />;

  const problem = search.error ? apiProblem(search.error, t) : null;
  const fieldError = problem ? errorFor(problem, 'text') : undefined;
  const hits = search.data?.search ?? [];
  const onSearch = (text: string, archived: boolean) => {
    const next = new URLSearchParams({ q: text });
    if (archived) next.set('archived', '1');
    setParams(next);
    // The same search again reads anew (someone may have changed a title meanwhile).
    if (text === q && archived === includeArchived && asked) void search.refetch();
  };

  const status = !asked ? '' : search.loading ? t('work.search.searching') : problem ? '' : t('work.search.count', { n: hits.length, q: q.trim() });

  return (
    <div className="search-page">
      {/* One heading for every search, so focus stays in the field while the results change beneath it. */}
      <PageHeading title={t('work.search.title')} hasError={Boolean(fieldError)} />
      <SearchForm text={q} includeArchived={includeArchived} error={fieldError} onSearch={onSearch} />
      {!asked && <p>{t('work.search.prompt')}</p>}
      <p role="status" className="search-page__status">
        {status}
        {/* A refusal shown on the field is said here too: focus stays in the field, which does not announce it. */}
        {fieldError && <span className="visually-hidden">{`${t('app.errorPrefix')} ${fieldError}`}</span>}
      </p>
      {problem && !fieldError && (
        <p className="notice notice--warning" role="alert">
          {t('work.search.failed')} {problem.message}
        </p>
      )}
      {asked && !search.loading && !problem && (hits.length === 0 ? <p className="empty-state">{t('work.search.none')}</p> : <SearchHits hits={hits} words={searchWords(q)} limit={HITS} />)}
    </div>
  );
}

function SearchForm({ text, includeArchived, error, onSearch }: { text: string; includeArchived: boolean; error?: string; onSearch(text: string, includeArchived: boolean): void }) {
  const { t } = useT();
  const [draft, setDraft] = useState(text);
  const [archived, setArchived] = useState(includeArchived);
  // The address changed (back, forward, a link): the form shows what is searched now.
  const [searched, setSearched] = useState({ text, includeArchived });
  if (searched.text !== text || searched.includeArchived !== includeArchived) {
    setSearched({ text, includeArchived });
    setDraft(text);
    setArchived(includeArchived);
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(draft, archived);
  };
  return (
    <form role="search" aria-label={t('work.search.landmark')} className="search-page__form" onSubmit={onSubmit} noValidate>
      <TextField
        name="text"
        idPrefix="search"
        type="search"
        label={t('work.search.label')}
        hint={t('work.search.hint')}
        error={error}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        autoComplete="off"
      />
      <div className="search-page__options">
        <input id="search-archived" type="checkbox" checked={archived} onChange={(event) => setArchived(event.target.checked)} />
        <label htmlFor="search-archived">{t('work.search.includeArchived')}</label>
      </div>
      <button type="submit" className="button button--primary">
        {t('work.search.submit')}
      </button>
    </form>
  );
}
