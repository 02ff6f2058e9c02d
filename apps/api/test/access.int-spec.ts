import { Controller, Get, Module } from '@nestjs/common';
import { Args, ID, Query, Resolver, Subscription } from '@nestjs/graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { AccessRegistry, type Condition, type Grant, PartnershipRole, WHILE_NO_COORDINATOR } from '@wspolnie/identity';
import { Authenticated, declaredActions, Public, scopeOf } from '@wspolnie/platform-graphql';
import { EventStreams, RealtimeModule, StreamEvent } from '@wspolnie/platform-realtime';
import { createTestApp, type GraphqlClient, onlyError, type TestApp } from '@wspolnie/platform-testing';
import { DataSource } from 'typeorm';
import { CONTEXT_MODULES, MIGRATIONS } from '../src/app/composition';
import { type Operation, operationsAgainst, walkAsOutsider } from './outsider-walk';
import { gminaId, PASSWORD, RAJCZA, signedIn } from './people.factory';
import { buildWorld, type World } from './victim.factory';

/** Callable without signing in. Adding one here is a decision; the test below keeps the list exact. */
const PUBLIC = [
  'confirmRegistration',
  'createAccountFromInvitation',
  'gmina',
  'gminas',
  'invitation',
  'openRegistration',
  'refreshSession',
  'registerPublicly',
  'requestPasswordReset',
  'resetPassword',
  'signIn',
  'signOut',
  'siteInfo',
  'thematicAreas',
  'voivodeships',
];

/** About the caller themselves: any signed-in person, no partnership's rule. */
const SELF = [
  'acceptInvitation',
  'calendarFeed',
  'cancelMyRegistration',
  'changePassword',
  'gminaSupport',
  'markAllNotificationsRead',
  'markNotificationRead',
  'me',
  'myNotifications',
  'myWork',
  'notificationAdded',
  'partnerships',
  'programmes',
  'registerForActivity',
  'rotateCalendarFeed',
  'setPreferredLanguage',
  'signOutEverywhere',
  'unreadNotificationCount',
];

/**
 * Every table's rows, to prove a refused operation changed nothing. Left out: the caller's own
 * sign-in state, and their calendar feed's secret (rotateCalendarFeed, walked as an operation
 * about oneself, replaces it).
 */
async function snapshot(api: TestApp): Promise<string> {
  const tables: { table_name: string }[] = await api.dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT IN ('sign_in_limit', 'refresh_token', 'auth_session', 'council_calendar_feed') ORDER BY table_name`,
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
  let victim: World;
  let outsider: World['coordinator'];
  let operations: Operation[];
  /** A fresh session of the outsider: a walk ends its own (signOutEverywhere is walked too). */
  const outsiderSession = async () => api.signIn(outsider.email, PASSWORD);

  beforeAll(async () => {
    api = await createTestApp({ imports: CONTEXT_MODULES, migrations: MIGRATIONS });
    victim = await buildWorld(api, 'Ofiary');
    // The outsider coordinates a partnership of their own, with everything in it: powers, not nothing.
    outsider = (await buildWorld(api, 'Obcego')).coordinator;
    operations = operationsAgainst(api.app.get(GraphQLSchemaHost).schema, victim);
  });
  afterAll(() => api?.close());

  it('finds every operation in the schema, subscriptions included, and declares exactly the intended public and self ones', () => {
    expect(operations.length).toBeGreaterThanOrEqual(40);
    expect(operations.filter((op) => op.kind === 'subscription').map((op) => op.name).sort()).toEqual(['meetingChanges', 'notificationAdded', 'partnershipActivity', 'partnershipProjectChanges', 'planChanges', 'programmeActivity', 'projectTaskChanges']);
    expect(operations.filter((op) => op.rule.kind === 'public').map((op) => op.name).sort()).toEqual(PUBLIC);
    expect(operations.filter((op) => op.rule.kind === 'self').map((op) => op.name).sort()).toEqual(SELF);
  });

  it('enforces every action of the policy table: each is named by a declaration', () => {
    const declared = declaredActions(api.app.get(GraphQLSchemaHost).schema);
    expect(api.app.get(AccessRegistry).undeclared(declared)).toEqual([]);
  });

  it('refuses every other operation to an anonymous caller with UNAUTHENTICATED and changes nothing', async () => {
    const before = await snapshot(api);
    for (const operation of operations.filter((op) => op.kind !== 'subscription' && op.rule.kind !== 'public')) {
      const error = onlyError(await api.gql(operation.document, operation.variables));
      expect({ operation: operation.name, code: error.extensions?.code }).toEqual({ operation: operation.name, code: 'UNAUTHENTICATED' });
    }
    expect(await snapshot(api)).toBe(before);
  });

  it('refuses every operation on another partnership to a signed-in outsider, subscriptions included, shows none of its data and changes nothing', async () => {
    const before = await snapshot(api);
    const findings = await walkAsOutsider(api, await outsiderSession(), victim, operations, async () => undefined);
    expect(findings).toEqual([]);
    expect(await snapshot(api)).toBe(before);
    // Subscriptions are refused while the victim's partnership keeps changing, too.
    const moreFindings = await walkAsOutsider(api, await outsiderSession(), victim, operations.filter((op) => op.kind === 'subscription'), () => victim.change());
    expect(moreFindings).toEqual([]);
  });

  it('shows an outsider nothing of other partnerships in lists, counts and nested fields', async () => {
    const result = await (await outsiderSession()).gql(`{
      partnerships(first: 100) { totalCount edges { node { id } } }
      gmina(terc: "2417112") { partnerships { id name } }
      me { partnershipRoles { partnershipId } }
    }`);
    expect(JSON.stringify(result)).not.toContain(victim.ids['partnership']);
    expect(result.data?.partnerships.totalCount).toBe(1);
  });
});

/** Deliberately leaking operations: the walk must catch each one. */
@Resolver()
class LeakyResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly streams: EventStreams,
  ) {}

  @Authenticated()
  @Query(() => String, { nullable: true })
  async leakyProjectTitle(@Args('projectId', { type: () => ID }) projectId: string) {
    const [project] = await this.dataSource.query(`SELECT title FROM project WHERE id = $1`, [projectId]);
    return project?.title ?? null;
  }

  @Authenticated()
  @Subscription(() => StreamEvent, { resolve: (event: StreamEvent) => event })
  leakyActivity(@Args('partnershipId', { type: () => ID }) partnershipId: string) {
    return this.streams.follow(partnershipId, { afterSeq: 0 });
  }
}

@Module({ imports: [RealtimeModule], providers: [LeakyResolver] })
class LeakyModule {}

describe('the outsider walk', () => {
  it('fails on planted leaks: a query and a subscription that check nothing', async () => {
    const api = await createTestApp({ imports: [...CONTEXT_MODULES, LeakyModule], migrations: MIGRATIONS });
    try {
      const victim = await buildWorld(api, 'Przynęta');
      const outsider = await signedIn(api);
      const operations = operationsAgainst(api.app.get(GraphQLSchemaHost).schema, victim).filter((op) => op.name.startsWith('leaky'));
      const findings = await walkAsOutsider(api, outsider, victim, operations, () => victim.change());
      expect(findings).toEqual(
        expect.arrayContaining([
          { operation: 'leakyProjectTitle', problem: 'answer holds "Projekt Przynęta"' },
          { operation: 'leakyActivity', problem: expect.stringMatching(/^streamed \d+ event\(s\)$/) },
        ]),
      );
    } finally {
      await api.close();
    }
  });
});

describe('each role, as the policy table says', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp({ imports: CONTEXT_MODULES, migrations: MIGRATIONS });
  });
  afterAll(() => api?.close());

  /** Partnership roles, programme roles (a consultant of the victim's own team, and of its other team), and a platform administrator. */
  const holders = [...Object.values(PartnershipRole), 'PROGRAMME_MANAGER', 'CONSULTANT', 'OTHER_TEAM_CONSULTANT', 'PLATFORM_ADMIN'] as const;

  /** Puts back what an allowed operation may have changed that the next one relies on. */
  const restore = async (world: World) => {
    await api.dataSource.query(
      `INSERT INTO project_participant (project_id, partnership_id, gmina_id, role, cost_share) VALUES ($1, $2, $3, 'LEAD', 0) ON CONFLICT DO NOTHING`,
      [world.ids['project'], world.ids['partnership'], await gminaId(api, RAJCZA)],
    );
    await api.dataSource.query(`UPDATE task SET assignee_id = $2 WHERE id = $1`, [world.ids['task'], world.official.account.id]);
    await api.dataSource.query(`UPDATE activity SET status = 'RECORDED' WHERE id = $1`, [world.ids['activity']]);
  };

  /** Someone holding a role in the world's programme, given as its manager would (team-limited consultants name their team). */
  async function programmeHolder(world: World, role: 'PROGRAMME_MANAGER' | 'CONSULTANT', team: string | null) {
    const caller = await signedIn(api);
    await api.dataSource.query(`INSERT INTO programme_access (user_id, programme_id, role, team_id) VALUES ($1, $2, $3, $4)`, [caller.account.id, world.ids['programme'], role, team]);
    return caller;
  }

  for (const holder of holders) {
    it(`lets a ${holder} take exactly the actions the table gives them`, async () => {
      const world = await buildWorld(api, `Rola${holder}`);
      const caller: GraphqlClient & { account: { id: string } } =
        holder === 'COORDINATOR'
          ? world.coordinator
          : holder === 'GMINA_OFFICIAL'
            ? world.official
            : holder === 'PLATFORM_ADMIN'
              ? await signedIn(api, { admin: true })
              : holder === 'PROGRAMME_MANAGER'
                ? await programmeHolder(world, 'PROGRAMME_MANAGER', null)
                : holder === 'CONSULTANT'
                  ? await programmeHolder(world, 'CONSULTANT', world.ids['programmeTeam'])
                  : holder === 'OTHER_TEAM_CONSULTANT'
                    ? await programmeHolder(world, 'CONSULTANT', world.ids['otherProgrammeTeam'])
                    : await signedIn(api, { partnershipId: world.ids['partnership'], role: holder });
      const registry = api.app.get(AccessRegistry);
      const scoped = operationsAgainst(api.app.get(GraphQLSchemaHost).schema, world).filter(
        (op) => op.kind !== 'subscription' && op.rule.kind === 'action' && op.rule.scope.length > 0,
      );
      const outcomes: string[] = [];
      const expected: string[] = [];
      for (const operation of scoped) {
        if (operation.rule.kind !== 'action') continue;
        const definition = registry.action(operation.rule.action);
        // What the table says for the thing as it now is (its authors, its status, its team),
        // for every role the caller holds on it, as AccessService weighs them: the world
        // satisfies every condition but "while it has no coordinator" (it has one) and those
        // about who wrote it (the coordinator wrote the plan, the official its comment).
        const scope = scopeOf(operation.rule, operation.variables);
        const facts = scope ? (await registry.scopeResolver(scope.kind).resolve([String(scope.id)])).get(String(scope.id)) : undefined;
        const grants = facts ? (await Promise.all(registry.grantSources().map((source) => source.grantsOn(caller.account.id, facts)))).flat() : [];
        const input = (grant: Grant | null) => ({ caller: { userId: caller.account.id, isPlatformAdmin: holder === 'PLATFORM_ADMIN' }, grant, scope: facts!, hasCoordinator: async () => true });
        const passes = async (condition: Condition | undefined, grant: Grant | null) => Boolean(condition && condition !== WHILE_NO_COORDINATOR && (await condition.test(input(grant))));
        // Someone with no role where the thing lives (a programme's consultant and a partnership's
        // project, a partnership's observer and a programme's report) is told it does not exist.
        let answer: 'allowed' | 'refused' | 'hidden' = facts && (grants.length || holder === 'PLATFORM_ADMIN') ? 'refused' : 'hidden';
        for (const grant of grants) if (await passes(definition.roles[grant.role], grant)) answer = 'allowed';
        if (facts && !grants.length && holder === 'PLATFORM_ADMIN' && (await passes(definition.platformAdmin, null))) answer = 'allowed';
        const error = (await caller.gql(operation.document, operation.variables)).errors?.[0];
        const refused = error?.extensions?.code === 'FORBIDDEN' && error.extensions['action'] === operation.rule.action;
        const outcome = refused ? 'refused' : error?.extensions?.code === 'NOT_FOUND' ? 'hidden' : 'allowed';
        outcomes.push(`${operation.name} (${operation.rule.action}): ${outcome}`);
        expected.push(`${operation.name} (${operation.rule.action}): ${answer}`);
        await restore(world);
      }
      expect(outcomes).toEqual(expected);
    });
  }
});

describe('platform administrators', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp({ imports: CONTEXT_MODULES, migrations: MIGRATIONS });
  });
  afterAll(() => api?.close());

  const CREATE = `mutation ($i: CreatePartnershipInput!) { createPartnership(input: $i) { id people { role } } }`;
  const APPOINT = `mutation ($i: AppointCoordinatorInput!) { appointCoordinator(input: $i) { email role status } }`;

  it('create partnerships and appoint a first coordinator by invitation, never themselves, and nothing more', async () => {
    const admin = await signedIn(api, { admin: true });
    const self = onlyError(await admin.gql(CREATE, { i: { name: 'Nowe partnerstwo', slug: `nowe-${Date.now()}`, firstCoordinatorEmail: admin.email } }));
    expect(self.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'firstCoordinatorEmail' });
    const created = (await admin.gql(CREATE, { i: { name: 'Nowe partnerstwo', slug: `nowe-${Date.now()}` } })).data!.createPartnership;
    expect(created.people).toEqual([]);
    expect(onlyError(await admin.gql(APPOINT, { i: { partnershipId: created.id, email: admin.email } })).extensions?.code).toBe('FORBIDDEN');
    const appointed = await admin.gql(APPOINT, { i: { partnershipId: created.id, email: 'przyszla.koordynatorka@test.example' } });
    expect(appointed.data?.appointCoordinator).toEqual({ email: 'przyszla.koordynatorka@test.example', role: 'COORDINATOR', status: 'PENDING' });
    // No role, so no power over the partnership itself: not even to grant one to themselves.
    const update = onlyError(await admin.gql(`mutation ($i: UpdatePartnershipInput!) { updatePartnership(input: $i) { id } }`, { i: { id: created.id, expectedVersion: 1, description: 'x' } }));
    expect(update.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'partnership.update' });
    const grant = onlyError(
      await admin.gql(`mutation ($i: ChangePartnershipRoleInput!) { changePartnershipRole(input: $i) { role } }`, {
        i: { partnershipId: created.id, userId: admin.account.id, role: 'COORDINATOR' },
      }),
    );
    expect(grant.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'partnership.people.manage' });
    const invite = onlyError(
      await admin.gql(`mutation ($i: InviteToPartnershipInput!) { inviteToPartnership(input: $i) { id } }`, { i: { partnershipId: created.id, email: admin.email, role: 'COORDINATOR' } }),
    );
    expect(invite.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'partnership.people.invite' });
    expect((await admin.gql(`query ($id: UUID) { partnership(id: $id) { people { role } } }`, { id: created.id })).data?.partnership.people).toEqual([]);
  });
});

/** HTTP routes beside GraphQL (downloads, later): one forgot its declaration. */
@Controller('probe')
class ProbeController {
  @Get('undeclared')
  undeclared() {
    return { leaked: 'Projekt z trasy bez reguły' };
  }

  @Public()
  @Get('open')
  open() {
    return { ok: true };
  }

  @Authenticated()
  @Get('mine')
  mine() {
    return { ok: true };
  }
}

@Module({ controllers: [ProbeController] })
class ProbeRoutesModule {}

describe('HTTP routes', () => {
  it('are refused unless they declare public or authenticated access, failing closed like GraphQL operations', async () => {
    const api = await createTestApp({ imports: [...CONTEXT_MODULES, ProbeRoutesModule], migrations: MIGRATIONS });
    try {
      const base = api.url.replace('/graphql', '');
      const person = await signedIn(api);
      const undeclared = await fetch(`${base}/probe/undeclared`, { headers: { authorization: `Bearer ${person.accessToken}`, 'accept-language': 'en' } });
      expect(undeclared.status).toBe(403);
      expect(await undeclared.json()).toEqual({ code: 'FORBIDDEN', message: 'This route declares no access rule, so nobody may call it.' });
      expect((await fetch(`${base}/probe/open`)).status).toBe(200);
      const anonymous = await fetch(`${base}/probe/mine`);
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect((await fetch(`${base}/probe/mine`, { headers: { authorization: `Bearer ${person.accessToken}` } })).status).toBe(200);
      // A signed-out session's token is refused on routes too.
      await person.gql(`mutation { signOutEverywhere }`);
      expect((await fetch(`${base}/probe/mine`, { headers: { authorization: `Bearer ${person.accessToken}` } })).status).toBe(401);
    } finally {
      await api.close();
    }
  });
});
