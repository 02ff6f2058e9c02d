import type { ApiProblem } from '../../ui/field-errors';
import { errorFor, fieldId } from '../../ui/field-errors';
import { useT } from '../../i18n/I18n';
import { TextField } from '../../ui/TextField';
import type { GminaDraft } from './activity-draft';
import { GminaSearch } from './GminaSearch';

interface Props {
  readonly gminas: readonly GminaDraft[];
  readonly onChange: (gminas: GminaDraft[]) => void;
  /** With an engagement: the gminas it supports, the only ones the activity may serve. */
  readonly allowed: readonly { terc: string; name: string }[] | null;
  readonly problem: ApiProblem | null;
}

const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/** The gminas an activity served, each in its own fieldset with how many of its people took part. */
export function GminaReach({ gminas, onChange, allowed, problem }: Props) {
  const { t } = useT();
  const add = (gmina: { terc: string; name: string }) => {
    if (gminas.some((entry) => entry.terc === gmina.terc)) return;
    onChange([...gminas, { terc: gmina.terc, name: gmina.name, participants: '0' }]);
    focusLater(fieldId(`gminas.${gminas.length}.participants`));
  };
  const remove = (index: number) => {
    onChange(gminas.filter((_, at) => at !== index));
    focusLater(gminas.length > 1 ? fieldId(`gminas.${Math.max(0, index - 1)}.participants`) : fieldId('gminas'));
  };
  const missing = allowed?.filter((gmina) => !gminas.some((entry) => entry.terc === gmina.terc)) ?? [];
  const groupError = errorFor(problem, 'gminas');
  return (
    <fieldset className={`advisory-reach${groupError ? ' field--error' : ''}`} aria-describedby={groupError ? 'gminas-error' : undefined}>
      <legend>{t('advisory.form.gminas')}</legend>
      <p className="field__hint">{t('advisory.form.gminasHint')}</p>
      {groupError && (
        <p id="gminas-error" className="field__error">
          <span className="visually-hidden">{t('app.errorPrefix')} </span>
          {groupError}
        </p>
      )}
      {gminas.length === 0 && <p className="advisory-sub">{t('advisory.form.gminasNone')}</p>}
      {gminas.map((gmina, index) => (
        <fieldset key={gmina.terc} className="advisory-reach__gmina">
          <legend lang="pl">{gmina.name}</legend>
          <div className="advisory-reach__row">
            <TextField
              name={`gminas.${index}.participants`}
              label={t('advisory.form.participants')}
              inputMode="numeric"
              autoComplete="off"
              className="advisory-input--short"
              value={gmina.participants}
              onChange={(event) => onChange(gminas.map((entry, at) => (at === index ? { ...entry, participants: event.target.value } : entry)))}
              error={errorFor(problem, `gminas.${index}.participants`) ?? errorFor(problem, `gminas.${index}.terc`)}
            />
            <button type="button" className="button button--quiet button--small" onClick={() => remove(index)}>
              {t('advisory.form.removeGmina', { gmina: gmina.name })}
            </button>
          </div>
        </fieldset>
      ))}
      {allowed ? (
        missing.length > 0 && (
          <div className="advisory-reach__allowed">
            <p id={fieldId('gminas')} tabIndex={-1} className="advisory-reach__allowed-title">
              {t('advisory.form.engagementGminas')}
            </p>
            <ul className="advisory-chips">
              {missing.map((gmina) => (
                <li key={gmina.terc}>
                  <button type="button" className="button button--small" onClick={() => add(gmina)}>
                    {t('advisory.form.addGmina', { gmina: gmina.name })}
                  </button>
                </li>
              ))}
            </ul>
            {missing.length > 1 && (
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => {
                  onChange([...gminas, ...missing.map((gmina) => ({ terc: gmina.terc, name: gmina.name, participants: '0' }))]);
                  focusLater(fieldId(`gminas.${gminas.length}.participants`));
                }}
              >
                {t('advisory.form.addAllGminas', { n: missing.length })}
              </button>
            )}
          </div>
        )
      ) : (
        <GminaSearch name="gminas" label={t('advisory.form.findGmina')} exclude={gminas.map((entry) => entry.terc)} actionLabel={(gmina) => t('advisory.form.addGmina', { gmina: gmina.name })} onChoose={add} />
      )}
    </fieldset>
  );
}
