import { Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TransactionHost } from '@nestjs-cls/transactional';
import { defineMessages, render } from '@wspolnie/platform-i18n';
import { mailMigrations } from '@wspolnie/platform-mail';
import { createTestApp, ProbeResolver, type TestApp } from '@wspolnie/platform-testing';
import { randomUUID } from 'node:crypto';
import {
  AccessRegistry,
  AccessService,
  ALLOWED,
  everyRole,
  FOR_OWN_GMINA,
  identityMigrations,
  PartnershipAccess,
  PartnershipRole,
  type Grant,
  type GrantSource,
  PartnershipGrants,
  policyTableMarkdown,
  type ScopeFacts,
  type TokensService,
  UserAccount,
  WHILE_NO_COORDINATOR,
} from '../src';
import type { Signals } from '@wspolnie/platform-realtime';
import { SessionsService } from '../src/lib/session/sessions.service';
import { CreateReferencedTables1795627054000, STAND_IN_ENTITIES } from './stand-in-tables';

/** What the made-up context's actions and things are called, as a context registers them. */
const testMessage = defineMessages('identity.accessTest', {
  en: {
    seeing: 'seeing it',
    changing: 'changing it',
    editing: 'editing things',
    appointing: 'appointing',
    partnership: 'Partnership',
    thing: 'Thing',
    leader: 'circle leader',
    member: 'circle member',
    inCircle: 'in this circle',
    ownTeam: 'in their own team',
  },
  pl: {
    seeing: 'przeglądanie go',
    changing: 'zmienianie go',
    editing: 'edytowanie rzeczy',
    appointing: 'wyznaczanie',
    partnership: 'Partnerstwo',
    thing: 'Rzecz',
    leader: 'lider kręgu',
    member: 'członek kręgu',
    inCircle: 'w tym kręgu',
    ownTeam: 'we własnym zespole',
  },
});

/**
 * A second kind of place, as advisory's programmes are: "circles" whose roles (leader,
 * member, limited to a team or not) are kept by another context; `CIRCLE_GRANTS` stands in
 * for its table ("<userId>:<circleId>" → grant).
 */
const CIRCLE_GRANTS = new Map<string, Grant>();
const IN_OWN_TEAM = { label: 'in their own team', refusal: testMessage('ownTeam'), test: ({ grant, scope }: { grant: Grant | null; scope: ScopeFacts }) => !grant?.teamId || grant.teamId === scope.teamId };

@Injectable()
class CircleGrants implements GrantSource, OnModuleInit {
  readonly roles = ['CIRCLE_LEADER', 'CIRCLE_MEMBER'];
  readonly place = testMessage('inCircle');
  constructor(private readonly registry: AccessRegistry) {}
  onModuleInit(): void {
    this.registry.grantSource(this);
  }
  roleName(role: string) {
    return testMessage(role === 'CIRCLE_LEADER' ? 'leader' : 'member');
  }
  async grantsOn(userId: string, facts: ScopeFacts) {
    const grant = facts.programmeId && CIRCLE_GRANTS.get(`${userId}:${facts.programmeId}`);
    return grant ? [grant] : [];
  }
}

/** Things of a made-up context: each belongs to a partnership (or a circle) and has gminas taking part. */
const THINGS = new Map<string, ScopeFacts>();

@Injectable()
class TestActions implements OnModuleInit {
  constructor(private readonly registry: AccessRegistry) {}

  onModuleInit(): void {
    this.registry.define({
      'partnership.read': { area: 'Test', words: testMessage('seeing'), roles: everyRole(), platformAdmin: ALLOWED },
      'partnership.update': { area: 'Test', words: testMessage('changing'), roles: { [PartnershipRole.COORDINATOR]: ALLOWED } },
      'thing.edit': {
        area: 'Test',
        words: testMessage('editing'),
        roles: { [PartnershipRole.COORDINATOR]: ALLOWED, [PartnershipRole.GMINA_OFFICIAL]: FOR_OWN_GMINA, CIRCLE_LEADER: ALLOWED, CIRCLE_MEMBER: IN_OWN_TEAM },
      },
      'coordinator.appoint': { area: 'Test', words: testMessage('appointing'), roles: { [PartnershipRole.COORDINATOR]: ALLOWED }, platformAdmin: WHILE_NO_COORDINATOR },
    });
    this.registry.scope('partnership', { noun: testMessage('partnership'), resolve: async (ids) => new Map(ids.map((id) => [id, { partnershipId: id }])) });
    this.registry.scope('thing', { noun: testMessage('thing'), resolve: async (ids) => new Map(ids.flatMap((id) => (THINGS.has(id) ? [[id, THINGS.get(id)!]] : []))) });
  }
}

@Module({
  imports: [TypeOrmModule.forFeature([UserAccount, PartnershipAccess, ...STAND_IN_ENTITIES])],
  providers: [AccessRegistry, PartnershipGrants, CircleGrants, AccessService, TestActions, ProbeResolver],
})
class AccessTestModule {}

describe('AccessService on PostgreSQL', () => {
  let api: TestApp;
  let access: AccessService;
  let partnershipId: string;
  let rajcza: string;
  let ujsoly: string;

  beforeAll(async () => {
    api = await createTestApp({ imports: [AccessTestModule], migrations: [CreateReferencedTables1795627054000, ...mailMigrations, ...identityMigrations] });
    access = api.app.get(AccessService);
    [{ id: partnershipId }] = await api.dataSource.query(`INSERT INTO partnership DEFAULT VALUES RETURNING id`);
    [{ id: rajcza }, { id: ujsoly }] = await api.dataSource.query(`INSERT INTO gmina SELECT FROM generate_series(1, 2) RETURNING id`);
    await api.dataSource.query(`INSERT INTO partnership_member VALUES ($1, $2), ($1, $3)`, [partnershipId, rajcza, ujsoly]);
  });
  afterAll(() => api?.close());

  async function person(role: PartnershipRole | null, gminaId: string | null = null, admin = false) {
    const userId = randomUUID();
    await api.dataSource.query(`INSERT INTO user_account (id, email, display_name, password_hash, is_platform_admin) VALUES ($1, $2, 'Osoba', 'x', $3)`, [userId, `${userId}@test.example`, admin]);
    if (role) await access.grant(userId, partnershipId, role, gminaId);
    return { userId, isPlatformAdmin: admin };
  }

  it('answers the access checks of many people made together outside a transaction with one query', async () => {
    const members = await Promise.all(Array.from({ length: 200 }, () => person(PartnershipRole.OBSERVER)));
    const outsiders = await Promise.all(Array.from({ length: 20 }, () => person(null)));
    let outcomes: PromiseSettledResult<unknown>[] = [];
    const statements = await api.countStatements(async () => {
      outcomes = await Promise.allSettled([...members, ...outsiders].map((actor) => access.assertCan(actor, 'partnership.read', 'partnership', partnershipId)));
    });
    expect(statements).toBe(1);
    expect(outcomes.slice(0, 200).every((outcome) => outcome.status === 'fulfilled')).toBe(true);
    expect(outcomes.slice(200).map((outcome) => (outcome.status === 'rejected' ? outcome.reason.code : 'allowed'))).toEqual(outsiders.map(() => 'NOT_FOUND'));
  });

  it('sees a role taken away at the very next check', async () => {
    const member = await person(PartnershipRole.COORDINATOR);
    await expect(access.assertCan(member, 'partnership.update', 'partnership', partnershipId)).resolves.toEqual({ partnershipId });
    await api.dataSource.query(`DELETE FROM partnership_access WHERE user_id = $1`, [member.userId]);
    await expect(access.assertCan(member, 'partnership.read', 'partnership', partnershipId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await access.grant(member.userId, partnershipId, PartnershipRole.OBSERVER);
    const refusal = access.assertCan(member, 'partnership.update', 'partnership', partnershipId);
    await expect(refusal).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'Your role in this partnership (observer) does not allow changing it.',
      details: { action: 'partnership.update' },
    });
    expect(render((await refusal.catch((error) => error)).text, 'pl')).toBe('Twoja rola w tym partnerstwie (obserwator) nie pozwala na zmienianie go.');
  });

  it("trusts the roles read with a session for that one request only, never for a socket's session", async () => {
    const member = await person(PartnershipRole.COORDINATOR);
    const [{ id: sessionId }] = await api.dataSource.query(`INSERT INTO auth_session (user_id) VALUES ($1) RETURNING id`, [member.userId]);
    // The token's signature is another test's subject: here it names the session, and nothing else is asked of it.
    const tokens = { verifyAccessToken: () => ({ sub: member.userId, sid: sessionId, exp: Date.now() / 1000 + 600 }) } as unknown as TokensService;
    const sessions = new SessionsService(api.app.get(TransactionHost), tokens, {} as Signals);
    const request = await sessions.authenticate('token', 'request');
    const connection = await sessions.authenticate('token', 'connection');
    if (!request || !connection) throw new Error('the session was not found');
    // The request's check reads nothing (this test's partnerships stand for themselves): the role came with the session.
    expect(await api.countStatements(() => access.assertCan(request, 'partnership.update', 'partnership', partnershipId))).toBe(0);
    // Taken away in the database itself, as another process does: a socket's next check sees it.
    await api.dataSource.query(`DELETE FROM partnership_access WHERE user_id = $1`, [member.userId]);
    await expect(access.assertCan(connection, 'partnership.read', 'partnership', partnershipId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // A role written by this process counts in the rest of the request that had read the old one.
    await access.grant(member.userId, partnershipId, PartnershipRole.OBSERVER);
    await expect(access.assertCan(request, 'partnership.update', 'partnership', partnershipId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets a gmina official act only where the gmina they act for takes part', async () => {
    const official = await person(PartnershipRole.GMINA_OFFICIAL, rajcza);
    const ours = randomUUID();
    const theirs = randomUUID();
    THINGS.set(ours, { partnershipId, gminaIds: [rajcza, ujsoly] });
    THINGS.set(theirs, { partnershipId, gminaIds: [ujsoly] });
    await expect(access.assertCan(official, 'thing.edit', 'thing', ours)).resolves.toMatchObject({ partnershipId });
    const refusal = access.assertCan(official, 'thing.edit', 'thing', theirs);
    await expect(refusal).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'Your role in this partnership (gmina official) allows editing things only where the gmina you act for takes part.',
    });
    expect(render((await refusal.catch((error) => error)).text, 'pl')).toBe(
      'Twoja rola w tym partnerstwie (urzędnik gminy) pozwala na edytowanie rzeczy tylko tam, gdzie uczestniczy gmina, w imieniu której działasz.',
    );
    const outsider = await person(null);
    const hidden = access.assertCan(outsider, 'thing.edit', 'thing', ours);
    await expect(hidden).rejects.toMatchObject({ code: 'NOT_FOUND', message: `Thing ${ours} does not exist.` });
    expect(render((await hidden.catch((error) => error)).text, 'pl')).toBe(`Rzecz ${ours} nie istnieje.`);
  });

  it('answers roles of another kind of place from their own source, and allows what any of the caller\'s roles allows', async () => {
    const circle = randomUUID();
    const north = randomUUID();
    const inNorth = randomUUID();
    const inSouth = randomUUID();
    const shared = randomUUID();
    THINGS.set(inNorth, { programmeId: circle, teamId: north });
    THINGS.set(inSouth, { programmeId: circle, teamId: randomUUID() });
    // Support a circle gave the partnership's gminas: its people see it too.
    THINGS.set(shared, { programmeId: circle, teamId: north, partnershipIds: [partnershipId], gminaIds: [ujsoly] });
    const member = await person(null);
    CIRCLE_GRANTS.set(`${member.userId}:${circle}`, { role: 'CIRCLE_MEMBER', heldIn: circle, teamId: north });
    await expect(access.assertCan(member, 'thing.edit', 'thing', inNorth)).resolves.toMatchObject({ teamId: north });
    const refusal = access.assertCan(member, 'thing.edit', 'thing', inSouth);
    await expect(refusal).rejects.toMatchObject({ code: 'FORBIDDEN', message: 'Your role in this circle (circle member) allows editing things only in their own team.' });
    expect(render((await refusal.catch((error) => error)).text, 'pl')).toBe('Twoja rola w tym kręgu (członek kręgu) pozwala na edytowanie rzeczy tylko we własnym zespole.');
    // A partnership role and a circle role on one thing: either may allow it.
    const official = await person(PartnershipRole.GMINA_OFFICIAL, rajcza);
    await expect(access.assertCan(official, 'thing.edit', 'thing', shared)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    CIRCLE_GRANTS.set(`${official.userId}:${circle}`, { role: 'CIRCLE_LEADER', heldIn: circle });
    await expect(access.assertCan(official, 'thing.edit', 'thing', shared)).resolves.toBeDefined();
    // Neither a partnership role elsewhere nor a role in another circle reaches it.
    const outsider = await person(PartnershipRole.COORDINATOR);
    CIRCLE_GRANTS.set(`${outsider.userId}:${randomUUID()}`, { role: 'CIRCLE_LEADER' });
    await expect(access.assertCan(outsider, 'thing.edit', 'thing', inNorth)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('gives a platform administrator without a role only what the table gives them', async () => {
    const admin = await person(null, null, true);
    await expect(access.assertCan(admin, 'partnership.read', 'partnership', partnershipId)).resolves.toBeDefined();
    await expect(access.assertCan(admin, 'partnership.update', 'partnership', partnershipId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await person(PartnershipRole.COORDINATOR);
    const refusal = access.assertCan(admin, 'coordinator.appoint', 'partnership', partnershipId);
    await expect(refusal).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'A platform administrator may take this action (appointing) only while the partnership has no coordinator.',
    });
    expect(render((await refusal.catch((error) => error)).text, 'pl')).toBe('Administrator platformy może wykonać tę czynność (wyznaczanie) tylko wtedy, gdy partnerstwo nie ma koordynatora.');
    const [{ id: empty }] = await api.dataSource.query(`INSERT INTO partnership DEFAULT VALUES RETURNING id`);
    await expect(access.assertCan(admin, 'coordinator.appoint', 'partnership', empty)).resolves.toBeDefined();
  });

  it('refuses an official without a gmina, and a gmina that is not a member', async () => {
    const userId = (await person(null)).userId;
    await expect(access.grant(userId, partnershipId, PartnershipRole.GMINA_OFFICIAL, null)).rejects.toThrow(/partnership_access_official_names_gmina/);
    const [{ id: elsewhere }] = await api.dataSource.query(`INSERT INTO gmina DEFAULT VALUES RETURNING id`);
    await expect(access.grant(userId, partnershipId, PartnershipRole.GMINA_OFFICIAL, elsewhere)).rejects.toThrow(/partnership_access_member_fk/);
  });

  it('reads the role inside a transaction from that transaction, which sees its own writes', async () => {
    const member = await person(null);
    await expect(
      api.app.get(TransactionHost).withTransaction(async () => {
        await access.grant(member.userId, partnershipId, PartnershipRole.COORDINATOR);
        await access.assertCan(member, 'partnership.update', 'partnership', partnershipId);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await expect(access.assertCan(member, 'partnership.read', 'partnership', partnershipId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('does not let a malformed id in a batch fail the checks batched with it', async () => {
    const member = await person(PartnershipRole.OBSERVER);
    const [good, bad] = await Promise.allSettled([
      access.assertCan({ ...member, userId: member.userId.toUpperCase() }, 'partnership.read', 'partnership', partnershipId),
      access.assertCan(member, 'partnership.read', 'partnership', 'not-a-uuid'),
    ]);
    expect(good.status).toBe('fulfilled');
    expect(bad.status === 'rejected' && bad.reason.code).toBe('NOT_FOUND');
  });

  it('prints the composed table, with each condition in its cell', () => {
    const table = policyTableMarkdown(api.app.get(AccessRegistry).rows(), api.app.get(AccessRegistry).roles());
    expect(table.split('\n')[0]).toBe('| action | coordinator | council member | gmina official | advisor | observer | circle leader | circle member | platform admin (no role) |');
    expect(table).toContain('| Editing things (`thing.edit`) | ✓ |  | where their gmina takes part |  |  | ✓ | in their own team |  |');
    expect(table).toContain('| Appointing (`coordinator.appoint`) | ✓ |  |  |  |  |  |  | while it has no coordinator |');
  });
});
