import { useState } from 'react';
import { useT } from '../i18n/I18n';

/**
 * "Pokaż więcej" under a list that pages through a connection. Never disabled: while the next
 * page loads it says so and is aria-disabled, and a second press does nothing.
 * `bare` leaves out the paragraph around it (for a button inside a sentence).
 */
export function ShowMore({ hasMore, onMore, small = false, bare = false }: { hasMore: boolean; onMore: () => Promise<unknown>; small?: boolean; bare?: boolean }) {
  const { t } = useT();
  const [pending, setPending] = useState(false);
  if (!hasMore) return null;
  const button = (
    <button
      type="button"
      className={`button${small ? ' button--small' : ''}`}
      aria-disabled={pending || undefined}
      onClick={async () => {
        if (pending) return;
        setPending(true);
        try {
          await onMore();
        } finally {
          setPending(false);
        }
      }}
    >
      {pending ? t('app.showMoreLoading') : t('app.showMore')}
    </button>
  );
  return bare ? button : <p>{button}</p>;
}
