import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { MarkAllNotificationsReadDocument, MarkNotificationReadDocument, MyNotificationsDocument, NotificationAddedDocument, type NotificationAddedSubscription } from './graphql.generated';
import { useEventStream } from '../../apollo/use-event-stream';
import { useT } from '../../i18n/I18n';
import { apiProblem, type ApiProblem } from '../../ui/field-errors';
import { LiveIndicator } from '../../ui/LiveIndicator';
import { EmptyState, Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import { ShowMore } from '../../ui/ShowMore';
import { appendPage, FIRST_PAGE, markLoadedRead, prependNewest, setUnreadCount } from './notification-cache';
import { NotificationItem } from './NotificationItem';
import './notifications.css';

/** The signed-in person's inbox, newest first, live. */
export default function NotificationsPage() {
  const { t, locale } = useT();
  const client = useApolloClient();
  const { data, error, loading, fetchMore, refetch } = useQuery(MyNotificationsDocument, { variables: FIRST_PAGE });
  const [markOne] = useMutation(MarkNotificationReadDocument);
  const [markAll] = useMutation(MarkAllNotificationsReadDocument);
  const [marking, setMarking] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const items = useRef(new Map<string, HTMLLIElement>());
  const status = useRef<HTMLParagraphElement>(null);

  // The sentences are written in the reader's language: a switch asks for them again (once the
  // page's lang, which requests carry, has changed too: the provider's effect runs after this one).
  const shownIn = useRef(locale);
  useEffect(() => {
    if (shownIn.current === locale) return;
    shownIn.current = locale;
    queueMicrotask(() => void refetch().catch(() => undefined));
  }, [locale, refetch]);

  const connection = data?.myNotifications;
  useEventStream(
    NotificationAddedDocument,
    {},
    {
      skip: !connection,
      // From the newest one shown: nothing between loading the page and subscribing is lost.
      afterSeq: connection?.edges[0]?.node.seq ?? 0,
      pick: (result) => (result as NotificationAddedSubscription | undefined)?.notificationAdded,
      // An event says something arrived; its sentence is asked for over HTTP, in the reader's language.
      onEvent: () => void showNewest(),
      onGap: () => void refetch(),
    },
  );

  const showNewest = async () => {
    try {
      const { data: newest } = await client.query({ query: MyNotificationsDocument, variables: { first: 10 }, fetchPolicy: 'network-only' });
      const added = newest ? prependNewest(client.cache, newest) : [];
      if (added.length) setAnnouncement(t('notifications.arrived', { text: added[0].node.text }));
    } catch {
      // The next arrival, or a reload, brings it.
    }
  };

  const markRead = async (id: string) => {
    if (marking.has(id)) return;
    setMarking((ids) => new Set(ids).add(id));
    setProblem(null);
    try {
      await markOne({ variables: { id }, update: (cache) => setUnreadCount(cache, (count) => count - 1) });
      // The button is gone: focus stays with the notification.
      items.current.get(id)?.focus();
    } catch (failure) {
      setProblem(apiProblem(failure, t));
    } finally {
      setMarking((ids) => {
        const next = new Set(ids);
        next.delete(id);
        return next;
      });
    }
  };

  const markEverything = async () => {
    setProblem(null);
    try {
      const unread = (connection?.edges ?? []).filter((edge) => !edge.node.readAt).map((edge) => edge.node.id);
      await markAll({
        update: (cache) => {
          markLoadedRead(cache, unread, new Date().toISOString());
          setUnreadCount(cache, () => 0);
        },
      });
      setAnnouncement(t('notifications.markedAllRead'));
      status.current?.focus();
    } catch (failure) {
      setProblem(apiProblem(failure, t));
    }
  };

  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor }, updateQuery: (previous, { fetchMoreResult }) => appendPage(previous as typeof fetchMoreResult, fetchMoreResult) });
    } catch (failure) {
      setProblem(apiProblem(failure, t));
    }
  };

  const unreadCount = data?.unreadNotificationCount ?? 0;
  return (
    <div className="notifications">
      <PageHeading title={t('notifications.title')} hasError={Boolean(error)}>
        <LiveIndicator />
      </PageHeading>
      <p>{t('notifications.intro')}</p>
      <p ref={status} tabIndex={-1} className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {problem && (
        <p className="notice notice--warning" role="alert">
          {problem.message}
        </p>
      )}
      {error && !connection ? (
        <div>
          <p className="notice notice--warning" role="alert">
            {apiProblem(error, t).message}
          </p>
          <button type="button" className="button" onClick={() => void refetch()}>
            {t('app.error.retry')}
          </button>
        </div>
      ) : loading && !connection ? (
        <Loading />
      ) : connection && connection.edges.length === 0 ? (
        <EmptyState>{t('notifications.empty')}</EmptyState>
      ) : connection ? (
        <>
          <div className="notifications__summary">
            <p className="notifications__count">
              <strong>{t('notifications.unreadCount', { n: unreadCount })}</strong> · {t('notifications.total', { n: connection.totalCount })}
            </p>
            {unreadCount > 0 && (
              <button type="button" className="button" onClick={() => void markEverything()}>
                {t('notifications.markAllRead')}
              </button>
            )}
          </div>
          <ul className="notification-list" aria-label={t('notifications.list')}>
            {connection.edges.map(({ node }) => (
              <NotificationItem
                key={node.id}
                ref={(element) => {
                  if (element) items.current.set(node.id, element);
                  else items.current.delete(node.id);
                }}
                notification={node}
                marking={marking.has(node.id)}
                onMarkRead={() => void markRead(node.id)}
              />
            ))}
          </ul>
          <ShowMore hasMore={connection.pageInfo.hasNextPage} onMore={loadMore} />
        </>
      ) : null}
    </div>
  );
}
