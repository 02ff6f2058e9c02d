import { AccessService, PartnershipRole } from '@wspolnie/identity';
import { type GraphqlClient, onlyError, type TestApp } from '@wspolnie/platform-testing';
import { CREATE, type PartnershipsApp, PARTNERSHIP_FIELDS, startPartnershipsApp, tableCounts } from './partnership.factory';
import { signedInPerson } from './people.factory';

const RAJCZA = '2417112';
const UJSOLY = '2417142';
const ISTEBNA = '2403092';
const MILOWKA = '2417092';

describe('partnerships (GraphQL over a migrated PostgreSQL)', () => {
  let api: TestApp;
  let areas: Record<string, string>;
  let admin: GraphqlClient;
  let coordinator: GraphqlClient;
  let create: PartnershipsApp['create'];

  beforeAll(async () => ({ api, areas, admin, coordinator, create } = await startPartnershipsApp()));
  afterAll(() => api?.close());

  describe('creating', () => {
    it('creates a partnership with member gminas and thematic areas, keeping Polish text intact', async () => {
      const partnership = await create({
        name: 'Partnerstwo Żywiecczyzny — ścieżki rowerowe 🚲',
        description: 'Łączniki VeloSoły do Ujsół i Istebnej',
        hostOrganisation: 'Stowarzyszenie Aglomeracja Beskidzka',
        programme: 'Pilotaż CWD',
        members: [
          { gminaTerc: RAJCZA, role: 'LEADER', joinedOn: '2020-11-30' },
          { gminaTerc: UJSOLY, joinedOn: '2020-11-30' },
        ],
        thematicAreaIds: [areas['CYCLING_ROUTES'], areas['TOURISM']],
      });
      expect(partnership).toMatchObject({
        name: 'Partnerstwo Żywiecczyzny — ścieżki rowerowe 🚲',
        description: 'Łączniki VeloSoły do Ujsół i Istebnej',
        stage: 'FORMATION',
        version: 1,
        members: [
          { role: 'LEADER', joinedOn: '2020-11-30', gmina: { terc: RAJCZA, name: 'Rajcza' } },
          { role: 'MEMBER', joinedOn: '2020-11-30', gmina: { terc: UJSOLY, name: 'Ujsoły' } },
        ],
        leader: { gmina: { name: 'Rajcza' } },
      });
      expect(partnership.thematicAreas.map((area: { code: string }) => area.code).sort()).toEqual(['CYCLING_ROUTES', 'TOURISM']);

      const bySlug = await coordinator.gql(`query ($slug: String) { partnership(slug: $slug) { id name } }`, { slug: partnership.slug });
      expect(bySlug.data?.partnership).toEqual({ id: partnership.id, name: partnership.name });
    });

    it.each([
      [{ name: '' }, 'name', 'name must not be empty'],
      [{ name: '   ' }, 'name', 'name must not be empty'],
      [{ name: 'x'.repeat(201) }, 'name', 'name must be at most 200 characters long'],
      [{ slug: 'Beskidy 6' }, 'slug', 'slug must be 2 to 60'],
      [{ slug: 'a'.repeat(61) }, 'slug', 'slug must be 2 to 60'],
      [{ description: 'x'.repeat(5001) }, 'description', 'description must be at most 5000'],
      [{ members: [{ gminaTerc: '24171' }] }, 'members.0.gminaTerc', 'not a gmina TERC code'],
      [{ members: [{ gminaTerc: RAJCZA }, { gminaTerc: '2417992' }] }, 'members.1.gminaTerc', 'not a gmina in the TERC register'],
      [{ members: [{ gminaTerc: RAJCZA }, { gminaTerc: RAJCZA }] }, 'members.1.gminaTerc', 'Rajcza (2417112) is listed twice'],
      [{ members: [{ gminaTerc: RAJCZA, role: 'LEADER' }, { gminaTerc: UJSOLY, role: 'LEADER' }] }, 'members.1.role', 'at most one leader'],
      [{ thematicAreaIds: ['00000000-0000-4000-8000-000000000000'] }, 'thematicAreaIds.0', '00000000-0000-4000-8000-000000000000 is neither a standard thematic area nor one of this partnership\'s own.'],
      [{ thematicAreaIds: ['123'] }, 'thematicAreaIds.0', '"123" is not an id'],
      [{ firstCoordinatorEmail: 'nie-adres' }, 'firstCoordinatorEmail', 'firstCoordinatorEmail must be an e-mail address.'],
    ])('refuses %j as BAD_USER_INPUT on %s and writes nothing', async (override, field, message) => {
      const before = await tableCounts(api);
      const result = await admin.gql(CREATE, { input: { name: 'Partnerstwo', slug: `bad-${Date.now()}`, ...override } });
      const error = onlyError(result);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(error.message).toContain(message);
      expect(JSON.stringify(error)).not.toMatch(/stack|at \w+ \(|QueryFailedError|SELECT|INSERT/);
      expect(await tableCounts(api)).toEqual(before);
    });

    it('refuses a taken slug as CONFLICT and rolls the whole creation back', async () => {
      const existing = await create();
      const before = await tableCounts(api);
      const error = onlyError(
        await admin.gql(CREATE, {
          input: { name: 'Druga', slug: existing.slug, members: [{ gminaTerc: ISTEBNA }], thematicAreaIds: [areas['TOURISM']] },
        }),
      );
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'slug' });
      expect(await tableCounts(api)).toEqual(before);
    });
  });

  describe('looking up', () => {
    it('answers NOT_FOUND for an unknown id or slug, and BAD_USER_INPUT for a malformed id', async () => {
      const unknown = onlyError(await coordinator.gql(`{ partnership(id: "6f1d2c3b-0000-4000-8000-000000000000") { id } }`));
      expect(unknown.extensions?.code).toBe('NOT_FOUND');
      const unknownSlug = onlyError(await coordinator.gql(`{ partnership(slug: "nie-ma-takiego") { id } }`));
      expect(unknownSlug.extensions?.code).toBe('NOT_FOUND');
      const malformed = onlyError(await coordinator.gql(`{ partnership(id: "42") { id } }`));
      expect(malformed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      const neither = onlyError(await coordinator.gql(`{ partnership { id } }`));
      expect(neither.extensions?.code).toBe('BAD_USER_INPUT');
      expect(unknown.message).toBe('Partnership 6f1d2c3b-0000-4000-8000-000000000000 does not exist.');
    });
  });

  describe('members', () => {
    const ADD = `mutation ($input: AddPartnershipMemberInput!) { addPartnershipMember(input: $input) { ${PARTNERSHIP_FIELDS} } }`;
    const ROLE = `mutation ($input: ChangePartnershipMemberRoleInput!) { changePartnershipMemberRole(input: $input) { ${PARTNERSHIP_FIELDS} } }`;
    const REMOVE = `mutation ($input: RemovePartnershipMemberInput!) { removePartnershipMember(input: $input) { ${PARTNERSHIP_FIELDS} } }`;

    it('adds, re-roles and removes members, raising the version each time', async () => {
      const partnership = await create({ members: [{ gminaTerc: RAJCZA, joinedOn: '2020-11-30' }] });
      const added = await coordinator.gql(ADD, { input: { partnershipId: partnership.id, gminaTerc: MILOWKA, joinedOn: '2021-01-15' } });
      expect(added.data?.addPartnershipMember.members.map((m: any) => m.gmina.name)).toEqual(['Rajcza', 'Milówka']);
      expect(added.data?.addPartnershipMember.version).toBe(2);

      const promoted = await coordinator.gql(ROLE, { input: { partnershipId: partnership.id, gminaTerc: MILOWKA, role: 'LEADER', expectedVersion: 2 } });
      expect(promoted.data?.changePartnershipMemberRole.leader).toEqual({ gmina: { name: 'Milówka' } });

      const removed = await coordinator.gql(REMOVE, { input: { partnershipId: partnership.id, gminaTerc: MILOWKA } });
      expect(removed.data?.removePartnershipMember).toMatchObject({ version: 4, leader: null, members: [{ gmina: { name: 'Rajcza' } }] });
    });

    it('refuses a gmina that is already a member as CONFLICT and changes nothing', async () => {
      const partnership = await create({ members: [{ gminaTerc: RAJCZA }] });
      const before = await tableCounts(api);
      const error = onlyError(await coordinator.gql(ADD, { input: { partnershipId: partnership.id, gminaTerc: RAJCZA } }));
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'gminaTerc' });
      expect(error.message).toBe('Rajcza (2417112) is already a member of this partnership.');
      expect(await tableCounts(api)).toEqual(before);
    });

    it('refuses a second leader, by adding or by promoting, and changes nothing', async () => {
      const partnership = await create({ members: [{ gminaTerc: RAJCZA, role: 'LEADER' }, { gminaTerc: UJSOLY }] });
      const before = await tableCounts(api);
      const adding = onlyError(await coordinator.gql(ADD, { input: { partnershipId: partnership.id, gminaTerc: ISTEBNA, role: 'LEADER' } }));
      expect(adding.extensions).toMatchObject({ code: 'CONFLICT', field: 'role' });
      expect(adding.message).toContain('Rajcza (2417112) already leads this partnership');
      const promoting = onlyError(
        await coordinator.gql(ROLE, { input: { partnershipId: partnership.id, gminaTerc: UJSOLY, role: 'LEADER', expectedVersion: 1 } }),
      );
      expect(promoting.extensions).toMatchObject({ code: 'CONFLICT', field: 'role' });
      expect(await tableCounts(api)).toEqual(before);
    });

    it('keeps the membership rules in the database itself', async () => {
      const partnership = await create({ members: [{ gminaTerc: RAJCZA, role: 'LEADER' }] });
      const insert = (terc: string, role: string) =>
        api.dataSource.query(
          `INSERT INTO partnership_member (partnership_id, gmina_id, role, joined_on)
           SELECT $1, id, $3, current_date FROM gmina WHERE terc = $2`,
          [partnership.id, terc, role],
        );
      await expect(insert(UJSOLY, 'LEADER')).rejects.toMatchObject({ constraint: 'partnership_member_one_leader' });
      await expect(insert(RAJCZA, 'MEMBER')).rejects.toMatchObject({ constraint: 'partnership_member_pk' });
      await expect(
        api.dataSource.query(`INSERT INTO partnership_member (partnership_id, gmina_id, joined_on) VALUES ($1, gen_random_uuid(), current_date)`, [
          partnership.id,
        ]),
      ).rejects.toMatchObject({ constraint: 'partnership_member_gmina_fk' });
    });

    it('answers NOT_FOUND for an unknown partnership or a gmina that is not a member', async () => {
      const unknown = onlyError(await coordinator.gql(ADD, { input: { partnershipId: '6f1d2c3b-0000-4000-8000-000000000000', gminaTerc: RAJCZA } }));
      expect(unknown.extensions?.code).toBe('NOT_FOUND');
      const partnership = await create();
      const notMember = onlyError(await coordinator.gql(REMOVE, { input: { partnershipId: partnership.id, gminaTerc: RAJCZA } }));
      expect(notMember.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'gminaTerc' });
      expect(notMember.message).toBe('Rajcza (2417112) is not a member of this partnership.');
    });
  });

  describe('updating with versions', () => {
    const UPDATE = `mutation ($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { ${PARTNERSHIP_FIELDS} } }`;

    it('applies a change made on the current version and clears nullable fields with null', async () => {
      const partnership = await create({ programme: 'Pilotaż CWD' });
      const result = await coordinator.gql(UPDATE, {
        input: { id: partnership.id, expectedVersion: 1, name: 'Nowa nazwa', stage: 'STRATEGY', programme: null },
      });
      expect(result.data?.updatePartnership).toMatchObject({ name: 'Nowa nazwa', stage: 'STRATEGY', programme: null, version: 2 });
    });

    it('refuses a stale version as CONFLICT with the current version, and changes nothing', async () => {
      const partnership = await create();
      await coordinator.gql(UPDATE, { input: { id: partnership.id, expectedVersion: 1, name: 'Pierwsza zmiana' } });
      const error = onlyError(await coordinator.gql(UPDATE, { input: { id: partnership.id, expectedVersion: 1, name: 'Druga zmiana' } }));
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2, expectedVersion: 1 });
      expect(error.message).toBe('Partnership „Pierwsza zmiana” was changed by someone else meanwhile (it is now at version 2, you had version 1). Reload it and apply your change again.');
      const now = await coordinator.gql(`query ($id: UUID) { partnership(id: $id) { name version } }`, { id: partnership.id });
      expect(now.data?.partnership).toEqual({ name: 'Pierwsza zmiana', version: 2 });
    });

    it('lets exactly one of many concurrent updates of the same version win', async () => {
      const partnership = await create();
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, index) =>
          coordinator.gql(UPDATE, { input: { id: partnership.id, expectedVersion: 1, description: `wersja ${index}` } }),
        ),
      );
      const applied = results.filter((result) => result.data?.updatePartnership);
      const refused = results.filter((result) => result.errors?.[0]?.extensions?.code === 'CONFLICT');
      expect(applied).toHaveLength(1);
      expect(refused).toHaveLength(11);
      const now = await coordinator.gql(`query ($id: UUID) { partnership(id: $id) { description version } }`, { id: partnership.id });
      expect(now.data?.partnership).toEqual({ description: applied[0].data!.updatePartnership.description, version: 2 });
    });

    it.each([
      [{ name: null }, 'name'],
      [{ name: '' }, 'name'],
      [{ stage: null }, 'stage'],
      [{ expectedVersion: 0 }, 'expectedVersion'],
    ])('refuses %j as BAD_USER_INPUT', async (override, field) => {
      const partnership = await create();
      const error = onlyError(await coordinator.gql(UPDATE, { input: { id: partnership.id, expectedVersion: 1, ...override } }));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });
  });

  describe('thematic areas', () => {
    const SET = `mutation ($input: SetPartnershipThematicAreasInput!) { setPartnershipThematicAreas(input: $input) { version thematicAreas { code namePl } } }`;
    const OWN = `mutation ($input: AddOwnThematicAreaInput!) { addOwnThematicArea(input: $input) { version thematicAreas { id code namePl nameEn isStandard } } }`;

    it('lists the standard catalogue with Polish and English names', async () => {
      const result = await coordinator.gql(`{ thematicAreas { code namePl nameEn isStandard } }`);
      expect(result.data?.thematicAreas).toHaveLength(8);
      expect(result.data?.thematicAreas).toContainEqual({
        code: 'BIODIVERSITY',
        namePl: 'Ochrona bioróżnorodności',
        nameEn: 'Biodiversity protection',
        isStandard: true,
      });
    });

    it('replaces a partnership\'s areas and adds its own ones', async () => {
      const partnership = await create({ thematicAreaIds: [areas['TOURISM']] });
      const set = await coordinator.gql(SET, { input: { partnershipId: partnership.id, expectedVersion: 1, thematicAreaIds: [areas['LOCAL_ROADS']] } });
      expect(set.data?.setPartnershipThematicAreas).toEqual({ version: 2, thematicAreas: [{ code: 'LOCAL_ROADS', namePl: 'Drogi lokalne' }] });

      const own = await coordinator.gql(OWN, { input: { partnershipId: partnership.id, namePl: 'Gospodarka wodna', nameEn: 'Water management' } });
      expect(own.data?.addOwnThematicArea.thematicAreas).toEqual([
        expect.objectContaining({ code: 'LOCAL_ROADS' }),
        expect.objectContaining({ code: null, namePl: 'Gospodarka wodna', isStandard: false }),
      ]);
    });

    it('refuses duplicate names and another partnership\'s own areas', async () => {
      const first = await create();
      const second = await create();
      const own = await coordinator.gql(OWN, { input: { partnershipId: first.id, namePl: 'Sport' } });
      const ownId = own.data?.addOwnThematicArea.thematicAreas[0].id;

      const again = onlyError(await coordinator.gql(OWN, { input: { partnershipId: first.id, namePl: 'SPORT' } }));
      expect(again.extensions).toMatchObject({ code: 'CONFLICT', field: 'namePl' });
      expect(again.message).toBe('This partnership already has a thematic area named „SPORT”.');
      const standard = onlyError(await coordinator.gql(OWN, { input: { partnershipId: first.id, namePl: 'turystyka' } }));
      expect(standard.message).toBe('„turystyka” is already a standard thematic area; add that one instead.');

      const before = await tableCounts(api);
      const foreign = onlyError(await coordinator.gql(SET, { input: { partnershipId: second.id, expectedVersion: 1, thematicAreaIds: [ownId] } }));
      expect(foreign.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'thematicAreaIds.0' });
      expect(await tableCounts(api)).toEqual(before);
    });
  });

  describe('listing', () => {
    const LIST = `
      query ($first: Int, $after: String, $filter: PartnershipFilter) {
        partnerships(first: $first, after: $after, filter: $filter) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { node { name members { gmina { name powiat { name } voivodeship { name } } } thematicAreas { namePl } } }
        }
      }`;

    it('filters by member gmina and by thematic area', async () => {
      const marker = `Filtr ${Date.now()}`;
      await create({ name: `${marker} A`, members: [{ gminaTerc: ISTEBNA }], thematicAreaIds: [areas['SENIOR_POLICY']] });
      await create({ name: `${marker} B`, members: [{ gminaTerc: ISTEBNA }, { gminaTerc: MILOWKA }] });
      const byGmina = await coordinator.gql(LIST, { first: 100, filter: { gminaTerc: MILOWKA } });
      expect(byGmina.data?.partnerships.edges.map((e: any) => e.node.name)).toContain(`${marker} B`);
      expect(byGmina.data?.partnerships.edges.map((e: any) => e.node.name)).not.toContain(`${marker} A`);
      const byArea = await coordinator.gql(LIST, { first: 100, filter: { thematicAreaId: areas['SENIOR_POLICY'] } });
      expect(byArea.data?.partnerships.edges.map((e: any) => e.node.name)).toEqual([`${marker} A`]);
      const malformed = onlyError(await coordinator.gql(LIST, { filter: { gminaTerc: 'abc' } }));
      expect(malformed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.gminaTerc' });
    });

    it('reads partnerships → members → gmina → powiat in the same number of statements for 3 or 30 partnerships', async () => {
      for (let index = 0; index < 30; index += 1) {
        await create({
          name: `0 Odczyt ${String(index).padStart(2, '0')}`, // sorts before every other partnership
          members: [{ gminaTerc: RAJCZA, role: 'LEADER' }, { gminaTerc: UJSOLY }, { gminaTerc: ISTEBNA }],
          thematicAreaIds: [areas['TOURISM'], areas['DIGITALISATION']],
        });
      }
      let small: any;
      let large: any;
      const smallCount = await api.countStatements(async () => (small = await coordinator.gql(LIST, { first: 3 })));
      const largeCount = await api.countStatements(async () => (large = await coordinator.gql(LIST, { first: 30 })));
      expect(small.data.partnerships.edges).toHaveLength(3);
      expect(large.data.partnerships.edges).toHaveLength(30);
      expect(large.data.partnerships.edges.flatMap((e: any) => e.node.members)).toHaveLength(90);
      // caller's account with their partnerships + page + totalCount + members + gminas (with
      // powiat and voivodeship) + thematic areas, whatever the page size
      expect(largeCount).toBe(smallCount);
      expect(largeCount).toBe(6);
    });
  });
  describe('in Polish', () => {
    const pl = { 'accept-language': 'pl' };

    it('answers refusals in Polish, naming the gminas', async () => {
      const partnership = await create({ members: [{ gminaTerc: RAJCZA, role: 'LEADER' }] });
      const ADD = `mutation ($input: AddPartnershipMemberInput!) { addPartnershipMember(input: $input) { id } }`;
      const again = onlyError(await coordinator.gql(ADD, { input: { partnershipId: partnership.id, gminaTerc: RAJCZA } }, pl));
      expect(again.message).toBe('Gmina Rajcza (2417112) jest już członkiem tego partnerstwa.');
      const leader = onlyError(await coordinator.gql(ADD, { input: { partnershipId: partnership.id, gminaTerc: UJSOLY, role: 'LEADER' } }, pl));
      expect(leader.message).toBe('Liderem tego partnerstwa jest już gmina Rajcza (2417112); najpierw zmień jej rolę na partnera.');
      const slug = onlyError(await admin.gql(CREATE, { input: { name: 'Partnerstwo', slug: 'Zła Nazwa' } }, pl));
      expect(slug).toMatchObject({
        message: 'slug musi mieć od 2 do 60 znaków: małe litery (bez polskich znaków), cyfry i pojedyncze łączniki, np. „beskidy-6”.',
        extensions: { code: 'BAD_USER_INPUT', field: 'slug' },
      });
      const taken = onlyError(await admin.gql(CREATE, { input: { name: 'Druga', slug: partnership.slug } }, pl));
      expect(taken.message).toBe(`Skróconą nazwę „${partnership.slug}” ma już inne partnerstwo; wybierz inną.`);
      const terc = onlyError(await coordinator.gql(`query ($f: PartnershipFilter) { partnerships(filter: $f) { totalCount } }`, { f: { gminaTerc: '2417114' } }, pl));
      expect(terc.message).toBe('„2417114” nie jest kodem TERC gminy: ostatnia cyfra, oznaczająca rodzaj gminy, musi być 1, 2 lub 3.');
    });
  });

  describe('removing a member someone acts for', () => {
    const REMOVE = `mutation ($input: RemovePartnershipMemberInput!) { removePartnershipMember(input: $input) { id } }`;

    it('is refused as CONFLICT naming the people who act for it, and changes nothing', async () => {
      const partnership = await create({ members: [{ gminaTerc: RAJCZA }, { gminaTerc: ISTEBNA }] });
      const [{ id: rajcza }] = await api.dataSource.query(`SELECT id FROM gmina WHERE terc = $1`, [RAJCZA]);
      const access = api.app.get(AccessService);
      const official = await signedInPerson(api, { gminaId: rajcza });
      await access.grant(official.account.id, partnership.id, PartnershipRole.GMINA_OFFICIAL, rajcza);
      const before = await tableCounts(api);
      const one = onlyError(await coordinator.gql(REMOVE, { input: { partnershipId: partnership.id, gminaTerc: RAJCZA } }));
      expect(one).toMatchObject({
        message: `Rajcza (2417112) is the gmina ${official.account.displayName} acts for in this partnership; change that person's role first.`,
        extensions: { code: 'CONFLICT', field: 'gminaTerc' },
      });
      const second = await signedInPerson(api, { gminaId: rajcza });
      await access.grant(second.account.id, partnership.id, PartnershipRole.GMINA_OFFICIAL, rajcza);
      const names = [official.account.displayName, second.account.displayName].sort(new Intl.Collator('pl').compare).join(', ');
      const two = onlyError(await coordinator.gql(REMOVE, { input: { partnershipId: partnership.id, gminaTerc: RAJCZA } }, { 'accept-language': 'pl' }));
      expect(two.message).toBe(`W imieniu gminy Rajcza (2417112) działają w tym partnerstwie 2 osoby (${names}); najpierw zmień ich role.`);
      expect(await tableCounts(api)).toEqual(before);
      // The refused removal left the transaction usable and undid nothing else: another member still goes.
      const removed = await coordinator.gql(REMOVE, { input: { partnershipId: partnership.id, gminaTerc: ISTEBNA } });
      expect(removed.errors).toBeUndefined();
    });
  });
});
