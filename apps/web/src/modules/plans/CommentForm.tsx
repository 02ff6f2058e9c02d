import { type FormEvent, type ReactNode, type RefObject, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/I18n';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorFor } from '../../ui/field-errors';
import { localProblem, useFormSubmit } from '../../ui/use-form-submit';
import { mentionToken } from './comment-text';
import { TextAreaField } from '../../ui/fields';
import { usePlanPage } from './plan-page-context';

export interface CommentFormProps {
  /** Keeps this form's field ids apart from the other forms on the page. */
  readonly idPrefix: string;
  /** The API's name for the text (body, note). */
  readonly field?: string;
  readonly label: string;
  readonly hint?: string;
  /** What to say when it is sent empty; an optional text is sent as it is. */
  readonly missing?: string;
  readonly optional?: boolean;
  readonly submitLabel: string;
  readonly initial?: string;
  readonly mentions?: boolean;
  readonly maxLength?: number;
  /** Sends the text; an API refusal it throws is shown in the form, the text kept. */
  onSubmit(text: string): Promise<void>;
  onCancel(): void;
}

/** One text to send (a reply, an edit, a decision), with its errors and, for comments, mentions. */
export function CommentForm({ idPrefix, field = 'body', label, hint, missing, optional = false, submitLabel, initial = '', mentions = false, maxLength = 5000, onSubmit, onCancel }: CommentFormProps) {
  const { t } = useT();
  const [text, setText] = useState(initial);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);
  const { problem, pending, run } = useFormSubmit(() => onSubmit(text.trim()));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(optional || text.trim() ? null : localProblem([{ field, message: missing ?? t('plans.comment.bodyMissing') }]));
  };

  return (
    <form className="plan-form" onSubmit={submit} noValidate>
      <ErrorSummary problem={problem} labels={{ [field]: label }} idPrefix={idPrefix} />
      <TextAreaField
        ref={area}
        idPrefix={idPrefix}
        name={field}
        label={label}
        hint={hint ?? (mentions ? t('plans.newThread.bodyHint') : undefined)}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={errorFor(problem, field)}
        rows={4}
        maxLength={maxLength}
      />
      {mentions && <MentionPicker idPrefix={idPrefix} area={area} onInsert={setText} />}
      <FormButtons pending={pending} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}

export function FormButtons({ pending, submitLabel, onCancel, children }: { pending: boolean; submitLabel: string; onCancel: () => void; children?: ReactNode }) {
  const { t } = useT();
  return (
    <div className="button-row button-row--tight">
      <button type="submit" className="button button--primary button--small" aria-disabled={pending || undefined}>
        {pending ? t('plans.thread.sending') : submitLabel}
      </button>
      <button type="button" className="button button--small" onClick={onCancel}>
        {t('plans.thread.cancel')}
      </button>
      {children}
    </div>
  );
}

/** Inserts @[Name](id) for someone of the partnership where the cursor is in the text. */
export function MentionPicker({ idPrefix, area, onInsert }: { idPrefix: string; area: RefObject<HTMLTextAreaElement | null>; onInsert: (text: string) => void }) {
  const { t, collator } = useT();
  const { people, reader } = usePlanPage();
  const [chosen, setChosen] = useState('');
  const id = useId();
  const others = people.filter((person) => person.userId !== reader.userId).sort((a, b) => collator.compare(a.name, b.name));
  if (others.length === 0) return null;

  const insert = () => {
    const person = others.find((candidate) => candidate.userId === chosen);
    const box = area.current;
    if (!person || !box) return;
    const token = mentionToken(person.name, person.userId);
    const at = box.selectionStart ?? box.value.length;
    const before = box.value.slice(0, at);
    const spaced = `${before && !/\s$/.test(before) ? ' ' : ''}${token} `;
    const next = before + spaced + box.value.slice(box.selectionEnd ?? at);
    onInsert(next);
    requestAnimationFrame(() => {
      box.focus();
      box.setSelectionRange(at + spaced.length, at + spaced.length);
    });
  };

  return (
    <div className="plan-mention">
      <label htmlFor={`${idPrefix}-${id}`} className="field__label">
        {t('plans.mention.label')}
      </label>
      <div className="plan-mention__row">
        <select id={`${idPrefix}-${id}`} value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">{t('plans.mention.choose')}</option>
          {others.map((person) => (
            <option key={person.userId} value={person.userId}>
              {person.name}
            </option>
          ))}
        </select>
        <button type="button" className="button button--small" onClick={insert}>
          {t('plans.mention.insert')}
        </button>
      </div>
    </div>
  );
}
