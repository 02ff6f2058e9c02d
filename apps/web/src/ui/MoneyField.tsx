import { formatPln, isPln, type Pln, parsePln, PlnFormatError } from '@wspolnie/kernel';
import { type ReactNode, useId, useState } from 'react';
import { type Translate, useT } from '../i18n/I18n';
import { fieldId } from './field-errors';

/** Why a typed amount is refused, or null when it is an amount (or nothing was typed). */
export type MoneyProblem = 'ambiguous' | 'notAnAmount' | 'negative';

export interface MoneyReading {
  /** The canonical amount ("18450000.00"), or null when the text is empty or not an amount. */
  readonly value: Pln | null;
  readonly problem: MoneyProblem | null;
}

/**
 * Reads an amount the way people in Poland write it ("18 450 000,00", "1.234,50 zł", "1234,5")
 * with the kernel's parser: exact, no float on the way. Empty text is no amount and no problem.
 */
export function readMoney(text: string, { allowNegative = false } = {}): MoneyReading {
  if (!text.trim()) return { value: null, problem: null };
  try {
    const value = parsePln(text);
    if (!allowNegative && value.startsWith('-')) return { value: null, problem: 'negative' };
    return { value, problem: null };
  } catch (error) {
    if (error instanceof PlnFormatError) return { value: null, problem: error.reason };
    throw error;
  }
}

/** The field's text for an amount: Polish grouping and comma, without the currency (the label names it). */
export function moneyText(value: string | null): string {
  if (!value || !isPln(value)) return value ?? '';
  return formatPln(value).replace(/\s*zł$/, '');
}

export function moneyProblemMessage(problem: MoneyProblem, text: string, t: Translate): string {
  if (problem === 'ambiguous') return t('app.money.ambiguous', { text: text.trim() });
  if (problem === 'negative') return t('app.money.negative');
  return t('app.money.notAnAmount');
}

export interface MoneyFieldProps {
  /** The API's field path (`budget.totalCost`): the input's id, so an error summary can link to it. */
  readonly name: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  /** The canonical amount, or null for none. */
  readonly value: string | null;
  /** Called as the text changes, with the canonical amount (or null) and why the text is not one. */
  readonly onChange: (value: Pln | null, reading: MoneyReading & { text: string }) => void;
  /** The API's (or the form's) message for this field; shown instead of the field's own check. */
  readonly error?: string;
  readonly allowNegative?: boolean;
  readonly form?: string;
  readonly required?: boolean;
}

/**
 * An amount in złoty typed as text (inputmode="decimal", never type="number": no float, no
 * locale guessing by the browser). While focused it keeps what was typed; on blur it shows the
 * amount as the API has it, formatted the Polish way, or says why the text is not an amount.
 */
export function MoneyField({ name, label, hint, value, onChange, error, allowNegative = false, form, required }: MoneyFieldProps) {
  const { t } = useT();
  const id = fieldId(name, form);
  const hintId = useId();
  const errorId = useId();
  const [text, setText] = useState(() => moneyText(value));
  const [checked, setChecked] = useState(false);
  // A value set from outside (a reset, "take theirs") replaces the text; the value this field
  // itself passed up does not, so typing is never rewritten under the cursor.
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value !== readMoney(text, { allowNegative }).value) {
      setText(moneyText(value));
      setChecked(false);
    }
  }

  const reading = readMoney(text, { allowNegative });
  const ownError = checked && reading.problem ? moneyProblemMessage(reading.problem, text, t) : undefined;
  const shown = error ?? ownError;
  const describedBy = [hint ? hintId : null, shown ? errorId : null].filter(Boolean).join(' ') || undefined;

  return (
    <div className={`field${shown ? ' field--error' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint && (
        <div id={hintId} className="field__hint">
          {hint}
        </div>
      )}
      {shown && (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">{t('app.errorPrefix')} </span>
          {shown}
        </p>
      )}
      <input
        id={id}
        name={name}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        className="field__input field__input--money"
        value={text}
        required={required}
        aria-invalid={shown ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => {
          const next = event.target.value;
          const nextReading = readMoney(next, { allowNegative });
          setText(next);
          setSeen(nextReading.value);
          onChange(nextReading.value, { ...nextReading, text: next });
        }}
        onBlur={() => {
          setChecked(true);
          if (reading.value !== null) setText(moneyText(reading.value));
        }}
      />
    </div>
  );
}
