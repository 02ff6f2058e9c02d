import { type FormEvent, useId, useState } from 'react';
import { useMatch, useNavigate } from 'react-router';
import { useT } from '../../i18n/I18n';
import './search-form.css';

/** Where a partnership's search lives: `/partnerships/:slug/search?q=…` (and `&archived=1`). */
export function searchPath(slug: string, text: string, includeArchived = false): string {
  const params = new URLSearchParams({ q: text });
  if (includeArchived) params.set('archived', '1');
  return `/partnerships/${slug}/search?${params.toString()}`;
}

/**
 * The search box in the partnership banner: on every page inside a partnership (its pipeline,
 * projects, boards, plans, council), beside the partnership's name, so what it searches is the
 * partnership the reader sees they are in. The search page has its own form, so it is not shown there.
 */
export function PartnershipSearchForm({ slug }: { slug: string }) {
  const { t } = useT();
  const navigate = useNavigate();
  const onSearchPage = useMatch('/partnerships/:slug/search');
  const [text, setText] = useState('');
  const id = useId();
  if (onSearchPage) return null;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    navigate(searchPath(slug, text));
  };
  return (
    <form role="search" aria-label={t('work.search.landmark')} className="banner-search" onSubmit={onSubmit}>
      <label htmlFor={id} className="banner-search__label">
        {t('work.search.label')}
      </label>
      <input id={id} type="search" name="q" className="banner-search__input" value={text} onChange={(event) => setText(event.target.value)} autoComplete="off" />
      <button type="submit" className="button button--small banner-search__submit">
        {t('work.search.submit')}
      </button>
    </form>
  );
}
