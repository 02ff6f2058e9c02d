import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { getMainDefinition } from '@apollo/client/utilities';
import { OperationTypeNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { from, switchMap } from 'rxjs';
import { SESSION_HEADER, type SessionStore } from '../session/session-store';
import { LiveStatus } from './live-status';
import { typePolicies } from './type-policies';

export interface ApiClient {
  readonly apollo: ApolloClient;
  readonly socket: Client;
  readonly live: LiveStatus;
}

/**
 * One Apollo client: queries and mutations over HTTP with the session's access token and the
 * reader's language; subscriptions over one graphql-ws socket that reconnects for ever (its
 * state is shown to the reader, LiveStatus). Server data lives only in this cache.
 */
export function createApiClient(session: SessionStore, language: () => string): ApiClient {
  const live = new LiveStatus();
  const socketUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  const socket = createClient({
    url: socketUrl,
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    // Runs on every (re)connection, so a reconnect after a refresh carries the new token.
    connectionParams: async () => {
      const token = await session.accessToken();
      return { 'accept-language': language(), ...(token ? { authorization: `Bearer ${token}` } : {}) };
    },
    on: {
      connecting: () => live.set('connecting'),
      connected: () => live.set('connected'),
      closed: (event) => live.closed((event as { code?: number } | undefined)?.code),
    },
  });

  const authenticate = new ApolloLink((operation, forward) =>
    from(session.accessToken()).pipe(
      switchMap((token) => {
        operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
          headers: { ...headers, ...SESSION_HEADER, 'accept-language': language(), ...(token ? { authorization: `Bearer ${token}` } : {}) },
        }));
        return forward(operation);
      }),
    ),
  );

  // A token the API no longer takes (the session ended elsewhere): one refresh, one retry; a
  // second refusal ends the session here too and the app returns to sign-in with a message.
  const unauthenticated = new ErrorLink(({ error, operation, forward }) => {
    if (!CombinedGraphQLErrors.is(error) || !error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) return;
    if (operation.getContext()['retriedAfterRefresh'] || session.current.status !== 'signedIn') {
      if (session.current.status === 'signedIn') session.ended();
      return;
    }
    operation.setContext({ retriedAfterRefresh: true });
    return from(session.refresh()).pipe(switchMap((fresh) => (fresh ? forward(operation) : (session.ended(), forward(operation)))));
  });

  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  const transport = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === OperationTypeNode.SUBSCRIPTION;
    },
    new GraphQLWsLink(socket),
    ApolloLink.from([unauthenticated, authenticate, http]),
  );

  const apollo = new ApolloClient({ link: transport, cache: new InMemoryCache({ typePolicies }) });
  // A new session (or none): nothing of the previous person's stays in the cache or on the socket.
  // Signing in after browsing signed out refetches what is shown (now with the person's rights)
  // rather than cancelling it; a change of person or signing out drops everything.
  let user: string | undefined;
  session.subscribe((state) => {
    const next = state.status === 'signedIn' ? state.session.user.id : undefined;
    if (next === user) return;
    const previous = user;
    user = next;
    socket.terminate();
    void (previous === undefined ? apollo.resetStore() : apollo.clearStore()).catch(() => undefined);
  });
  // The socket's answers (sentences, errors) are in the language of its connection_init: a new
  // language opens a new connection; the streams resume from their last seq (use-event-stream).
  new MutationObserver(() => socket.terminate()).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  return { apollo, socket, live };
}
