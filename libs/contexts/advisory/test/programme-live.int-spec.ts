import type { TestApp } from '@wspolnie/platform-testing';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { must, person, type Person, programme, type ProgrammeWorld, startAdvisoryApp, SZCZECIN } from './advisory.factory';
import { recordActivity } from './support.factory';

const LIVE = `subscription ($p: UUID!, $t: UUID, $after: Int) { programmeActivity(programmeId: $p, teamId: $t, afterSeq: $after) { seq topic action subjectId scopeId } }`;
const REVOKE = `mutation ($i: RevokeProgrammeRoleInput!) { revokeProgrammeRole(input: $i) }`;

/** What one subscription receives until `until` says enough, or it ends (with errors, if any). */
function collect(client: Client, variables: Record<string, unknown>, until: (events: any[]) => boolean = () => false) {
  const events: any[] = [];
  return new Promise<{ events: any[]; errors?: readonly { message: string; extensions?: any }[] }>((resolve) => {
    const stop = client.subscribe(
      { query: LIVE, variables },
      {
        next: (message) => {
          if (message.errors) return resolve({ events, errors: message.errors });
          events.push(message.data?.['programmeActivity']);
          if (until(events)) {
            stop();
            resolve({ events });
          }
        },
        error: (error) => resolve({ events, errors: Array.isArray(error) ? error : [error as { message: string }] }),
        complete: () => resolve({ events }),
      },
    );
  });
}

describe('a programme live', () => {
  let api: TestApp;
  let world: ProgrammeWorld;
  const sockets: Client[] = [];
  const socket = (who: Person) => {
    const client = createClient({ url: api.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${who.accessToken}` }, retryAttempts: 0, lazy: false });
    sockets.push(client);
    return client;
  };

  beforeAll(async () => {
    api = await startAdvisoryApp();
    world = await programme(api);
  });
  afterAll(async () => {
    await Promise.all(sockets.map((client) => client.dispose()));
    await api?.close();
  });

  it("streams activities as they are recorded, resumably, and a team's consultant only their team's", async () => {
    const west = await recordActivity(world.westConsultant, { programmeId: world.id, teamId: world.teams.west, title: 'Konsultacja w Szczecinie', gminas: [{ terc: SZCZECIN, participants: 4 }] });
    const everything = collect(socket(world.manager), { p: world.id, after: 0 }, (events) => events.filter((event) => event.topic === 'activity').length === 2);
    const team = collect(socket(world.westConsultant), { p: world.id, t: world.teams.west, after: 0 }, (events) => events.some((event) => event.subjectId === west.id));
    const south = await recordActivity(world.manager, { programmeId: world.id, teamId: world.teams.south, title: 'Konsultacja w Katowicach' });

    const all = await everything;
    expect(all.events.filter((event) => event.topic === 'activity').map((event) => [event.action, event.subjectId])).toEqual([
      ['activity.created', west.id],
      ['activity.created', south.id],
    ]);
    const seqs = all.events.map((event) => event.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const theirs = await team;
    expect(theirs.errors).toBeUndefined();
    expect(theirs.events.filter((event) => event.topic !== 'access').every((event) => event.scopeId === world.teams.west)).toBe(true);

    // Resumed after the west activity's event: the south one comes, nothing before it.
    const westSeq = all.events.find((event) => event.subjectId === west.id).seq;
    const resumed = await collect(socket(world.manager), { p: world.id, after: westSeq }, (events) => events.some((event) => event.subjectId === south.id));
    expect(resumed.events.every((event) => event.seq > westSeq)).toBe(true);
  });

  it('refuses the whole programme to a consultant of one team and anything to an outsider, and ends when the role is taken away', async () => {
    const whole = await collect(socket(world.westConsultant), { p: world.id });
    expect(whole.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'support.read' });
    // A team of another programme the caller also works in: not this programme's stream to filter.
    const other = await programme(api);
    await api.dataSource.query(`INSERT INTO programme_access (user_id, programme_id, role) VALUES ($1, $2, 'PROGRAMME_MANAGER')`, [world.manager.account.id, other.id]);
    const mixed = await collect(socket(world.manager), { p: world.id, t: other.teams.west, after: 0 });
    expect(mixed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'teamId' });
    expect(mixed.events).toEqual([]);
    const outsider = await collect(socket(await person(api)), { p: world.id, after: 0 });
    expect(outsider.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(outsider.events).toEqual([]);

    // From where the stream stands now, so the revocation is seen whenever the subscription starts.
    const [{ last_seq: head }] = await api.dataSource.query(`SELECT last_seq FROM event_stream WHERE stream_id = $1`, [world.id]);
    const leaving = collect(socket(world.westConsultant), { p: world.id, t: world.teams.west, after: Number(head) });
    await must(world.manager, REVOKE, { i: { programmeId: world.id, userId: world.westConsultant.account.id } });
    await recordActivity(world.manager, { programmeId: world.id, teamId: world.teams.west, title: 'Po odebraniu roli' });
    const ended = await leaving;
    expect(ended.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(ended.events.some((event) => event.topic === 'activity')).toBe(false);
  });
});
