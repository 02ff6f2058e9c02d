import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import type { Client } from 'graphql-ws';
import type { SessionStore } from '../../session/session-store';

/**
 * GraphiQL's requests as the app's own: to /graphql with the signed-in person's access token
 * (unless the Headers tab names another) and the reader's language; subscriptions over the
 * app's one graphql-ws socket, which carries the token itself.
 */
export function explorerFetcher(session: SessionStore, socket: Client, language: () => string): Fetcher {
  return createGraphiQLFetcher({
    url: '/graphql',
    wsClient: socket,
    // Plain JSON answers: the API does not stream @defer/@stream.
    enableIncrementalDelivery: false,
    fetch: async (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set('accept-language', language());
      const token = await session.accessToken();
      if (token && !headers.has('authorization')) headers.set('authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers, credentials: 'same-origin' });
    },
  });
}

export type Introspection = 'checking' | 'allowed' | 'refused' | 'unreachable';

/**
 * Whether the API answers introspection (it does not in production): a tiny introspection
 * query, valid otherwise, so any validation error means introspection is off.
 */
export async function probeIntrospection(): Promise<Exclude<Introspection, 'checking'>> {
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    });
    const body = (await response.json()) as { data?: { __schema?: unknown }; errors?: unknown[] };
    if (body.data?.__schema) return 'allowed';
    return body.errors?.length ? 'refused' : 'unreachable';
  } catch {
    return 'unreachable';
  }
}
