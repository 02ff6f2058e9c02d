import { IdentityModule } from '@wspolnie/identity';
import { createTestApp, type TestApp } from '@wspolnie/platform-testing';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { CONTEXT_MODULES, MIGRATIONS } from '../src/app/composition';
import { signedIn } from './people.factory';

/** Opens a graphql-ws connection and reports how it ended: acknowledged, or closed with a code. */
function connect(url: string, connectionParams?: Record<string, unknown>): Promise<{ connected: boolean; code?: number }> {
  return new Promise((resolve) => {
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams,
      lazy: false,
      retryAttempts: 0,
      on: {
        connected: () => {
          resolve({ connected: true });
          void client.dispose();
        },
        closed: (event) => resolve({ connected: false, code: (event as { code: number }).code }),
      },
      onNonLazyError: () => undefined,
    });
  });
}

describe('WebSocket (graphql-ws) connections', () => {
  let api: TestApp;
  let wsUrl: string;
  beforeAll(async () => {
    api = await createTestApp({ imports: CONTEXT_MODULES, migrations: MIGRATIONS, graphql: { authentication: IdentityModule } });
    wsUrl = api.url.replace(/^http/, 'ws');
  });
  afterAll(() => api?.close());

  it('are refused with 4403 without a token or with a bad one', async () => {
    expect(await connect(wsUrl)).toEqual({ connected: false, code: 4403 });
    expect(await connect(wsUrl, { authorization: 'Bearer not-a-token' })).toEqual({ connected: false, code: 4403 });
  });

  it('are accepted with a valid access token in connection_init', async () => {
    const person = await signedIn(api);
    expect(await connect(wsUrl, { authorization: `Bearer ${person.accessToken}` })).toEqual({ connected: true });
  });
});
