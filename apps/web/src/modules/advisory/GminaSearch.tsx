import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { AdvisoryGminaSearchDocument, type AdvisoryGminaSearchQuery } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { TextField } from '../../ui/TextField';
import { GMINA_TYPE_LABEL } from './labels';

export type FoundGmina = AdvisoryGminaSearchQuery['gminas']['edges'][number]['node'];

/**
 * Finds a gmina of the public register by the start of its name and offers each found one as a
 * button (names repeat across Poland, so each says its type, powiat and voivodeship).
 */
export function GminaSearch({ name, label, hint, error, actionLabel, onChoose, exclude = [], idPrefix }: { name: string; label: string; hint?: string; error?: string; actionLabel: (gmina: FoundGmina) => string; onChoose: (gmina: FoundGmina) => void; exclude?: readonly string[]; idPrefix?: string }) {
  const { t } = useT();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text]);
  const { data, loading } = useQuery(AdvisoryGminaSearchDocument, { variables: { search }, skip: search.length < 2 });
  const found = search.length >= 2 ? (data?.gminas.edges.map((edge) => edge.node).filter((gmina) => !exclude.includes(gmina.terc)) ?? []) : [];
  return (
    <div className="advisory-gmina-search">
      <TextField idPrefix={idPrefix} name={name} type="search" label={label} hint={hint ?? t('advisory.gminaSearch.hint')} autoComplete="off" spellCheck={false} value={text} onChange={(event) => setText(event.target.value)} error={error} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {search.length >= 2 && !loading ? t('advisory.gminaSearch.found', { n: found.length }) : ''}
      </p>
      {found.length > 0 && (
        <ul className="advisory-gmina-search__results">
          {found.map((gmina) => (
            <li key={gmina.id}>
              <span>
                <strong lang="pl">{gmina.name}</strong>{' '}
                <span className="advisory-sub advisory-sub--inline">
                  {t('advisory.gminaSearch.where', { type: t(GMINA_TYPE_LABEL[gmina.type]), powiat: gmina.powiat.name, voivodeship: gmina.voivodeship.name, terc: gmina.terc })}
                </span>
              </span>
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  onChoose(gmina);
                  setText('');
                  setSearch('');
                }}
              >
                {actionLabel(gmina)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {search.length >= 2 && !loading && found.length === 0 && <p className="advisory-sub">{t('advisory.gminaSearch.none')}</p>}
    </div>
  );
}
