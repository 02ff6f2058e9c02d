import { useQuery } from '@apollo/client/react';
import { NavLink } from 'react-router';
import { useSession } from '../../app/providers';
import { useEventStream } from '../../apollo/use-event-stream';
import { NotificationAddedDocument, type NotificationAddedSubscription, UnreadNotificationCountDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';

/**
 * The header's way to the inbox: "Powiadomienia (3)", read out as "Powiadomienia (3
 * nieprzeczytane)" (its name begins with what it shows, for speech input). The count follows
 * arrivals live and the page's marking read (one cache field).
 */
export function NotificationsLink() {
  const { t, integer } = useT();
  const session = useSession();
  const signedIn = session.status === 'signedIn';
  const { data, refetch } = useQuery(UnreadNotificationCountDocument, { skip: !signedIn, fetchPolicy: 'cache-and-network' });
  useEventStream(
    NotificationAddedDocument,
    {},
    {
      skip: !signedIn,
      pick: (result) => (result as NotificationAddedSubscription | undefined)?.notificationAdded,
      onEvent: () => void refetch().catch(() => undefined),
    },
  );
  if (!signedIn) return null;
  const unread = data?.unreadNotificationCount ?? 0;
  return (
    <NavLink to="/notifications" className="button button--quiet notifications-link">
      {t('app.nav.notifications')}
      {unread > 0 && (
        <>
          {' '}
          <span aria-hidden="true">({integer(unread)})</span>
          <span className="visually-hidden">{t('app.nav.notificationsUnread', { n: unread })}</span>
        </>
      )}
    </NavLink>
  );
}
