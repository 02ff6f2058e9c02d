import { GraphQLSchemaHost } from '@nestjs/graphql';
import { PARTNERSHIP_POLICY, PartnershipRole, type PartnershipAction } from '@wspolnie/identity';
import { createTestApp, type GraphqlClient, onlyError, type TestApp } from '@wspolnie/platform-testing';
import { CONTEXT_MODULES, MIGRATIONS } from '../src/app/composition';
import { allOperations, type Operation } from './operation-walker';
import { createPerson, partnershipRow, signedIn } from './people.factory';

/** Callable without signing in. Adding one here is a decision; the test below keeps the list exact. */
const PUBLIC = ['gmina', 'gminas', 'thematicAreas', 'voivodeships', 'signIn', 'refreshSession', 'signOut', 'acceptInvitation'].sort();

/** Operations about the caller themselves, which a signed-in outsider may use. */
const OWN = ['me', 'changePassword', 'partnerships'];

/** What an outsider is told; NOT_FOUND hides whether the partnership exists. */
const OUTSIDER_ANSWER: Record<string, string> = { createPartnership: 'FORBIDDEN' };

/** Every table's rows, to prove a refused operation changed nothing. */
async function snapshot(api: TestApp): Promise<string> {
  const tables: { table_name: string }[] = await api.dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT IN ('sign_in_limit', 'refresh_token') ORDER BY table_name`,
  );
  const parts = [];
  for (const { table_name } of tables) {
    const [row] = await api.dataSource.query(`SELECT count(*) AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${table_name}" t`);
    parts.push(`${table_name}:${row.n}:${row.h}`);
  }
  return parts.join('\n');
}

describe('access to every operation', () => {
  let api: TestApp;
  let operations: Operation[];
  let victim: { id: string; slug: string };
  let outsider: GraphqlClient;

  beforeAll(async () => {
    api = await createTestApp({ imports: CONTEXT_MODULES, migrations: MIGRATIONS });
    victim = await partnershipRow(api);
    const coordinator = await createPerson(api);
    await api.dataSource.query(`INSERT INTO partnership_access (user_id, partnership_id, role) VALUES ($1, $2, 'COORDINATOR')`, [coordinator.account.id, victim.id]);
    const elsewhere = await partnershipRow(api);
    outsider = await signedIn(api, { partnershipId: elsewhere.id, role: PartnershipRole.COORDINATOR });
    const schema = api.app.get(GraphQLSchemaHost).schema;
    operations = allOperations(schema, { partnershipId: victim.id, partnershipSlug: victim.slug, userId: coordinator.account.id });
  });
  afterAll(() => api?.close());

  it('finds the operations by introspecting the schema', () => {
    expect(operations.length).toBeGreaterThanOrEqual(20);
  });

  it('declares exactly the intended public operations', async () => {
    const open: string[] = [];
    for (const operation of operations) {
      const result = await api.gql(operation.document, operation.variables);
      const refusedBySignIn = result.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED' && result.errors[0].message === 'Sign in first.';
      if (!refusedBySignIn) open.push(operation.name);
    }
    expect(open.sort()).toEqual(PUBLIC);
  });

  it('refuses every other operation to an anonymous caller with UNAUTHENTICATED and changes nothing', async () => {
    const before = await snapshot(api);
    for (const operation of operations.filter((op) => !PUBLIC.includes(op.name))) {
      const error = onlyError(await api.gql(operation.document, operation.variables));
      expect({ operation: operation.name, code: error.extensions?.code }).toEqual({ operation: operation.name, code: 'UNAUTHENTICATED' });
    }
    expect(await snapshot(api)).toBe(before);
  });

  it('refuses every operation on another partnership to a signed-in outsider and changes nothing', async () => {
    const before = await snapshot(api);
    for (const operation of operations.filter((op) => !PUBLIC.includes(op.name) && !OWN.includes(op.name))) {
      const result = await outsider.gql(operation.document, operation.variables);
      const code = result.errors?.[0]?.extensions?.code;
      expect({ operation: operation.name, code }).toEqual({ operation: operation.name, code: OUTSIDER_ANSWER[operation.name] ?? 'NOT_FOUND' });
      expect(JSON.stringify(result)).not.toContain(victim.slug);
    }
    expect(await snapshot(api)).toBe(before);
  });

  it('shows an outsider nothing of other partnerships in lists, counts and nested fields', async () => {
    const result = await outsider.gql(`{
      partnerships(first: 100) { totalCount edges { node { id } } }
      gmina(terc: "2417112") { partnerships { id } }
      me { partnershipRoles { partnershipId } }
    }`);
    expect(JSON.stringify(result)).not.toContain(victim.id);
    expect(result.data?.partnerships.totalCount).toBe(1);
  });
});

/** Each mutation that changes a partnership, and the policy action that governs it. */
const ACTIONS: Record<string, PartnershipAction> = {
  updatePartnership: 'partnership.update',
  addPartnershipMember: 'partnership.members.manage',
  setPartnershipThematicAreas: 'partnership.thematicAreas.manage',
  inviteToPartnership: 'partnership.people.invite',
  grantPartnershipRole: 'partnership.people.manage',
};

describe('each role, as the policy table says', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp({ imports: CONTEXT_MODULES, migrations: MIGRATIONS });
  });
  afterAll(() => api?.close());

  const attempt = async (client: GraphqlClient, operation: string, partnershipId: string) => {
    const invitee = await createPerson(api);
    const calls: Record<string, [string, Record<string, unknown>]> = {
      updatePartnership: [`mutation ($i: UpdatePartnershipInput!) { updatePartnership(input: $i) { id } }`, { i: { id: partnershipId, expectedVersion: 1, description: 'zmiana' } }],
      addPartnershipMember: [`mutation ($i: AddPartnershipMemberInput!) { addPartnershipMember(input: $i) { id } }`, { i: { partnershipId, gminaTerc: '2417142' } }],
      setPartnershipThematicAreas: [`mutation ($i: SetPartnershipThematicAreasInput!) { setPartnershipThematicAreas(input: $i) { id } }`, { i: { partnershipId, thematicAreaIds: [], expectedVersion: 1 } }],
      inviteToPartnership: [`mutation ($i: InviteToPartnershipInput!) { inviteToPartnership(input: $i) { acceptUrl } }`, { i: { partnershipId, email: 'nowa@test.example', role: 'OBSERVER' } }],
      grantPartnershipRole: [`mutation ($i: GrantPartnershipRoleInput!) { grantPartnershipRole(input: $i) { role } }`, { i: { partnershipId, email: invitee.email, role: 'OBSERVER' } }],
    };
    const [document, variables] = calls[operation];
    return client.gql(document, variables);
  };

  for (const role of Object.values(PartnershipRole)) {
    for (const [operation, action] of Object.entries(ACTIONS)) {
      const allowed = (PARTNERSHIP_POLICY[action] as readonly PartnershipRole[]).includes(role);
      it(`${role} ${allowed ? 'may' : 'may not'} ${operation}`, async () => {
        const partnership = await partnershipRow(api);
        const client = await signedIn(api, { partnershipId: partnership.id, role });
        const result = await attempt(client, operation, partnership.id);
        if (allowed) expect(result.errors).toBeUndefined();
        else expect(onlyError(result).extensions?.code).toBe('FORBIDDEN');
        const read = await client.gql(`query ($id: ID) { partnership(id: $id) { id people { role } } }`, { id: partnership.id });
        expect(read.data?.partnership.id).toBe(partnership.id);
      });
    }
  }
});
