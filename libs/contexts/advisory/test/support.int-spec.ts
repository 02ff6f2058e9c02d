import { PartnershipRole } from '@wspolnie/identity';
import { warsawDate } from '@wspolnie/kernel';
import { onlyError, type TestApp } from '@wspolnie/platform-testing';
import { ISTEBNA, must, partnership, person, type Person, programme, type ProgrammeWorld, RAJCZA, startAdvisoryApp, SZCZECIN, UJSOLY } from './advisory.factory';
import {
  areas,
  COPY_ACTIVITY,
  CREATE_ENGAGEMENT,
  GMINA_SUPPORT,
  idsOf,
  LIST_ACTIVITIES,
  LIST_ENGAGEMENTS,
  PARTNERSHIP_SUPPORT,
  READ_ACTIVITY,
  READ_SUPPORT,
  READ_ENGAGEMENT,
  recordActivity,
  UPDATE_ACTIVITY,
} from './support.factory';

describe('advisory support: engagements and activities, and who sees them', () => {
  let api: TestApp;
  let world: ProgrammeWorld;
  let supported: string;
  let engagement: any;

  beforeAll(async () => {
    api = await startAdvisoryApp();
    world = await programme(api);
    supported = await partnership(api, [RAJCZA, UJSOLY]);
    engagement = await must(world.manager, CREATE_ENGAGEMENT, {
      i: { programmeId: world.id, teamId: world.teams.south, partnershipId: supported, title: 'Wsparcie Partnerstwa Żywiecczyzny', stage: 'DIAGNOSIS', startsOn: '2026-01-15', consultantIds: [world.consultant.account.id] },
    });
  });
  afterAll(() => api?.close());

  it("takes a partnership's member gminas when none are named, and its name", () => {
    expect(engagement).toMatchObject({ programmeId: world.id, teamId: world.teams.south, partnershipId: supported, stage: 'DIAGNOSIS', version: 1, endsOn: null });
    expect(engagement.gminas.map((gmina: { terc: string }) => gmina.terc)).toEqual([RAJCZA, UJSOLY]);
    expect(engagement.partnership.name).toMatch(/^Partnerstwo wsparcia/);
    expect(engagement.consultants).toEqual([{ id: world.consultant.account.id }]);
  });

  it('records an activity with the defaults of its kind, and copies it as a template', async () => {
    const { standard } = await areas(api, supported);
    const workshop = await recordActivity(world.consultant, {
      programmeId: world.id,
      engagementId: engagement.id,
      kind: 'WORKSHOP',
      title: 'Warsztat: diagnoza potrzeb mieszkańców',
      startsAt: '09:30',
      topicId: world.modules[1],
      thematicAreaIds: [standard],
      gminas: [{ terc: RAJCZA, participants: 12 }, { terc: UJSOLY }],
      participants: [{ name: 'Zofia Gąsienica-Łęcka', gminaTerc: RAJCZA }, { name: 'Jan Kowalski' }],
      outcome: 'Uzgodniono zakres ankiety.',
      followUps: ['Przygotować ankietę dla mieszkańców Rajczy'],
    });
    expect(workshop).toMatchObject({
      status: 'DRAFT',
      heldOn: warsawDate(),
      startsAt: '09:30',
      durationMinutes: 180,
      format: 'ON_SITE',
      link: null,
      registrationOpen: false,
      programme: { id: world.id },
      team: { id: world.teams.south },
      engagement: { id: engagement.id },
      topic: { id: world.modules[1] },
      thematicAreas: [{ id: standard }],
      participantCount: 12,
      recordedBy: { id: world.consultant.account.id },
    });
    expect(workshop.gminas).toEqual([
      { participants: 12, gmina: { terc: RAJCZA, name: 'Rajcza' } },
      { participants: 0, gmina: { terc: UJSOLY, name: 'Ujsoły' } },
    ]);
    expect(workshop.participants).toEqual([
      { name: 'Jan Kowalski', gmina: null },
      { name: 'Zofia Gąsienica-Łęcka', gmina: { terc: RAJCZA } },
    ]);
    expect(workshop.followUps).toMatchObject([{ description: 'Przygotować ankietę dla mieszkańców Rajczy', taskId: null, projectId: null }]);
    const consultation = await recordActivity(world.manager, { programmeId: world.id, teamId: world.teams.west, kind: 'CONSULTATION', format: 'ONLINE', place: null, link: 'https://spotkania.example.pl/k1' });
    expect(consultation).toMatchObject({ durationMinutes: 60, format: 'ONLINE', link: 'https://spotkania.example.pl/k1', engagement: null, gminas: [], participantCount: 0 });

    const copy = await must(world.consultant, COPY_ACTIVITY, { i: { activityId: workshop.id, heldOn: '2026-05-04' } });
    expect(copy).toMatchObject({
      status: 'DRAFT',
      version: 1,
      heldOn: '2026-05-04',
      kind: 'WORKSHOP',
      title: workshop.title,
      durationMinutes: 180,
      format: 'ON_SITE',
      place: workshop.place,
      topic: { id: world.modules[1] },
      engagement: { id: engagement.id },
      team: { id: world.teams.south },
      thematicAreas: [{ id: standard }],
      outcome: '',
      participants: [],
      followUps: [],
      participantCount: 0,
      registrationOpen: false,
    });
    expect(copy.id).not.toBe(workshop.id);
    expect(copy.gminas.map((served: any) => [served.gmina.terc, served.participants]).sort()).toEqual([
      [RAJCZA, 0],
      [UJSOLY, 0],
    ]);
    const recorded = await must(world.consultant, UPDATE_ACTIVITY, { i: { id: workshop.id, expectedVersion: 1, status: 'RECORDED' } });
    expect(recorded).toMatchObject({ status: 'RECORDED', version: 2 });
    const events = await api.dataSource.query(`SELECT topic, action, scope_id FROM stream_event WHERE stream_id = $1 AND topic IN ('activity', 'engagement') ORDER BY seq`, [world.id]);
    expect(events.map((event: { action: string }) => event.action)).toEqual(['engagement.created', 'activity.created', 'activity.created', 'activity.copied', 'activity.updated']);
    // Scoped to the activity's team (none here), so a team's consultants follow only their team's support.
    const { south, west } = world.teams;
    expect(events.map((event: { scope_id: string | null }) => event.scope_id)).toEqual([south, south, west, south, south]);
  });

  describe('visibility', () => {
    let south: { recorded: string; draft: string };
    let west: string;
    let member: Person;

    beforeAll(async () => {
      const recorded = await recordActivity(world.consultant, { programmeId: world.id, engagementId: engagement.id, title: 'Konsultacja strategii', heldOn: '2026-03-02', status: 'RECORDED', gminas: [{ terc: RAJCZA, participants: 4 }] });
      const draft = await recordActivity(world.consultant, { programmeId: world.id, engagementId: engagement.id, title: 'Szkic: spotkanie z radą', heldOn: '2026-03-03', gminas: [{ terc: UJSOLY, participants: 2 }] });
      south = { recorded: recorded.id, draft: draft.id };
      west = (await recordActivity(world.westConsultant, { programmeId: world.id, teamId: world.teams.west, title: 'Konsultacja w Szczecinie', heldOn: '2026-03-04', status: 'RECORDED', gminas: [{ terc: SZCZECIN, participants: 7 }] })).id;
      member = await person(api, supported, PartnershipRole.OBSERVER);
    });

    it('shows the manager everything, and a team consultant their team only', async () => {
      const all = idsOf(await must(world.manager, LIST_ACTIVITIES, { p: world.id, first: 100 }));
      expect(all).toEqual(expect.arrayContaining([south.recorded, south.draft, west]));
      const westOnly = await must(world.westConsultant, LIST_ACTIVITIES, { p: world.id, t: world.teams.west, first: 100 });
      expect(westOnly.edges.every((edge: any) => edge.node.team?.id === world.teams.west)).toBe(true);
      expect(idsOf(westOnly)).toContain(west);
      for (const [query, variables, action] of [
        [READ_ACTIVITY, { id: south.recorded }, 'support.read'],
        [LIST_ACTIVITIES, { p: world.id }, 'support.read'],
        [LIST_ACTIVITIES, { p: world.id, t: world.teams.south }, 'support.read'],
        [UPDATE_ACTIVITY, { i: { id: south.draft, expectedVersion: 1, title: 'Cudzy szkic' } }, 'support.record'],
      ] as const) {
        expect(onlyError(await world.westConsultant.gql(query, variables)).extensions).toMatchObject({ code: 'FORBIDDEN', action });
      }
      const newestFirst = (await must(world.manager, LIST_ACTIVITIES, { p: world.id, first: 100 })).edges.map((edge: any) => edge.node.heldOn);
      expect(newestFirst).toEqual([...newestFirst].sort().reverse());
      const drafts = await must(world.manager, LIST_ACTIVITIES, { p: world.id, e: engagement.id, status: 'DRAFT', first: 100 });
      expect(idsOf(drafts)).toContain(south.draft);
      expect(idsOf(drafts)).not.toContain(south.recorded);
    });

    it("lists a programme's engagements, a team consultant's team only", async () => {
      const westEngagement = await must(world.westConsultant, CREATE_ENGAGEMENT, {
        i: { programmeId: world.id, teamId: world.teams.west, title: 'Wsparcie Szczecina', stage: 'STRATEGY', startsOn: '2026-02-01', gminaTercs: [SZCZECIN] },
      });
      expect(idsOf(await must(world.manager, LIST_ENGAGEMENTS, { p: world.id }))).toEqual([westEngagement.id, engagement.id]);
      expect(idsOf(await must(world.westConsultant, LIST_ENGAGEMENTS, { p: world.id, t: world.teams.west }))).toEqual([westEngagement.id]);
      expect(onlyError(await world.westConsultant.gql(LIST_ENGAGEMENTS, { p: world.id })).extensions).toMatchObject({ code: 'FORBIDDEN', action: 'support.read' });
      expect(onlyError(await world.westConsultant.gql(READ_ENGAGEMENT, { id: engagement.id })).extensions).toMatchObject({ code: 'FORBIDDEN', action: 'support.read' });
    });

    it("answers NOT_FOUND to another programme's consultant, an unrelated partnership's people and outsiders", async () => {
      const other = await programme(api);
      const unrelated = await person(api, await partnership(api, [ISTEBNA]), PartnershipRole.COORDINATOR);
      const outsider = await person(api);
      for (const who of [other.consultant, unrelated, outsider]) {
        expect(onlyError(await who.gql(READ_ACTIVITY, { id: south.recorded })).extensions?.code).toBe('NOT_FOUND');
        expect(onlyError(await who.gql(READ_ENGAGEMENT, { id: engagement.id })).extensions?.code).toBe('NOT_FOUND');
      }
      expect(onlyError(await unrelated.gql(PARTNERSHIP_SUPPORT, { p: supported })).extensions?.code).toBe('NOT_FOUND');
    });

    it("shows a supported partnership's people its recorded support, never the drafts", async () => {
      expect((await must(member, READ_SUPPORT, { id: south.recorded })).title).toBe('Konsultacja strategii');
      // Who took part, by name, is the programme's people's to see.
      expect(onlyError(await member.gql(`query ($id: UUID!) { activity(id: $id) { participants { name } } }`, { id: south.recorded })).extensions).toMatchObject({
        code: 'FORBIDDEN',
        action: 'support.people.read',
      });
      expect(onlyError(await member.gql(READ_ACTIVITY, { id: south.draft })).extensions?.code).toBe('NOT_FOUND');
      expect(onlyError(await member.gql(READ_ACTIVITY, { id: west })).extensions?.code).toBe('NOT_FOUND');
      const listed = await must(member, PARTNERSHIP_SUPPORT, { p: supported });
      expect(listed.edges.every((edge: any) => edge.node.status === 'RECORDED')).toBe(true);
      expect(idsOf(listed)).toContain(south.recorded);
      expect(idsOf(listed)).not.toContain(south.draft);
      const seen = await must(member, READ_ENGAGEMENT, { id: engagement.id });
      expect(seen.activities.every((activity: { status: string }) => activity.status === 'RECORDED')).toBe(true);
      expect((await must(world.manager, READ_ENGAGEMENT, { id: engagement.id })).activities.map((activity: { id: string }) => activity.id)).toContain(south.draft);
      // A gmina official of a member gmina sees it too: any role of the partnership counts.
      const official = await person(api, supported, PartnershipRole.GMINA_OFFICIAL, UJSOLY);
      expect((await must(official, READ_SUPPORT, { id: south.recorded })).id).toBe(south.recorded);
    });

    it("lists a gmina's support as each caller may see it", async () => {
      const outsider = await person(api);
      const forMember = await must(member, GMINA_SUPPORT, { terc: RAJCZA });
      expect(idsOf(forMember)).toContain(south.recorded);
      expect(forMember.totalCount).toBe(forMember.edges.length);
      expect(idsOf(await must(world.manager, GMINA_SUPPORT, { terc: RAJCZA }))).toContain(south.recorded);
      expect(await must(world.westConsultant, GMINA_SUPPORT, { terc: RAJCZA })).toMatchObject({ totalCount: 0, edges: [] });
      expect(await must(outsider, GMINA_SUPPORT, { terc: RAJCZA })).toMatchObject({ totalCount: 0, edges: [] });
      expect(idsOf(await must(world.westConsultant, GMINA_SUPPORT, { terc: SZCZECIN }))).toEqual([west]);
      const firstPage = await must(world.manager, GMINA_SUPPORT, { terc: RAJCZA, first: 1 });
      const secondPage = await must(world.manager, GMINA_SUPPORT, { terc: RAJCZA, first: 1, after: firstPage.pageInfo.endCursor });
      expect(firstPage.pageInfo.hasNextPage).toBe(true);
      expect(idsOf(secondPage)).not.toEqual(idsOf(firstPage));
      expect(onlyError(await member.gql(GMINA_SUPPORT, { terc: '12' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'terc' });
    });
  });

  it('reads a page of activities with all their fields in a few statements, however long the page', async () => {
    const bench = await programme(api);
    const { standard } = await areas(api, supported);
    for (let index = 0; index < 50; index += 1) {
      await recordActivity(bench.manager, {
        programmeId: bench.id,
        teamId: index % 2 ? bench.teams.west : bench.teams.south,
        title: `Konsultacja nr ${index + 1}`,
        heldOn: `2026-02-${String((index % 28) + 1).padStart(2, '0')}`,
        topicId: bench.additionalTopic,
        thematicAreaIds: [standard],
        gminas: [{ terc: RAJCZA, participants: index }, { terc: UJSOLY, participants: 1 }],
        participants: [{ name: `Uczestnik ${index}`, gminaTerc: RAJCZA }],
        followUps: [`Dalszy krok ${index}`],
      });
    }
    let page: any;
    const few = await api.countStatements(async () => {
      page = await must(bench.manager, LIST_ACTIVITIES, { p: bench.id, first: 5 });
    });
    const many = await api.countStatements(async () => {
      page = await must(bench.manager, LIST_ACTIVITIES, { p: bench.id, first: 50 });
    });
    expect(page.edges).toHaveLength(50);
    expect(page.totalCount).toBe(50);
    expect(page.edges[0].node).toMatchObject({ participantCount: expect.any(Number), topic: { id: bench.additionalTopic }, thematicAreas: [{ id: standard }] });
    expect(many).toBe(few);
    const first = await must(bench.manager, LIST_ACTIVITIES, { p: bench.id, first: 30 });
    const rest = await must(bench.manager, LIST_ACTIVITIES, { p: bench.id, first: 30, after: first.pageInfo.endCursor });
    expect([first.pageInfo.hasNextPage, rest.pageInfo.hasNextPage]).toEqual([true, false]);
    expect([...idsOf(first), ...idsOf(rest)]).toEqual(idsOf(page));
    // Signing in, the access check (2), the page and its count, then one statement per field
    // batch: programmes with their teams and topics, areas, gminas served, people named (and
    // their access check, 2), their gminas, follow-ups, who recorded them.
    expect(many).toBeLessThanOrEqual(14);
  });
});
