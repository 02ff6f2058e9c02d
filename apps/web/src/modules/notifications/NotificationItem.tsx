import { forwardRef, useId } from 'react';
import { Link } from 'react-router';
import { type NotificationItemFragment } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { targetOf } from './notification-target';

interface Props {
  readonly notification: NotificationItemFragment;
  readonly marking: boolean;
  onMarkRead(): void;
}

/** One notification: its sentence, when, whether it is new (in words, not only by colour), and what to do. */
export const NotificationItem = forwardRef<HTMLLIElement, Props>(function NotificationItem({ notification, marking, onMarkRead }, ref) {
  const { t, moment } = useT();
  const textId = useId();
  const unread = !notification.readAt;
  const target = targetOf(notification, t);
  return (
    <li ref={ref} tabIndex={-1} className={`notification${unread ? ' notification--unread' : ''}`}>
      <p className="notification__meta">
        {notification.readAt ? (
          <span className="visually-hidden">{t('notifications.read', { when: moment(notification.readAt, true) })}</span>
        ) : (
          <span className="notification__badge">{t('notifications.unread')}</span>
        )}
        <time dateTime={notification.createdAt}>{moment(notification.createdAt, true)}</time>
      </p>
      <p id={textId} className="notification__text">
        {notification.text}
      </p>
      {notification.excerpt && <blockquote className="notification__excerpt">{notification.excerpt}</blockquote>}
      {(target || unread) && (
        <div className="notification__actions">
          {target && (
            <Link
              to={target.to}
              aria-describedby={textId}
              onClick={() => {
                if (unread) onMarkRead();
              }}
            >
              {target.label}
            </Link>
          )}
          {unread && (
            <button type="button" className="button button--small" aria-describedby={textId} aria-disabled={marking || undefined} onClick={onMarkRead}>
              {marking ? t('notifications.markingRead') : t('notifications.markRead')}
            </button>
          )}
        </div>
      )}
    </li>
  );
});
