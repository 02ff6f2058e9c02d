import type { ApolloCache } from '@apollo/client';
import { MyNotificationsDocument, type MyNotificationsQuery, type MyNotificationsQueryVariables } from './graphql.generated';

export const FIRST_PAGE: MyNotificationsQueryVariables = { first: 20 };

type Edge = MyNotificationsQuery['myNotifications']['edges'][number];

/**
 * The newest notifications, just fetched, on top of what the page shows (each once). Returns
 * those that were not shown yet, newest first.
 */
export function prependNewest(cache: ApolloCache, newest: MyNotificationsQuery): Edge[] {
  let added: Edge[] = [];
  cache.updateQuery({ query: MyNotificationsDocument, variables: FIRST_PAGE }, (data) => {
    if (!data) return data;
    const shown = new Set(data.myNotifications.edges.map((edge) => edge.node.id));
    added = newest.myNotifications.edges.filter((edge) => !shown.has(edge.node.id));
    if (!added.length) return data;
    return {
      ...data,
      unreadNotificationCount: newest.unreadNotificationCount,
      myNotifications: { ...data.myNotifications, totalCount: newest.myNotifications.totalCount, edges: [...added, ...data.myNotifications.edges] },
    };
  });
  return added;
}

/** Loaded pages put together: the first ones, then the next one, without repeats. */
export function appendPage(previous: MyNotificationsQuery, next: MyNotificationsQuery): MyNotificationsQuery {
  const seen = new Set(previous.myNotifications.edges.map((edge) => edge.node.id));
  return {
    ...next,
    myNotifications: {
      ...next.myNotifications,
      edges: [...previous.myNotifications.edges, ...next.myNotifications.edges.filter((edge) => !seen.has(edge.node.id))],
    },
  };
}

/** Marks these loaded notifications read in the cache, as the API just did. */
export function markLoadedRead(cache: ApolloCache, ids: readonly string[], readAt: string): void {
  for (const id of ids) {
    cache.modify({ id: cache.identify({ __typename: 'Notification', id }), fields: { readAt: (existing: string | null) => existing ?? readAt } });
  }
}

/** The unread count everywhere it shows (the header's link, this page). */
export function setUnreadCount(cache: ApolloCache, next: (count: number) => number): void {
  cache.modify({ fields: { unreadNotificationCount: (count: number) => Math.max(0, next(count)) } });
}
