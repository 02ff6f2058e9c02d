import { PartnershipRole } from '@wspolnie/identity';
import { onlyError, type TestApp } from '@wspolnie/platform-testing';
import { ISTEBNA, must, partnership, person, programme, type ProgrammeWorld, RAJCZA, startAdvisoryApp, UJSOLY } from './advisory.factory';
import { inDays, OPEN, REGISTER, REGISTER_PUBLICLY } from './registration-world';
import { CREATE_ENGAGEMENT, recordActivity, UPDATE_ACTIVITY } from './support.factory';

const ENGAGEMENT_ACTIVITIES = `query ($id: UUID!) { engagement(id: $id) { activities { id } } }`;

/** Where support, registrations and access meet: an engagement's gminas, seats and counts, a seminar's kind. */
describe('activities and their registrations together', () => {
  let api: TestApp;
  let world: ProgrammeWorld;
  let engagementId: string;
  let partnershipId: string;

  beforeAll(async () => {
    api = await startAdvisoryApp();
    world = await programme(api);
    partnershipId = await partnership(api, [RAJCZA]);
    const engagement = await must(world.manager, CREATE_ENGAGEMENT, {
      i: { programmeId: world.id, title: 'Wsparcie Rajczy i Istebnej', stage: 'STRATEGY', startsOn: '2026-01-15', gminaTercs: [RAJCZA, ISTEBNA] },
    });
    engagementId = engagement.id;
  });
  afterAll(() => api?.close());

  const seminarOfEngagement = async () => {
    const seminar = await recordActivity(world.manager, {
      programmeId: world.id,
      engagementId,
      kind: 'SEMINAR',
      title: 'Seminarium w Rajczy',
      format: 'ONLINE',
      place: null,
      link: 'https://spotkanie.example/s',
      gminas: [{ terc: RAJCZA, participants: 0 }],
      status: 'RECORDED',
    });
    await must(world.manager, OPEN, { i: { activityId: seminar.id, capacity: 10, closesAt: inDays(10) } });
    return seminar;
  };

  it("lists an engagement's activities to each person by the activity's own reach, not the engagement's", async () => {
    const istebnaOnly = await recordActivity(world.manager, { programmeId: world.id, engagementId, title: 'Konsultacja w Istebnej', gminas: [{ terc: ISTEBNA, participants: 2 }], status: 'RECORDED' });
    const rajczaToo = await recordActivity(world.manager, { programmeId: world.id, engagementId, title: 'Konsultacja w Rajczy', gminas: [{ terc: RAJCZA, participants: 2 }], status: 'RECORDED' });
    const member = await person(api, partnershipId, PartnershipRole.COUNCIL_MEMBER);
    const seen = (await must(member, ENGAGEMENT_ACTIVITIES, { id: engagementId })).activities.map((activity: { id: string }) => activity.id);
    expect(seen).toContain(rajczaToo.id);
    expect(seen).not.toContain(istebnaOnly.id);
    expect((await must(world.manager, ENGAGEMENT_ACTIVITIES, { id: engagementId })).activities.map((activity: { id: string }) => activity.id)).toEqual(expect.arrayContaining([istebnaOnly.id, rajczaToo.id]));
  });

  it("takes registrations for the engagement's gminas only", async () => {
    const seminar = await seminarOfEngagement();
    const outside = onlyError(await (await person(api)).gql(REGISTER, { i: { activityId: seminar.id, gminaTerc: UJSOLY } }));
    expect(outside.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'gminaTerc' });
    const publicly = onlyError(await api.gql(REGISTER_PUBLICLY, { i: { activityId: seminar.id, name: 'Ktoś z Ujsół', email: 'ktos.ujsoly@test.example', gminaTerc: UJSOLY } }));
    expect(publicly.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'gminaTerc' });
    expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM activity_gmina WHERE activity_id = $1`, [seminar.id])).toEqual([{ n: 1 }]);
  });

  it('never lets an edit read before a seat was taken overwrite its count, nor count fewer than have seats', async () => {
    const seminar = await seminarOfEngagement();
    await must(await person(api), REGISTER, { i: { activityId: seminar.id, gminaTerc: RAJCZA } });
    const stale = onlyError(await world.manager.gql(UPDATE_ACTIVITY, { i: { id: seminar.id, expectedVersion: seminar.version, gminas: [{ terc: RAJCZA, participants: 0 }] } }));
    expect(stale.extensions?.code).toBe('CONFLICT');
    const [{ version }] = await api.dataSource.query(`SELECT version FROM activity WHERE id = $1`, [seminar.id]);
    const below = onlyError(await world.manager.gql(UPDATE_ACTIVITY, { i: { id: seminar.id, expectedVersion: version, gminas: [{ terc: RAJCZA, participants: 0 }] } }));
    expect(below.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(below.extensions)).toContain('gminas.0.participants');
    expect(await api.dataSource.query(`SELECT participants FROM activity_gmina WHERE activity_id = $1`, [seminar.id])).toEqual([{ participants: 1 }]);
  });

  it('refuses to make a seminar taking registrations a consultation', async () => {
    const seminar = await seminarOfEngagement();
    const [{ version }] = await api.dataSource.query(`SELECT version FROM activity WHERE id = $1`, [seminar.id]);
    const refused = onlyError(await world.manager.gql(UPDATE_ACTIVITY, { i: { id: seminar.id, expectedVersion: version, kind: 'CONSULTATION' } }));
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
  });
});
