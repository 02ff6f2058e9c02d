import type { ReactNode } from 'react';
import { useT } from '../i18n/I18n';
import { apiProblem } from './field-errors';
import { PageHeading } from './PageHeading';

/**
 * A page that could not load (no access, not found, offline): one heading from the catalogue
 * (the API's words are a sentence under it, never the h1), the API's message, and a retry.
 */
export function PageFailure({ error, retry, title, children }: { error: unknown; retry?: () => unknown; title?: string; children?: ReactNode }) {
  const { t } = useT();
  const problem = apiProblem(error, t);
  const heading = title ?? (problem.code === 'NOT_FOUND' ? t('app.notFound.title') : t('app.error.title'));
  return (
    <div className="narrow">
      <PageHeading title={heading} hasError />
      <p className="notice notice--warning" role="alert">
        {problem.message}
      </p>
      {retry && (
        <p>
          <button type="button" className="button" onClick={() => void retry()}>
            {t('app.error.retry')}
          </button>
        </p>
      )}
      {children}
    </div>
  );
}
