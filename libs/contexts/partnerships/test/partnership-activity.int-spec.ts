import { PartnershipRole } from '@wspolnie/identity';
import { encodeCursor } from '@wspolnie/platform-pagination';
import { type GraphqlClient, onlyError, type TestApp } from '@wspolnie/platform-testing';
import { type PartnershipsApp, startPartnershipsApp } from './partnership.factory';
import { personWithRole } from './people.factory';

const RAJCZA = '2417112';

describe('partnership activity and list cursors (GraphQL over a migrated PostgreSQL)', () => {
  let api: TestApp;
  let coordinator: GraphqlClient;
  let create: PartnershipsApp['create'];

  beforeAll(async () => ({ api, coordinator, create } = await startPartnershipsApp()));
  afterAll(() => api?.close());

  describe('activity', () => {
    const FEED = `
      query ($id: UUID, $first: Int, $after: String) {
        partnership(id: $id) {
          activity(first: $first, after: $after) {
            pageInfo { endCursor }
            edges { node { seq action actorId actor { userId role user { displayName } gmina { name } } } }
          }
        }
      }`;
    const UPDATE = `mutation ($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { version } }`;

    it('names the actor of each event with their role, in the same number of statements for 2 or 12 events', async () => {
      const partnership = await create({ members: [{ gminaTerc: RAJCZA }] });
      const second = await personWithRole(api, partnership.id, PartnershipRole.COORDINATOR);
      let version = 1;
      for (let index = 0; index < 12; index += 1) {
        const by = index % 2 === 0 ? coordinator : second.client;
        const result = await by.gql(UPDATE, { input: { id: partnership.id, expectedVersion: version, description: `zmiana ${index}` } });
        expect(result.errors).toBeUndefined();
        version += 1;
      }
      let small: any;
      let large: any;
      const smallCount = await api.countStatements(async () => (small = await coordinator.gql(FEED, { id: partnership.id, first: 2 })));
      const largeCount = await api.countStatements(async () => (large = await coordinator.gql(FEED, { id: partnership.id, first: 12 })));
      expect(small.errors).toBeUndefined();
      const events = large.data.partnership.activity.edges.map((edge: any) => edge.node);
      expect(events).toHaveLength(12);
      expect(events.every((event: any) => event.action === 'updated' && event.actor?.userId === event.actorId && event.actor.role === 'COORDINATOR')).toBe(true);
      const names = new Set(events.map((event: any) => event.actor.user.displayName));
      expect(names.size).toBe(2);
      expect(names.has(second.account.displayName)).toBe(true);
      expect(events.find((event: any) => event.actorId === second.account.id).actor).toEqual({ userId: second.account.id, role: 'COORDINATOR', user: { displayName: second.account.displayName }, gmina: null });
      // the caller's session with their roles (which answer partnership.read,
      // partnership.activity.read and, for every actor field, partnership.people.read), the
      // partnership, the events, the partnership's people, and those people's accounts
      expect(largeCount).toBe(smallCount);
      expect(largeCount).toBe(5);
    });

    it('answers null for an actor who holds no role in the partnership (the administrator who created it)', async () => {
      const partnership = await create();
      const feed = await coordinator.gql(FEED, { id: partnership.id, first: 100 });
      const created = feed.data?.partnership.activity.edges.map((edge: any) => edge.node).find((event: any) => event.action === 'created');
      expect(created).toMatchObject({ actorId: expect.any(String), actor: null });
    });

    it('refuses a cursor that is not a seq of this feed as BAD_USER_INPUT on after', async () => {
      const partnership = await create();
      for (const after of ['garbage', encodeCursor(['abc']), encodeCursor([1, 2]), encodeCursor([1.5])]) {
        const error = onlyError(await coordinator.gql(FEED, { id: partnership.id, first: 5, after }));
        expect(error).toMatchObject({ message: 'after is not a cursor this list gave out; start again without it.', extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
      }
      const first = await coordinator.gql(FEED, { id: partnership.id, first: 1 });
      const next = await coordinator.gql(FEED, { id: partnership.id, first: 1, after: first.data?.partnership.activity.pageInfo.endCursor });
      expect(next.errors).toBeUndefined();
    });
  });

  describe('cursors of the other lists', () => {
    it('refuses a forged cursor of the partnership list and of the invitations as BAD_USER_INPUT on after', async () => {
      const partnership = await create();
      const list = `query ($after: String) { partnerships(first: 5, after: $after) { totalCount } }`;
      for (const after of [encodeCursor(['Partnerstwo', 'nie-uuid']), encodeCursor([1])]) {
        expect(onlyError(await coordinator.gql(list, { after })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      }
      const invitations = `query ($id: UUID, $after: String) { partnership(id: $id) { invitations(after: $after) { totalCount edges { node { email } } } } }`;
      for (const after of [encodeCursor(['wczoraj', 'nie-uuid']), encodeCursor(['2027-01-01T00:00:00.000Z', 'nie-uuid'])]) {
        const error = onlyError(await coordinator.gql(invitations, { id: partnership.id, after }));
        expect(error).toMatchObject({ message: 'after is not a cursor this list gave out; start again without it.', extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
      }
    });
  });
});
