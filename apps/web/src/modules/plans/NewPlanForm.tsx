import { useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { PlanKind, PlansCreatePlanDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorFor, fieldId } from '../../ui/field-errors';
import { TextField } from '../../ui/TextField';
import { localProblem, useFormSubmit } from '../../ui/use-form-submit';
import { SelectField, TextAreaField } from '../../ui/fields';

const KINDS = Object.values(PlanKind);
const FORM = 'new-plan';

/** A draft plan with its first revision: title, kind, the text, and a word on what it is. */
export function NewPlanForm({ partnershipId, onCancel }: { partnershipId: string; onCancel: () => void }) {
  const { t } = useT();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<PlanKind>('DEVELOPMENT_STRATEGY');
  const [markdown, setMarkdown] = useState('');
  const [summary, setSummary] = useState('');
  const [create] = useMutation(PlansCreatePlanDocument);
  // The button that opened the form is gone: the reader goes on in its first field.
  useEffect(() => document.getElementById(fieldId('title', FORM))?.focus(), []);
  const { problem, pending, run } = useFormSubmit(async () => {
    const { data } = await create({ variables: { input: { partnershipId, title: title.trim(), kind, markdown, summary: summary.trim() } } });
    if (data) navigate(`/plans/${data.createPlan.id}`);
  });
  const labels = { title: t('plans.new.titleLabel'), kind: t('plans.new.kindLabel'), markdown: t('plans.new.markdownLabel'), summary: t('plans.new.summaryLabel') };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run(
      localProblem([
        ...(title.trim() ? [] : [{ field: 'title', message: t('plans.new.titleMissing') }]),
        ...(markdown.trim() ? [] : [{ field: 'markdown', message: t('plans.new.markdownMissing') }]),
        ...(summary.trim() ? [] : [{ field: 'summary', message: t('plans.new.summaryMissing') }]),
      ]),
    );
  };

  return (
    <section className="card plans-new" aria-labelledby="new-plan-heading">
      <h2 id="new-plan-heading">{t('plans.new.title')}</h2>
      <ErrorSummary problem={problem} labels={labels} idPrefix={FORM} />
      <form onSubmit={onSubmit} noValidate>
        <TextField idPrefix={FORM} name="title" label={labels.title} value={title} onChange={(e) => setTitle(e.target.value)} error={errorFor(problem, 'title')} maxLength={200} />
        <SelectField idPrefix={FORM} name="kind" label={labels.kind} value={kind} onChange={(e) => setKind(e.target.value as PlanKind)} error={errorFor(problem, 'kind')}>
          {KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`plans.kind.${value}`)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          idPrefix={FORM}
          name="markdown"
          label={labels.markdown}
          hint={t('plans.new.markdownHint')}
          value={markdown}
          onChange={(e) => setMarkdown(e.target.value)}
          error={errorFor(problem, 'markdown')}
          rows={12}
          className="plan-source"
          spellCheck
        />
        <TextField
          idPrefix={FORM}
          name="summary"
          label={labels.summary}
          hint={t('plans.new.summaryHint')}
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
          error={errorFor(problem, 'summary')}
          maxLength={500}
        />
        <div className="button-row">
          <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
            {pending ? t('plans.new.submitting') : t('plans.new.submit')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('plans.new.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
