import { useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { PlansCommentOnPlanDocument, type PlansSectionFragment } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { type ApiProblem, errorFor } from '../../ui/field-errors';
import { TextField } from '../../ui/TextField';
import { localProblem, useFormSubmit } from '../../ui/use-form-submit';
import { findQuote } from './comment-text';
import { FormButtons, MentionPicker } from './CommentForm';
import { TextAreaField } from '../../ui/fields';
import { usePlanPage } from './plan-page-context';

/** The API names a quote's parts (quote.start, quote.text): here they are one field. */
function onFields(problem: ApiProblem | null): ApiProblem | null {
  if (!problem) return null;
  const fields = problem.fields.map((error) => (error.field.startsWith('quote') ? { ...error, field: 'quote' } : error));
  return { ...problem, fields: fields.filter((error, index) => fields.findIndex((other) => other.field === error.field) === index) };
}

/** Starts a thread on a section, optionally on a passage of it (the reader's selection, or pasted). */
export function NewThreadForm({ section, revisionId, selected, onDone }: { section: PlansSectionFragment; revisionId: string; selected: string; onDone: () => void }) {
  const { t } = useT();
  const { plan, refresh, announce } = usePlanPage();
  const form = `new-thread-${section.key}`;
  const [body, setBody] = useState('');
  const [quote, setQuote] = useState('');
  const [quoteHint, setQuoteHint] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);
  const [comment] = useMutation(PlansCommentOnPlanDocument);
  const {
    problem: raw,
    pending,
    run,
  } = useFormSubmit(async () => {
    const found = quote.trim() ? findQuote(section.body, quote) : null;
    await comment({ variables: { input: { planId: plan.id, revisionId, sectionKey: section.key, quote: found, body: body.trim() } } });
    await refresh();
    announce(t('plans.newThread.added'));
    onDone();
  });
  const problem = useMemo(() => onFields(raw), [raw]);
  const labels = { body: t('plans.newThread.body'), quote: t('plans.newThread.quote') };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQuoteHint(null);
    void run(
      localProblem([
        ...(body.trim() ? [] : [{ field: 'body', message: t('plans.comment.bodyMissing') }]),
        ...(quote.trim() && !findQuote(section.body, quote) ? [{ field: 'quote', message: t('plans.newThread.quoteNotFound') }] : []),
      ]),
    );
  };

  const quoteSelection = () => {
    if (selected.trim()) {
      setQuote(selected.trim());
      setQuoteHint(null);
    } else {
      setQuoteHint(t('plans.newThread.noSelection'));
    }
  };

  return (
    <form className="plan-form card" onSubmit={submit} noValidate aria-label={t('plans.newThread.title')}>
      <ErrorSummary problem={problem} labels={labels} idPrefix={form} />
      <TextAreaField
        ref={area}
        idPrefix={form}
        name="body"
        label={labels.body}
        hint={t('plans.newThread.bodyHint')}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        error={errorFor(problem, 'body')}
        rows={4}
        maxLength={5000}
      />
      <MentionPicker idPrefix={form} area={area} onInsert={setBody} />
      <TextField idPrefix={form} name="quote" label={labels.quote} hint={t('plans.newThread.quoteHint')} value={quote} onChange={(e) => setQuote(e.target.value)} error={errorFor(problem, 'quote')} />
      <div className="button-row button-row--tight">
        <button type="button" className="button button--small" onClick={quoteSelection}>
          {t('plans.newThread.useSelection')}
        </button>
        <span role="status" className="plan-muted">
          {quoteHint}
        </span>
      </div>
      <FormButtons pending={pending} submitLabel={t('plans.newThread.submit')} onCancel={onDone} />
    </form>
  );
}
