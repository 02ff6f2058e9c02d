import { useT } from '../../i18n/I18n';
import { fieldId } from '../../ui/field-errors';
import { type FoundGmina, GminaSearch } from './GminaSearch';
import { GMINA_TYPE_LABEL } from './labels';

/** One gmina chosen from the register (the one someone registers on behalf of), or the search for it. */
export function GminaChoice({ name, idPrefix, label, chosen, onChange, error }: { name: string; idPrefix?: string; label: string; chosen: FoundGmina | null; onChange: (gmina: FoundGmina | null) => void; error?: string }) {
  const { t } = useT();
  const changeId = `${fieldId(name, idPrefix)}-change`;
  if (!chosen) {
    return (
      <GminaSearch
        idPrefix={idPrefix}
        name={name}
        label={label}
        error={error}
        actionLabel={(gmina) => t('advisory.gminaChoice.choose', { gmina: gmina.name })}
        onChoose={(gmina) => {
          onChange(gmina);
          requestAnimationFrame(() => document.getElementById(changeId)?.focus());
        }}
      />
    );
  }
  return (
    <div className="field">
      <p className="field__label">{label}</p>
      <p className="advisory-chosen" role="status">
        <strong lang="pl">{chosen.name}</strong>{' '}
        <span className="advisory-sub advisory-sub--inline">
          {t('advisory.gminaSearch.where', { type: t(GMINA_TYPE_LABEL[chosen.type]), powiat: chosen.powiat.name, voivodeship: chosen.voivodeship.name, terc: chosen.terc })}
        </span>
      </p>
      <button
        id={changeId}
        type="button"
        className="button button--quiet button--small"
        onClick={() => {
          onChange(null);
          requestAnimationFrame(() => document.getElementById(fieldId(name, idPrefix))?.focus());
        }}
      >
        {t('advisory.gminaChoice.change')}
      </button>
    </div>
  );
}
