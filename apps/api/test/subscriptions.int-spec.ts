import { AccountsService, PartnershipRole, TokensService } from '@wspolnie/identity';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { isShareable } from '@wspolnie/platform-graphql';
import { createTestApp, type TestApp } from '@wspolnie/platform-testing';
import { parse } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { CONTEXT_MODULES, MIGRATIONS } from '../src/app/composition';
import { partnershipRow, PASSWORD, projectRow, signedIn } from './people.factory';

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
    api = await createTestApp({ imports: CONTEXT_MODULES, migrations: MIGRATIONS });
    wsUrl = api.url.replace(/^http/, 'ws');
  });
  afterAll(() => api?.close());

  it('share one execution per event for every activity subscription (each field reads only the event)', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const event = 'seq topic subjectId scopeId action actorId changes occurredAt streamId __typename';
    for (const field of ['partnershipActivity(partnershipId: $id)', 'partnershipProjectChanges(partnershipId: $id)', 'projectTaskChanges(projectId: $id)']) {
      expect(isShareable(schema, parse(`subscription ($id: UUID!) { ${field} { ${event} } }`))).toBe(true);
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

const ACTIVITY = `subscription ($partnershipId: UUID!, $afterSeq: Int) {
  partnershipActivity(partnershipId: $partnershipId, afterSeq: $afterSeq) { seq action changes actorId }
}`;

describe('the partnership activity stream', () => {
  let api: TestApp;
  let wsUrl: string;
  let partnership: { id: string; slug: string };
  let coordinator: Awaited<ReturnType<typeof signedIn>>;

  beforeAll(async () => {
    api = await createTestApp({ imports: CONTEXT_MODULES, migrations: MIGRATIONS });
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
    // From the start of the log: without afterSeq, changes committed before the server started the subscription would not come.
    const received = collect(coordinator.accessToken, { partnershipId: partnership.id, afterSeq: 0 }, 2, () => {
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
        { query: `subscription ($p: UUID!) { partnershipActivity(partnershipId: $p) { ${aliases} } }`, variables: { p: partnership.id } },
        { next: () => undefined, error: resolve, complete: () => resolve(undefined) },
      );
    });
    await client.dispose();
    expect(JSON.stringify(error)).toContain('QUERY_TOO_COMPLEX');
  });

  it('pages the same log as a feed, newest first', async () => {
    const feed = await coordinator.gql(`query ($id: UUID) { partnership(id: $id) { activity(first: 2) { totalCount edges { node { seq } } pageInfo { hasNextPage endCursor } } } }`, { id: partnership.id });
    const activity = feed.data?.partnership.activity;
    expect(activity.totalCount).toBe(122);
    expect(activity.edges.map((edge: any) => edge.node.seq)).toEqual([122, 121]);
    const next = await coordinator.gql(`query ($id: UUID, $after: String) { partnership(id: $id) { activity(first: 2, after: $after) { edges { node { seq } } } } }`, {
      id: partnership.id,
      after: activity.pageInfo.endCursor,
    });
    expect(next.data?.partnership.activity.edges.map((edge: any) => edge.node.seq)).toEqual([120, 119]);
  });
});

interface Watched {
  /** Events as they arrived. */
  readonly events: { seq: number; action: string; at: number }[];
  /** How it ended: the error's code, or the socket's close code. */
  readonly ended: Promise<{ code: string | number; at: number }>;
  dispose(): Promise<void>;
}

/** Follows a partnership's activity (or a project's tasks) on its own socket, recording how it ends. */
function watch(api: TestApp, token: string, subscription: { query: string; variables: Record<string, unknown> }): Watched {
  const events: Watched['events'] = [];
  let resolveEnded!: (value: { code: string | number; at: number }) => void;
  const ended = new Promise<{ code: string | number; at: number }>((resolve) => (resolveEnded = resolve));
  const client = createClient({
    url: api.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    on: { closed: (event) => resolveEnded({ code: (event as { code: number }).code, at: Date.now() }) },
  });
  client.subscribe(subscription, {
    next: (message) => {
      // A refusal at the start comes as a result with errors, then completion.
      if (message.errors) return resolveEnded({ code: String(message.errors[0]?.extensions?.['code']), at: Date.now() });
      const event = Object.values(message.data ?? {})[0] as { seq: number; action: string } | undefined;
      if (event) events.push({ ...event, at: Date.now() });
    },
    error: (error) => resolveEnded({ code: (Array.isArray(error) ? error[0]?.extensions?.code : undefined) ?? (error as { code?: number }).code ?? 'error', at: Date.now() }),
    complete: () => resolveEnded({ code: 'complete', at: Date.now() }),
  });
  return { events, ended, dispose: () => client.dispose() as Promise<void> };
}

const within = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms))]);

describe('open sockets when sessions end and access changes', () => {
  let api: TestApp;
  let partnership: { id: string; slug: string };
  let coordinator: Awaited<ReturnType<typeof signedIn>>;
  let version = 1;
  const activity = (afterSeq: number) => ({ query: ACTIVITY, variables: { partnershipId: partnership.id, afterSeq } });
  const change = async () => {
    const result = await coordinator.gql(`mutation ($i: UpdatePartnershipInput!) { updatePartnership(input: $i) { version } }`, { i: { id: partnership.id, expectedVersion: version, description: `zmiana ${version}` } });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    version += 1;
  };
  const lastSeq = async () => Number((await api.dataSource.query(`SELECT last_seq FROM event_stream WHERE stream_id = $1`, [partnership.id]))[0]?.last_seq ?? 0);
  /** Waits until the subscriber has caught up to the stream's end, so "afterwards" is well defined. */
  const caughtUp = async (watched: Watched) => {
    const seq = await lastSeq();
    await within((async () => { while (!watched.events.some((event) => event.seq >= seq)) await new Promise((r) => setTimeout(r, 20)); })(), 5_000, 'catching up');
  };

  beforeAll(async () => {
    api = await createTestApp({ imports: CONTEXT_MODULES, migrations: MIGRATIONS });
    partnership = await partnershipRow(api);
    coordinator = await signedIn(api, { partnershipId: partnership.id, role: PartnershipRole.COORDINATOR });
    await change();
  });
  afterAll(() => api?.close());

  it.each([
    ['signOut', (person: Awaited<ReturnType<typeof signedIn>>) => api.gql(`mutation ($t: String!) { signOut(refreshToken: $t) }`, { t: person.refreshToken })],
    ['signOutEverywhere', (person: Awaited<ReturnType<typeof signedIn>>) => person.gql(`mutation { signOutEverywhere }`)],
    ['changePassword', (person: Awaited<ReturnType<typeof signedIn>>) => person.gql(`mutation ($i: ChangePasswordInput!) { changePassword(input: $i) { accessToken } }`, { i: { currentPassword: PASSWORD, newPassword: 'zupełnie-nowe-hasło' } })],
  ])('closes the socket with 4401 at %s, and sends nothing after it', async (_, end) => {
    const person = await signedIn(api, { partnershipId: partnership.id, role: PartnershipRole.OBSERVER });
    const watched = watch(api, person.accessToken, activity(0));
    await caughtUp(watched);
    const result = await end(person);
    expect(result.errors).toBeUndefined();
    const endedAt = Date.now();
    for (let i = 0; i < 5; i += 1) await change();
    expect((await within(watched.ended, 5_000, 'closing')).code).toBe(4401);
    expect(watched.events.filter((event) => event.at >= endedAt)).toEqual([]);
    await watched.dispose();
  });

  it('closes the socket with 4401 when a platform administrator loses the title', async () => {
    const admin = await signedIn(api, { admin: true });
    const watched = watch(api, admin.accessToken, activity(0));
    // An administrator without a role does not follow the activity: the stream is refused, the socket stays.
    expect((await within(watched.ended, 5_000, 'refusing')).code).toBe('FORBIDDEN');
    const socket = createClient({ url: api.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${admin.accessToken}` }, retryAttempts: 0, lazy: false, onNonLazyError: () => undefined });
    const closed = new Promise<number>((resolve) => socket.on('closed', (event) => resolve((event as { code: number }).code)));
    await new Promise((resolve) => socket.on('connected', resolve));
    await api.app.get(AccountsService).setPlatformAdmin(admin.email, false);
    expect(await within(closed, 5_000, 'closing')).toBe(4401);
    await Promise.all([watched.dispose(), socket.dispose()]);
  });

  it('closes the socket with 4403 when its access token expires; a fresh token resumes with afterSeq, losing nothing', async () => {
    const person = await signedIn(api, { partnershipId: partnership.id, role: PartnershipRole.OBSERVER });
    const session = JSON.parse(Buffer.from(person.accessToken.split('.')[1], 'base64url').toString()).sid;
    // A token with a second and a half left to live.
    const shortLived = api.app.get(TokensService).issueAccessToken(person.account, session, new Date(Date.now() - (15 * 60 - 1.5) * 1000)).token;
    const watched = watch(api, shortLived, activity(0));
    await caughtUp(watched);
    const seen = watched.events.at(-1)!.seq;
    expect((await within(watched.ended, 10_000, 'closing at expiry')).code).toBe(4403);
    for (let i = 0; i < 3; i += 1) await change();
    const resumed = watch(api, person.accessToken, activity(seen));
    await caughtUp(resumed);
    expect(resumed.events.map((event) => event.seq)).toEqual([seen + 1, seen + 2, seen + 3]);
    await resumed.dispose();
  });

  it('ends an idle subscription at once when the role is taken away, with NOT_FOUND and nothing after', async () => {
    const person = await signedIn(api, { partnershipId: partnership.id, role: PartnershipRole.OBSERVER });
    const idle = watch(api, person.accessToken, activity(await lastSeq()));
    const project = await projectRow(api, partnership.id, 'Projekt do obserwowania');
    const tasks = watch(api, person.accessToken, { query: `subscription ($p: UUID!, $a: Int) { projectTaskChanges(projectId: $p, afterSeq: $a) { seq action } }`, variables: { p: project, a: await lastSeq() } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const revokedAt = Date.now();
    const revoked = await coordinator.gql(`mutation ($i: RevokePartnershipRoleInput!) { revokePartnershipRole(input: $i) }`, { i: { partnershipId: partnership.id, userId: person.account.id } });
    expect(revoked.data).toEqual({ revokePartnershipRole: true });
    for (const stream of [idle, tasks]) {
      // Idle: no event of its own will come; the revocation alone ends it (before, it never did).
      const ended = await within(stream.ended, 5_000, 'ending');
      expect(ended.code).toBe('NOT_FOUND');
      expect(ended.at).toBeGreaterThanOrEqual(revokedAt);
      expect(stream.events).toEqual([]);
      await stream.dispose();
    }
    // The next HTTP request reads roles with its session, as they are now.
    const next = await person.gql(`query ($p: UUID) { partnership(id: $p) { id } }`, { p: partnership.id });
    expect(next.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('delivers nothing committed after a revocation to a subscriber in the middle of a busy stream', async () => {
    const person = await signedIn(api, { partnershipId: partnership.id, role: PartnershipRole.OBSERVER });
    const watched = watch(api, person.accessToken, activity(await lastSeq()));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const busy = (async () => {
      for (let i = 0; i < 30; i += 1) await change();
    })();
    await new Promise((resolve) => setTimeout(resolve, 150));
    await coordinator.gql(`mutation ($i: RevokePartnershipRoleInput!) { revokePartnershipRole(input: $i) }`, { i: { partnershipId: partnership.id, userId: person.account.id } });
    await busy;
    const [{ seq: revocation }] = await api.dataSource.query(`SELECT seq::int FROM stream_event WHERE stream_id = $1 AND topic = 'access' AND subject_id = $2`, [partnership.id, person.account.id]);
    expect((await within(watched.ended, 5_000, 'ending')).code).toBe('NOT_FOUND');
    expect(watched.events.every((event) => event.seq < revocation)).toBe(true);
    expect(await lastSeq()).toBeGreaterThan(revocation);
    await watched.dispose();
  });

  it('keeps the subscription of someone whose role changes but still reads, and refuses queries over the socket', async () => {
    const person = await signedIn(api, { partnershipId: partnership.id, role: PartnershipRole.OBSERVER });
    const watched = watch(api, person.accessToken, activity(await lastSeq()));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const changed = await coordinator.gql(`mutation ($i: ChangePartnershipRoleInput!) { changePartnershipRole(input: $i) { role } }`, { i: { partnershipId: partnership.id, userId: person.account.id, role: 'ADVISOR' } });
    expect(changed.data?.changePartnershipRole.role).toBe('ADVISOR');
    await change();
    await within((async () => { while (!watched.events.some((event) => event.action === 'updated')) await new Promise((r) => setTimeout(r, 20)); })(), 5_000, 'the next event');
    expect(watched.events.map((event) => event.action)).toEqual(['role.changed', 'updated']);
    await watched.dispose();

    const query = watch(api, person.accessToken, { query: `{ me { email } }`, variables: {} });
    expect((await within(query.ended, 5_000, 'refusing')).code).toBe('BAD_REQUEST');
    await query.dispose();
  });
});
