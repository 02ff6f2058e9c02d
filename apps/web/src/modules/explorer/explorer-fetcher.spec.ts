import type { Client } from 'graphql-ws';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SessionStore } from '../../session/session-store';
import { explorerFetcher, probeIntrospection } from './explorer-fetcher';

function answering(body: unknown) {
  const fetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const session = (token: string | null) => ({ accessToken: async () => token }) as unknown as SessionStore;
const socket = {} as Client;

describe('the explorer’s requests', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('go to /graphql with the signed-in person’s token and the reader’s language', async () => {
    const fetch = answering({ data: { voivodeships: [] } });
    const fetcher = explorerFetcher(session('token-1'), socket, () => 'en');
    await fetcher({ query: '{ voivodeships { code } }', operationName: null }, {});
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/graphql');
    const headers = new Headers(init?.headers);
    expect(headers.get('authorization')).toBe('Bearer token-1');
    expect(headers.get('accept-language')).toBe('en');
  });

  it('keep a token typed into the Headers tab, and send none when nobody is signed in', async () => {
    const fetch = answering({ data: {} });
    await explorerFetcher(session('token-1'), socket, () => 'pl')({ query: '{ me { id } }', operationName: null }, { headers: { authorization: 'Bearer typed' } });
    expect(new Headers(fetch.mock.calls[0][1]?.headers).get('authorization')).toBe('Bearer typed');
    await explorerFetcher(session(null), socket, () => 'pl')({ query: '{ me { id } }', operationName: null }, {});
    expect(new Headers(fetch.mock.calls[1][1]?.headers).has('authorization')).toBe(false);
  });

  it('tell whether the API answers introspection', async () => {
    answering({ data: { __schema: { queryType: { name: 'Query' } } } });
    expect(await probeIntrospection()).toBe('allowed');
    answering({ errors: [{ message: 'GraphQL introspection is not allowed', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] });
    expect(await probeIntrospection()).toBe('refused');
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    expect(await probeIntrospection()).toBe('unreachable');
  });
});
