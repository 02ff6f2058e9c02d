import { useEffect, useId, useRef } from 'react';
import { useT } from '../i18n/I18n';
import { type ApiProblem, fieldId } from './field-errors';

/**
 * What went wrong with a submitted form, at its top (GOV.UK error summary): focused when it
 * appears, one link per field that moves to the field, and the rest as a sentence.
 */
export function ErrorSummary({ problem, labels = {}, idPrefix }: { problem: ApiProblem | null; labels?: Record<string, string>; /** The fields' idPrefix. */ idPrefix?: string }) {
  const { t } = useT();
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (problem) box.current?.focus();
  }, [problem]);
  if (!problem) return null;
  return (
    <div ref={box} className="error-summary" tabIndex={-1} aria-labelledby={titleId}>
      <div role="alert">
        <h2 id={titleId} className="error-summary__title">
          {t('app.errorSummary.title')}
        </h2>
        {problem.fields.length > 0 ? (
          <ul className="error-summary__list">
            {problem.fields.map((error) => (
              <li key={error.field}>
                <a
                  href={`#${fieldId(error.field, idPrefix)}`}
                  onClick={(event) => {
                    const input = document.getElementById(fieldId(error.field, idPrefix));
                    if (!input) return;
                    event.preventDefault();
                    (input.closest('.field') ?? input).scrollIntoView({ block: 'center' });
                    input.focus({ preventScroll: true });
                  }}
                >
                  {labels[error.field] ? `${labels[error.field]}: ${error.message}` : error.message}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p>{problem.message}</p>
        )}
      </div>
    </div>
  );
}
