import { useLiveState } from '../app/providers';
import { useT } from '../i18n/I18n';

/** Whether live updates arrive, said politely to screen readers when it changes. */
export function LiveIndicator() {
  const { t } = useT();
  const state = useLiveState();
  const label = state === 'connected' ? t('app.live.connected') : state === 'reconnecting' ? t('app.live.disconnected') : t('app.live.connecting');
  return (
    <p className="live-indicator" data-state={state} role="status" aria-live="polite">
      {label}
    </p>
  );
}
