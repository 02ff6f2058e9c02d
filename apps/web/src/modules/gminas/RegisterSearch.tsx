import { useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useEffectEvent, useState } from 'react';
import { RegisterVoivodeshipsDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import type { MessageId } from '../../i18n/messages';
import { fieldId } from '../../ui/field-errors';
import { TextField } from '../../ui/TextField';
import { GMINA_TYPES, type RegisterQuery, SEARCH_MAX } from './register-query';

/** Long enough for a word typed at an ordinary pace, short enough to feel immediate. */
const DEBOUNCE_MS = 350;

interface Props {
  readonly query: RegisterQuery;
  /** `replace`: a step of typing, not worth a history entry of its own. */
  onChange(next: RegisterQuery, options: { replace: boolean }): void;
  /** The name of the powiat filtered by, once the results show it. */
  readonly powiatName?: string;
}

/** Search as you type (debounced) or with the button, and the filters; all of it kept in the address. */
export function RegisterSearch({ query, onChange, powiatName }: Props) {
  const { t, collator } = useT();
  const [draft, setDraft] = useState(query.q);
  // The address changed under us (back, a shared link, "clear"): the box follows it.
  const [seen, setSeen] = useState(query.q);
  if (seen !== query.q) {
    setSeen(query.q);
    if (draft.trim() !== query.q) setDraft(query.q);
  }

  const commitTyping = useEffectEvent((q: string) => onChange({ ...query, q }, { replace: true }));
  useEffect(() => {
    if (draft.trim() === query.q) return;
    const timer = setTimeout(() => commitTyping(draft), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, query.q]);

  const { data } = useQuery(RegisterVoivodeshipsDocument);
  const voivodeships = [...(data?.voivodeships ?? [])].sort((a, b) => collator.compare(a.name, b.name));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...query, q: draft }, { replace: false });
  };
  const anything = Boolean(query.q || query.voivodeship || query.powiat || query.type);

  return (
    <form role="search" className="gminas-search" onSubmit={submit} aria-label={t('gminas.search.region')}>
      <div className="gminas-search__box">
        <TextField
          name="search"
          type="search"
          label={t('gminas.search.label')}
          hint={t('gminas.search.hint')}
          value={draft}
          maxLength={SEARCH_MAX}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" className="button button--primary">
          {t('gminas.search.submit')}
        </button>
      </div>
      <fieldset className="gminas-search__filters">
        <legend>{t('gminas.filters.legend')}</legend>
        <div className="field">
          <label className="field__label" htmlFor={fieldId('voivodeshipCode')}>
            {t('gminas.filters.voivodeship')}
          </label>
          <select
            id={fieldId('voivodeshipCode')}
            value={query.voivodeship}
            onChange={(event) => onChange({ ...query, voivodeship: event.target.value, powiat: query.powiat.startsWith(event.target.value) ? query.powiat : '' }, { replace: false })}
          >
            <option value="">{t('gminas.filters.any')}</option>
            {voivodeships.map((voivodeship) => (
              <option key={voivodeship.code} value={voivodeship.code}>
                {voivodeship.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={fieldId('type')}>
            {t('gminas.filters.type')}
          </label>
          <select id={fieldId('type')} value={query.type} onChange={(event) => onChange({ ...query, type: event.target.value as RegisterQuery['type'] }, { replace: false })}>
            <option value="">{t('gminas.filters.any')}</option>
            {GMINA_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`gminas.type.${type}` as MessageId)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      {anything && (
        <div className="button-row gminas-search__active">
          {query.powiat && (
            <>
              <span className="gminas-search__chip">{t('gminas.filters.powiat', { name: powiatName ?? query.powiat })}</span>
              <button type="button" className="button button--quiet button--small" onClick={() => onChange({ ...query, powiat: '' }, { replace: false })}>
                {t('gminas.filters.clearPowiat')}
              </button>
            </>
          )}
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => {
              setDraft('');
              onChange({ q: '', voivodeship: '', powiat: '', type: '' }, { replace: false });
            }}
          >
            {t('gminas.filters.clearAll')}
          </button>
        </div>
      )}
    </form>
  );
}
