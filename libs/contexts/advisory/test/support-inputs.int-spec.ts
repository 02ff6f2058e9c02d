import { onlyError, type GraphqlClient, type TestApp } from '@wspolnie/platform-testing';
import { GRANT, ISTEBNA, MILOWKA, must, partnership, person, programme, type ProgrammeWorld, RAJCZA, startAdvisoryApp, UJSOLY } from './advisory.factory';
import { ADD_FOLLOW_UP, areas, CREATE_ACTIVITY, CREATE_ENGAGEMENT, DELETE_ACTIVITY, type Input, READ_ACTIVITY, recordActivity, rowCounts, UPDATE_ACTIVITY, UPDATE_ENGAGEMENT } from './support.factory';

describe('advisory support refuses what it cannot keep, naming the field, and changes nothing', () => {
  let api: TestApp;
  let world: ProgrammeWorld;
  let other: ProgrammeWorld;
  let supported: string;
  let engagement: any;
  let theAreas: { standard: string; own: string };

  beforeAll(async () => {
    api = await startAdvisoryApp();
    [world, other] = [await programme(api), await programme(api)];
    // A manager of both programmes passes the policy with either's ids: the services must tell them apart.
    await must(other.manager, GRANT, { i: { programmeId: other.id, email: world.manager.email, role: 'PROGRAMME_MANAGER' } });
    supported = await partnership(api, [RAJCZA, UJSOLY]);
    theAreas = await areas(api, supported);
    engagement = await must(world.manager, CREATE_ENGAGEMENT, {
      i: { programmeId: world.id, teamId: world.teams.south, partnershipId: supported, title: 'Wsparcie Żywiecczyzny', stage: 'FORMATION', startsOn: '2026-01-01' },
    });
  });
  afterAll(() => api?.close());

  /** Sends an operation that must be refused on `field`, and checks that no row changed. */
  async function refused(who: GraphqlClient, query: string, variables: Input, field: string, headers?: Record<string, string>) {
    const before = await rowCounts(api);
    const error = onlyError(await who.gql(query, variables, headers));
    expect({ field, ...error.extensions }).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await rowCounts(api)).toEqual(before);
    return error;
  }

  const engagementInput = (input: Input) => ({ i: { programmeId: world.id, title: 'Wsparcie gmin', stage: 'STRATEGY', startsOn: '2026-02-01', gminaTercs: [RAJCZA], ...input } });
  const activityInput = (input: Input) => ({ i: { programmeId: world.id, kind: 'CONSULTATION', title: 'Konsultacja', place: 'Rajcza, urząd gminy', ...input } });

  it('refuses bad engagements', async () => {
    const stranger = await person(api);
    await refused(world.manager, CREATE_ENGAGEMENT, engagementInput({ partnershipId: '3f2c5a0e-8d1b-4c7e-9f10-2b3c4d5e6f70', gminaTercs: [] }), 'partnershipId');
    await refused(world.manager, CREATE_ENGAGEMENT, engagementInput({ teamId: other.teams.west }), 'teamId');
    expect(onlyError(await world.consultant.gql(CREATE_ENGAGEMENT, engagementInput({ teamId: other.teams.west }))).extensions?.code).toBe('NOT_FOUND');
    await refused(world.manager, CREATE_ENGAGEMENT, engagementInput({ gminaTercs: [RAJCZA, '2417991'] }), 'gminaTercs.1');
    await refused(world.manager, CREATE_ENGAGEMENT, engagementInput({ gminaTercs: ['24171'] }), 'gminaTercs.0');
    await refused(world.manager, CREATE_ENGAGEMENT, engagementInput({ consultantIds: [world.consultant.account.id, stranger.account.id] }), 'consultantIds.1');
    await refused(world.manager, CREATE_ENGAGEMENT, engagementInput({ endsOn: '2026-01-31' }), 'endsOn');
    await refused(world.manager, CREATE_ENGAGEMENT, engagementInput({ gminaTercs: [] }), 'gminaTercs');
    await refused(world.manager, CREATE_ENGAGEMENT, engagementInput({ title: '  ' }), 'title');
    await refused(world.manager, UPDATE_ENGAGEMENT, { i: { id: engagement.id, expectedVersion: 1, consultantIds: [stranger.account.id] } }, 'consultantIds.0');
    await refused(world.manager, UPDATE_ENGAGEMENT, { i: { id: engagement.id, expectedVersion: 1, endsOn: '2025-12-31' } }, 'endsOn');
    // A team-limited consultant records in their team only: the policy refuses the rest.
    const outside = onlyError(await world.westConsultant.gql(CREATE_ENGAGEMENT, engagementInput({})));
    expect(outside.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'support.record' });
  });

  it('keeps an engagement\'s gminas that its activities served, and refuses a stale version', async () => {
    await recordActivity(world.consultant, { programmeId: world.id, engagementId: engagement.id, gminas: [{ terc: UJSOLY, participants: 3 }] });
    await refused(world.manager, UPDATE_ENGAGEMENT, { i: { id: engagement.id, expectedVersion: 1, gminaTercs: [RAJCZA] } }, 'gminaTercs');
    const updated = await must(world.manager, UPDATE_ENGAGEMENT, { i: { id: engagement.id, expectedVersion: 1, title: 'Wsparcie Żywiecczyzny i Milówki', gminaTercs: [RAJCZA, UJSOLY, MILOWKA] } });
    expect(updated).toMatchObject({ version: 2, gminas: expect.arrayContaining([{ terc: MILOWKA }]) });
    const before = await rowCounts(api);
    const stale = onlyError(await world.manager.gql(UPDATE_ENGAGEMENT, { i: { id: engagement.id, expectedVersion: 1, title: 'Nieaktualna zmiana' } }));
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(await rowCounts(api)).toEqual(before);
  });

  it('refuses activities outside their engagement, programme or team', async () => {
    const inOther = await must(other.manager, CREATE_ENGAGEMENT, { i: { programmeId: other.id, title: 'Cudze wsparcie', stage: 'FORMATION', startsOn: '2026-01-01', gminaTercs: [RAJCZA] } });
    await refused(world.manager, CREATE_ACTIVITY, activityInput({ engagementId: engagement.id, programmeId: other.id }), 'engagementId');
    await refused(world.manager, CREATE_ACTIVITY, activityInput({ engagementId: inOther.id }), 'engagementId');
    expect(onlyError(await world.consultant.gql(CREATE_ACTIVITY, activityInput({ engagementId: inOther.id }))).extensions?.code).toBe('NOT_FOUND');
    await refused(world.manager, CREATE_ACTIVITY, activityInput({ engagementId: engagement.id, teamId: world.teams.west }), 'teamId');
    const outside = await refused(world.manager, CREATE_ACTIVITY, activityInput({ engagementId: engagement.id, gminas: [{ terc: RAJCZA }, { terc: ISTEBNA }] }), 'gminas.1.terc');
    expect(outside.message).toContain('a gmina outside the engagement');
    await refused(world.manager, CREATE_ACTIVITY, activityInput({ teamId: other.teams.south }), 'teamId');
    await refused(world.manager, CREATE_ACTIVITY, activityInput({ topicId: other.modules[0] }), 'topicId');
    await refused(world.manager, CREATE_ACTIVITY, activityInput({ thematicAreaIds: [theAreas.standard, theAreas.own] }), 'thematicAreaIds.1');
    await refused(world.manager, CREATE_ACTIVITY, activityInput({ gminas: [{ terc: RAJCZA }, { terc: RAJCZA }] }), 'gminas.1.terc');
    await refused(world.manager, CREATE_ACTIVITY, activityInput({ gminas: [{ terc: '2417991' }] }), 'gminas.0.terc');
    await refused(world.manager, CREATE_ACTIVITY, activityInput({ gminas: [{ terc: RAJCZA }], participants: [{ name: 'Anna Nowak', gminaTerc: UJSOLY }] }), 'participants.0.gminaTerc');
  });

  it('refuses durations, counts, places, links and sizes out of bounds', async () => {
    for (const minutes of [0, -5, 1441]) {
      const error = await refused(world.manager, CREATE_ACTIVITY, activityInput({ durationMinutes: minutes }), 'durationMinutes');
      expect(error.message).toContain('at most 24 hours');
    }
    for (const participants of [-1, 10_001]) await refused(world.manager, CREATE_ACTIVITY, activityInput({ gminas: [{ terc: RAJCZA, participants }] }), 'gminas.0.participants');
    await refused(world.manager, CREATE_ACTIVITY, activityInput({ status: 'RECORDED' }), 'gminas');
    await refused(world.manager, CREATE_ACTIVITY, activityInput({ place: null }), 'place');
    await refused(world.manager, CREATE_ACTIVITY, activityInput({ format: 'ONLINE', place: null }), 'link');
    await refused(world.manager, CREATE_ACTIVITY, activityInput({ format: 'HYBRID' }), 'link');
    await refused(world.manager, CREATE_ACTIVITY, activityInput({ format: 'ONLINE', link: 'ftp://pliki.example.pl/x' }), 'link');
    await refused(world.manager, CREATE_ACTIVITY, activityInput({ startsAt: '25:00' }), 'startsAt');
    await refused(world.manager, CREATE_ACTIVITY, activityInput({ gminas: Array.from({ length: 501 }, () => ({ terc: RAJCZA })) }), 'gminas');
    await refused(world.manager, CREATE_ACTIVITY, activityInput({ participants: Array.from({ length: 501 }, (_, index) => ({ name: `Osoba ${index}` })) }), 'participants');
    await refused(world.manager, CREATE_ACTIVITY, activityInput({ followUps: Array.from({ length: 51 }, (_, index) => `Krok ${index}`) }), 'followUps');
    await refused(world.manager, CREATE_ACTIVITY, activityInput({ followUps: ['x'.repeat(2001)] }), 'followUps');
    await refused(world.manager, CREATE_ACTIVITY, activityInput({ outcome: 'ż'.repeat(10_001) }), 'outcome');
    const polish = await refused(world.manager, CREATE_ACTIVITY, activityInput({ durationMinutes: 1500 }), 'durationMinutes', { 'accept-language': 'pl' });
    expect(polish.message).toBe('durationMinutes musi być liczbą całkowitą minut od 1 do 1440: działanie trwa najwyżej 24 godziny.');
  });

  it('checks a correction as a whole, refuses a stale version, and deletes drafts only', async () => {
    const draft = await recordActivity(world.consultant, { programmeId: world.id, engagementId: engagement.id, gminas: [{ terc: RAJCZA, participants: 5 }], participants: [{ name: 'Ewa Kubień', gminaTerc: RAJCZA }] });
    await refused(world.consultant, UPDATE_ACTIVITY, { i: { id: draft.id, expectedVersion: 1, format: 'ONLINE' } }, 'link');
    await refused(world.consultant, UPDATE_ACTIVITY, { i: { id: draft.id, expectedVersion: 1, gminas: [{ terc: UJSOLY }] } }, 'gminas');
    await refused(world.consultant, UPDATE_ACTIVITY, { i: { id: draft.id, expectedVersion: 1, status: 'RECORDED', gminas: [], participants: [] } }, 'gminas');
    await refused(world.consultant, UPDATE_ACTIVITY, { i: { id: draft.id, expectedVersion: 1, durationMinutes: 2000 } }, 'durationMinutes');
    await refused(world.consultant, UPDATE_ACTIVITY, { i: { id: draft.id, expectedVersion: 1, title: null } }, 'title');
    const moved = await must(world.consultant, UPDATE_ACTIVITY, {
      i: { id: draft.id, expectedVersion: 1, gminas: [{ terc: UJSOLY, participants: 8 }], participants: [{ name: 'Ewa Kubień', gminaTerc: UJSOLY }], status: 'RECORDED' },
    });
    expect(moved).toMatchObject({ version: 2, status: 'RECORDED', participantCount: 8, participants: [{ name: 'Ewa Kubień', gmina: { terc: UJSOLY } }] });
    const before = await rowCounts(api);
    expect(onlyError(await world.consultant.gql(UPDATE_ACTIVITY, { i: { id: draft.id, expectedVersion: 1, title: 'Nieaktualne' } })).extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(onlyError(await world.consultant.gql(DELETE_ACTIVITY, { i: { id: draft.id, expectedVersion: 2 } })).extensions?.code).toBe('CONFLICT');
    expect(onlyError(await world.consultant.gql(DELETE_ACTIVITY, { i: { id: draft.id, expectedVersion: 1 } })).extensions?.code).toBe('CONFLICT');
    expect(await rowCounts(api)).toEqual(before);
    const back = await must(world.consultant, UPDATE_ACTIVITY, { i: { id: draft.id, expectedVersion: 2, status: 'DRAFT' } });
    expect(await must(world.consultant, DELETE_ACTIVITY, { i: { id: draft.id, expectedVersion: back.version } })).toBe(true);
    expect(onlyError(await world.manager.gql(READ_ACTIVITY, { id: draft.id })).extensions?.code).toBe('NOT_FOUND');
  });

  it('moves an activity to another team only for those who record there', async () => {
    const west = await recordActivity(world.westConsultant, { programmeId: world.id, teamId: world.teams.west });
    const refusedMove = onlyError(await world.westConsultant.gql(UPDATE_ACTIVITY, { i: { id: west.id, expectedVersion: 1, teamId: world.teams.south } }));
    expect(refusedMove.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'support.record' });
    expect((await must(world.manager, UPDATE_ACTIVITY, { i: { id: west.id, expectedVersion: 1, teamId: world.teams.south } })).team.id).toBe(world.teams.south);
    await refused(world.manager, ADD_FOLLOW_UP, { i: { activityId: west.id, description: ' ' } }, 'description');
    const reversed = onlyError(await world.manager.gql(`query ($p: UUID!) { activities(programmeId: $p, from: "2026-03-01", to: "2026-02-01") { totalCount } }`, { p: world.id }));
    expect(reversed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const cursor = onlyError(await world.manager.gql(`query ($p: UUID!, $a: String) { activities(programmeId: $p, after: $a) { totalCount } }`, { p: world.id, a: Buffer.from(JSON.stringify(['2026-13-45', west.id])).toString('base64url') }));
    expect(cursor.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
