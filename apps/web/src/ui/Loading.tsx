import { useT } from '../i18n/I18n';

/** A wait, announced politely; shown in place of what is coming. */
export function Loading({ label }: { label?: string }) {
  const { t } = useT();
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="loading__spinner" aria-hidden="true" />
      {label ?? t('app.loading')}
    </p>
  );
}

export function EmptyState({ children }: { children: React.ReactNode }) {
  return <p className="empty-state">{children}</p>;
}
