import { IdentityModule, PartnershipRole } from '@wspolnie/identity';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { isShareable } from '@wspolnie/platform-graphql';
import { createTestApp, type TestApp } from '@wspolnie/platform-testing';
import { parse } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { CONTEXT_MODULES, MIGRATIONS } from '../src/app/composition';
import { partnershipRow, signedIn } from './people.factory';

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

  it('share one execution per event for every activity subscription (each field reads only the event)', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const event = 'seq topic subjectId scopeId action actorId changes occurredAt streamId __typename';
    for (const field of ['partnershipActivity(partnershipId: $id)', 'partnershipProjectChanges(partnershipId: $id)', 'projectTaskChanges(projectId: $id)']) {
      expect(isShareable(schema, parse(`subscription ($id: ID!) { ${field} { ${event} } }`))).toBe(true);
    }
  });

  it('are refused with 4403 without a token or with a bad one', async () => {
    expect(await connect(wsUrl)).toEqual({ connected: false, code: 4403 });
    expect(await connect(wsUrl, { authorization: 'Bearer not-a-token' })).toEqual({ connected: false, code: 4403 });
  });

  it('are accepted with a valid access token in connection_init', async () => {
    const person = await signedIn(api);
    expect(await connect(wsUrl, { authorization: `Bearer ${person.accessToken}` })).toEqual({ connected: true });
  });
});

const ACTIVITY = `subscription ($partnershipId: ID!, $afterSeq: Int) {
  partnershipActivity(partnershipId: $partnershipId, afterSeq: $afterSeq) { seq action changes actorId }
}`;

describe('the partnership activity stream', () => {
  let api: TestApp;
  let wsUrl: string;
  let partnership: { id: string; slug: string };
  let coordinator: Awaited<ReturnType<typeof signedIn>>;

  beforeAll(async () => {
    api = await createTestApp({ imports: CONTEXT_MODULES, migrations: MIGRATIONS, graphql: { authentication: IdentityModule } });
    wsUrl = api.url.replace(/^http/, 'ws');
    partnership = await partnershipRow(api);
    coordinator = await signedIn(api, { partnershipId: partnership.id, role: PartnershipRole.COORDINATOR });
  });
  afterAll(() => api?.close());

  const rename = (description: string, expectedVersion: number) =>
    coordinator.gql(`mutation ($i: UpdatePartnershipInput!) { updatePartnership(input: $i) { version } }`, {
      i: { id: partnership.id, expectedVersion, description },
    });

  /** Subscribes and collects events until `count` arrived (or fails after a timeout). */
  function collect(token: string, variables: Record<string, unknown>, count: number, started?: () => void) {
    const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
    const events: any[] = [];
    return new Promise<{ events: any[]; error?: any }>((resolve) => {
      const timer = setTimeout(() => finish({ events, error: 'timeout' }), 10_000);
      const finish = (result: { events: any[]; error?: any }) => {
        clearTimeout(timer);
        void client.dispose();
        resolve(result);
      };
      client.on('connected', () => setTimeout(() => started?.(), 100));
      client.subscribe(
        { query: ACTIVITY, variables },
        {
          next: (message) => {
            if (message.errors) return finish({ events, error: message.errors });
            events.push(message.data?.['partnershipActivity']);
            if (events.length === count) finish({ events });
          },
          error: (error) => finish({ events, error }),
          complete: () => finish({ events }),
        },
      );
    });
  }

  it('delivers changes as they commit, with who made them and what changed', async () => {
    const received = collect(coordinator.accessToken, { partnershipId: partnership.id }, 2, () => {
      void rename('Pierwszy opis', 1).then(() => rename('Drugi opis — żółć', 2));
    });
    const { events, error } = await received;
    expect(error).toBeUndefined();
    expect(events).toEqual([
      { seq: 1, action: 'updated', actorId: coordinator.account.id, changes: { description: { before: '', after: 'Pierwszy opis' } } },
      { seq: 2, action: 'updated', actorId: coordinator.account.id, changes: { description: { before: 'Pierwszy opis', after: 'Drugi opis — żółć' } } },
    ]);
  });

  it('resumes after a disconnect from the last seq seen: the missed changes first, none twice', async () => {
    for (let version = 3; version < 3 + 120; version += 1) await rename(`wersja ${version}`, version);
    const { events, error } = await collect(coordinator.accessToken, { partnershipId: partnership.id, afterSeq: 2 }, 120);
    expect(error).toBeUndefined();
    expect(events.map((event) => event.seq)).toEqual(Array.from({ length: 120 }, (_, i) => i + 3));
  });

  it('refuses an outsider as if the partnership did not exist', async () => {
    const outsider = await signedIn(api);
    const { error } = await collect(outsider.accessToken, { partnershipId: partnership.id }, 1);
    expect(JSON.stringify(error)).toContain('NOT_FOUND');
  });

  it('applies the query limits to subscriptions too', async () => {
    const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${coordinator.accessToken}` }, retryAttempts: 0 });
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: seq`).join(' ');
    const error = await new Promise<any>((resolve) => {
      client.subscribe(
        { query: `subscription ($p: ID!) { partnershipActivity(partnershipId: $p) { ${aliases} } }`, variables: { p: partnership.id } },
        { next: () => undefined, error: resolve, complete: () => resolve(undefined) },
      );
    });
    await client.dispose();
    expect(JSON.stringify(error)).toContain('QUERY_TOO_COMPLEX');
  });

  it('pages the same log as a feed, newest first', async () => {
    const feed = await coordinator.gql(`query ($id: ID) { partnership(id: $id) { activity(first: 2) { totalCount edges { node { seq } } pageInfo { hasNextPage endCursor } } } }`, { id: partnership.id });
    const activity = feed.data?.partnership.activity;
    expect(activity.totalCount).toBe(122);
    expect(activity.edges.map((edge: any) => edge.node.seq)).toEqual([122, 121]);
    const next = await coordinator.gql(`query ($id: ID, $after: String) { partnership(id: $id) { activity(first: 2, after: $after) { edges { node { seq } } } } }`, {
      id: partnership.id,
      after: activity.pageInfo.endCursor,
    });
    expect(next.data?.partnership.activity.edges.map((edge: any) => edge.node.seq)).toEqual([120, 119]);
  });
});
