import { useState } from 'react';
import { useT } from '../../i18n/I18n';

/** The address of the public registration form, to paste into an invitation. */
export function PublicLink({ activityId }: { activityId: string }) {
  const { t } = useT();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const url = `${window.location.origin}/rejestracja/${activityId}`;
  return (
    <div className="field advisory-public-link">
      <label className="field__label" htmlFor="public-link">
        {t('advisory.registrations.publicLink')}
      </label>
      <div className="field__hint" id="public-link-hint">
        {t('advisory.registrations.publicLinkHint')}
      </div>
      <div className="advisory-public-link__row">
        <input id="public-link" className="field__input" readOnly value={url} aria-describedby="public-link-hint" onFocus={(event) => event.currentTarget.select()} />
        <button
          type="button"
          className="button"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(url);
              setCopied('yes');
            } catch {
              setCopied('no');
            }
          }}
        >
          {t('advisory.registrations.copy')}
        </button>
      </div>
      <p role="status" aria-live="polite" className="advisory-sub">
        {copied === 'yes' ? t('advisory.registrations.copied') : copied === 'no' ? t('advisory.registrations.copyFailed') : ''}
      </p>
    </div>
  );
}
