import { type ReactNode, type Ref, type SelectHTMLAttributes, type TextareaHTMLAttributes, useId } from 'react';
import { useT } from '../i18n/I18n';
import { fieldId } from './field-errors';
import './fields.css';

// The rest of the form controls, framed exactly as TextField: label, hint, error (starting with
// a hidden "Błąd:"), tied to the control by aria-describedby; the API's field path gives the id.

interface Framed {
  /** The API's field path: gives the control its id, so an error summary can link to it. */
  readonly name: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: string;
  /**
   * Keeps this form's ids apart from another form's on the page (the same value goes to its
   * ErrorSummary). Only an id prefix: never the DOM `form` attribute, so the control stays in
   * the <form> around it (Enter submits, FormData has it).
   */
  readonly idPrefix?: string;
}

function useFrame({ name, hint, error, idPrefix }: Pick<Framed, 'name' | 'hint' | 'error' | 'idPrefix'>) {
  const hintId = useId();
  const errorId = useId();
  return {
    id: fieldId(name, idPrefix),
    hintId,
    errorId,
    describedBy: [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined,
  };
}

/** The hint and the error of a field, in GOV.UK order (after the label or legend, before the control). */
function HintAndError({ hint, error, hintId, errorId }: { hint?: ReactNode; error?: string; hintId: string; errorId: string }) {
  const { t } = useT();
  return (
    <>
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
    </>
  );
}

function Frame({ frame, label, hint, error, children }: { frame: ReturnType<typeof useFrame>; label: ReactNode; hint?: ReactNode; error?: string; children: ReactNode }) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={frame.id} className="field__label">
        {label}
      </label>
      <HintAndError hint={hint} error={error} hintId={frame.hintId} errorId={frame.errorId} />
      {children}
    </div>
  );
}

/** A labelled select. */
export function SelectField({
  name,
  label,
  hint,
  error,
  idPrefix,
  children,
  ref,
  ...select
}: Framed & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'name' | 'form'> & { ref?: Ref<HTMLSelectElement> }) {
  const frame = useFrame({ name, hint, error, idPrefix });
  return (
    <Frame frame={frame} label={label} hint={hint} error={error}>
      <select ref={ref} id={frame.id} name={name} aria-invalid={error ? true : undefined} aria-describedby={frame.describedBy} {...select}>
        {children}
      </select>
    </Frame>
  );
}

/** A labelled multi-line text. */
export function TextAreaField({
  name,
  label,
  hint,
  error,
  idPrefix,
  ref,
  ...area
}: Framed & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name' | 'form'> & { ref?: Ref<HTMLTextAreaElement> }) {
  const frame = useFrame({ name, hint, error, idPrefix });
  return (
    <Frame frame={frame} label={label} hint={hint} error={error}>
      <textarea ref={ref} id={frame.id} name={name} aria-invalid={error ? true : undefined} aria-describedby={frame.describedBy} {...area} />
    </Frame>
  );
}

/**
 * Radios in a fieldset whose legend is the question (GOV.UK); the first radio carries the
 * field's id, so an error summary's link lands on the group.
 */
export function RadioGroup<V extends string>({
  name,
  legend,
  hint,
  error,
  options,
  value,
  onChange,
  idPrefix,
}: Omit<Framed, 'label'> & { legend: ReactNode; options: readonly { value: V; label: string }[]; value: V | ''; onChange: (value: V) => void }) {
  const frame = useFrame({ name, hint, error, idPrefix });
  const { id } = frame;
  return (
    <fieldset className={`radios${error ? ' field--error' : ''}`} aria-describedby={frame.describedBy}>
      <legend>{legend}</legend>
      <HintAndError hint={hint} error={error} hintId={frame.hintId} errorId={frame.errorId} />
      <div className="radios__options">
        {options.map((option, index) => (
          <div key={option.value} className="radios__option">
            <input type="radio" id={index === 0 ? id : `${id}-${option.value}`} name={`${idPrefix ?? ''}${name}`} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
            <label htmlFor={index === 0 ? id : `${id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
