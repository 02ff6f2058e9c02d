import { useT } from '../../i18n/I18n';
import { type ApiProblem, errorFor, fieldId } from '../../ui/field-errors';
import { LIMITS } from './activity-draft';
import { TextAreaField } from '../../ui/fields';

/** Work the activity left to do, written down as it is recorded; each can become a task later. */
export function FollowUpDrafts({ followUps, onChange, problem }: { followUps: readonly string[]; onChange: (followUps: string[]) => void; problem: ApiProblem | null }) {
  const { t } = useT();
  return (
    <fieldset>
      <legend>{t('advisory.followUps.title')}</legend>
      <p className="field__hint">{t('advisory.followUps.draftHint')}</p>
      {followUps.map((text, index) => (
        <div key={index} className="advisory-followup-draft">
          <TextAreaField
            name={`followUps.${index}`}
            label={t('advisory.followUps.item', { n: index + 1 })}
            rows={2}
            value={text}
            onChange={(event) => onChange(followUps.map((entry, at) => (at === index ? event.target.value : entry)))}
            error={errorFor(problem, `followUps.${index}`)}
          />
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => {
              onChange(followUps.filter((_, at) => at !== index));
              requestAnimationFrame(() => document.getElementById('followups-add')?.focus());
            }}
          >
            {t('advisory.followUps.remove', { n: index + 1 })}
          </button>
        </div>
      ))}
      {followUps.length < LIMITS.followUps && (
        <button
          id="followups-add"
          type="button"
          className="button button--small"
          onClick={() => {
            onChange([...followUps, '']);
            requestAnimationFrame(() => document.getElementById(fieldId(`followUps.${followUps.length}`))?.focus());
          }}
        >
          {t('advisory.followUps.add')}
        </button>
      )}
    </fieldset>
  );
}
