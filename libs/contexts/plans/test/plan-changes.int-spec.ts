import { PartnershipRole } from '@wspolnie/identity';
import type { TestApp } from '@wspolnie/platform-testing';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { COMMENT, createPlan, keyOf, must, partnership, person, type Person, RAJCZA, REPLY, startPlansApp } from './plans.factory';

/**
 * What one subscription receives, until `until` says enough (or it ends with errors). Every
 * subscription here resumes from a seq, so it sees what committed before it started too.
 */
function collect(client: Client, query: string, variables: Record<string, unknown>, until: (events: any[]) => boolean) {
  const events: any[] = [];
  const done = new Promise<{ events: any[]; errors?: readonly { message: string; extensions?: any }[] }>((resolve) => {
    const stop = client.subscribe(
      { query, variables },
      {
        next: (message) => {
          if (message.errors) return resolve({ events, errors: message.errors });
          events.push(Object.values(message.data ?? {})[0]);
          if (until(events)) {
            stop();
            resolve({ events });
          }
        },
        error: (error) => resolve({ events, errors: Array.isArray(error) ? error : [{ message: String(error) }] }),
        complete: () => resolve({ events }),
      },
    );
  });
  return { done };
}

describe('plans live', () => {
  let api: TestApp;
  let partnershipId: string;
  let coordinator: Person;
  let official: Person;
  let outsider: Person;
  const sockets: Client[] = [];

  const socket = (who: Person) => {
    const client = createClient({ url: api.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${who.accessToken}` }, retryAttempts: 0, lazy: false });
    sockets.push(client);
    return client;
  };

  beforeAll(async () => {
    api = await startPlansApp();
    partnershipId = await partnership(api);
    coordinator = await person(api, partnershipId, PartnershipRole.COORDINATOR);
    official = await person(api, partnershipId, PartnershipRole.GMINA_OFFICIAL, RAJCZA);
    outsider = await person(api, await partnership(api), PartnershipRole.COORDINATOR);
  });
  afterAll(async () => {
    await Promise.all(sockets.map((client) => client.dispose()));
    await api?.close();
  });

  it('delivers a new comment to another member through planChanges and partnershipActivity, resumably, and never to an outsider', async () => {
    const plan = await createPlan(coordinator, partnershipId);
    const [{ last_seq: head }] = await api.dataSource.query(`SELECT last_seq::int FROM event_stream WHERE stream_id = $1`, [partnershipId]);
    const query = `subscription ($p: UUID!, $a: Int) { planChanges(planId: $p, afterSeq: $a) { seq topic action subjectId scopeId changes } }`;
    const member = collect(socket(coordinator), query, { p: plan.id, a: head }, (events) => events.length >= 3);
    const activity = collect(socket(coordinator), `subscription ($p: UUID!, $a: Int) { partnershipActivity(partnershipId: $p, afterSeq: $a) { seq action } }`, { p: partnershipId, a: head }, (events) => events.length >= 3);
    const stranger = collect(socket(outsider), query, { p: plan.id, a: 0 }, () => true);
    const started = await must(official, COMMENT, { i: { planId: plan.id, revisionId: plan.currentRevision.id, sectionKey: keyOf(plan, 'Diagnoza'), body: 'Uwaga na żywo — ąęłńóśźż' } });
    await must(coordinator, REPLY, { i: { commentId: started.comments[0].id, body: 'Odpowiedź' } });
    await must(coordinator, `mutation ($i: ResolveThreadInput!) { resolveCommentThread(input: $i) { status } }`, { i: { id: started.id, expectedVersion: 1, note: 'przyjęto' } });
    const seen = await member.done;
    expect(seen.errors).toBeUndefined();
    expect(seen.events.map((event) => [event.topic, event.action])).toEqual([
      ['comment', 'comment.created'],
      ['comment', 'comment.created'],
      ['comment', 'thread.resolved'],
    ]);
    expect(seen.events[0]).toMatchObject({ scopeId: plan.id, subjectId: started.comments[0].id, changes: { body: { after: 'Uwaga na żywo — ąęłńóśźż' } } });
    expect((await activity.done).events.map((event) => event.action)).toEqual(['comment.created', 'comment.created', 'thread.resolved']);
    const refused = await stranger.done;
    expect(refused.events).toEqual([]);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    // Resuming after the first event: the rest, in order, nothing repeated.
    const resumed = await collect(socket(official), query, { p: plan.id, a: seen.events[0].seq }, (events) => events.length >= 2).done;
    expect(resumed.events.map((event) => event.seq)).toEqual([seen.events[1].seq, seen.events[2].seq]);
  });
});
