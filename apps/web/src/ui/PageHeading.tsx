import { type ReactNode, useEffect, useRef } from 'react';
import { useT } from '../i18n/I18n';

/**
 * A page's one <h1>: sets the document title and takes focus when the page opens, so a screen
 * reader announces where a navigation landed. `hasError` prefixes the title ("Błąd: …").
 */
export function PageHeading({ title, hasError = false, children }: { title: string; hasError?: boolean; children?: ReactNode }) {
  const { t } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const full = t('app.titleSuffix', { title });
    document.title = hasError ? t('app.titleError', { title: full }) : full;
  }, [t, title, hasError]);
  useEffect(() => {
    heading.current?.focus({ preventScroll: false });
  }, [title]);
  return (
    <div className="page-heading">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </div>
  );
}
