import { type InputHTMLAttributes, type ReactNode, useId } from 'react';
import { useT } from '../i18n/I18n';
import { fieldId } from './field-errors';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'form'> {
  /** The API's field path (`members.0.gminaTerc`): the input's id, so an error summary can link to it. */
  readonly name: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: string;
  /**
   * Keeps this form's ids apart from another form's on the page (the same value goes to its
   * ErrorSummary). Only an id prefix: never the DOM `form` attribute, so the input stays in the
   * <form> around it (Enter submits, FormData has it).
   */
  readonly idPrefix?: string;
}

/**
 * A labelled input with its hint and error (GOV.UK pattern): the error starts with a hidden
 * "Błąd:" and both are tied to the input by aria-describedby.
 */
export function TextField({ name, label, hint, error, className, idPrefix, ...input }: TextFieldProps) {
  const { t } = useT();
  const id = fieldId(name, idPrefix);
  const hintId = useId();
  const errorId = useId();
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint && (
        <div id={hintId} className="field__hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">{t('app.errorPrefix')} </span>
          {error}
        </p>
      )}
      <input id={id} name={name} className={`field__input ${className ?? ''}`} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
    </div>
  );
}
