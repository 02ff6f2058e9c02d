import { useEffect, useId, useRef } from 'react';
import { useT } from '../i18n/I18n';
import './ConflictPanel.css';

/** A field both sides changed: how it reads now (theirs) and in the reader's draft (yours). */
export interface ConflictField {
  /** The API's field name (`title`); the key of the draft handed to onKeepMine. */
  readonly name: string;
  readonly label: string;
  /** As the reader should read it (a name, a formatted day); empty shows "(puste)". */
  readonly theirs: string;
  readonly yours: string;
  /** The draft's value to send, when it is not the text shown (an id, an ISO day). */
  readonly yourValue?: unknown;
}

export interface ConflictPanelProps {
  readonly fields: readonly ConflictField[];
  /** Resend the draft on top of their version. */
  onKeepMine(draft: Record<string, unknown>): void;
  /** Drop the draft and take the version stored now. */
  onTakeTheirs(): void;
  /** Close the panel and go on editing the draft. */
  onEdit(): void;
  /** Labels of fields they changed and the draft did not: kept whatever is chosen. */
  readonly kept?: readonly string[];
  readonly headingLevel?: 2 | 3 | 4;
  readonly pending?: boolean;
}

/**
 * A stale save (CONFLICT), answered without losing either change: both versions side by side,
 * focused when it appears so the reader hears it, and three ways on.
 */
export function ConflictPanel({ fields, onKeepMine, onTakeTheirs, onEdit, kept = [], headingLevel = 2, pending = false }: ConflictPanelProps) {
  const { t } = useT();
  const panel = useRef<HTMLElement>(null);
  const headingId = useId();
  useEffect(() => {
    panel.current?.focus();
  }, []);
  const Heading = `h${headingLevel}` as 'h2';
  const Label = `h${headingLevel + 1}` as 'h3';
  const shown = (text: string) => (text.trim() ? text : t('app.conflict.empty'));
  const draft = () => Object.fromEntries(fields.map((field) => [field.name, field.yourValue === undefined ? field.yours : field.yourValue]));

  return (
    <section ref={panel} className="conflict-panel" aria-labelledby={headingId} tabIndex={-1}>
      <Heading id={headingId} className="conflict-panel__title">
        {t('app.conflict.title')}
      </Heading>
      <p>{t('app.conflict.intro')}</p>
      <ul className="conflict-panel__fields">
        {fields.map((field) => (
          <li key={field.name} className="conflict-panel__field">
            <Label className="conflict-panel__label">{field.label}</Label>
            <dl>
              <div className="conflict-panel__version conflict-panel__version--theirs">
                <dt>{t('app.conflict.theirs')}</dt>
                <dd>{shown(field.theirs)}</dd>
              </div>
              <div className="conflict-panel__version conflict-panel__version--yours">
                <dt>{t('app.conflict.yours')}</dt>
                <dd>{shown(field.yours)}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
      {kept.length > 0 && <p>{t('app.conflict.kept', { fields: kept.join(', ') })}</p>}
      <div className="button-row">
        <button type="button" className="button button--primary" aria-disabled={pending || undefined} onClick={() => !pending && onKeepMine(draft())}>
          {t('app.conflict.keepMine')}
        </button>
        <button type="button" className="button" onClick={onTakeTheirs}>
          {t('app.conflict.takeTheirs')}
        </button>
        <button type="button" className="button button--quiet" onClick={onEdit}>
          {t('app.conflict.edit')}
        </button>
      </div>
    </section>
  );
}
