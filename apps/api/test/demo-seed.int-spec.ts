import { warsawDate } from '@wspolnie/kernel';
import { DemoSeedRunner, type DemoSeeder } from '@wspolnie/platform-database';
import { createTestApp, type TestApp } from '@wspolnie/platform-testing';
import { CONTEXT_MODULES, DEMO_SEEDERS, MIGRATIONS } from '../src/app/composition';

const DEMO = `{
  partnership(slug: "aglomeracja-beskidzka-6") {
    name hostOrganisation programme stage
    members { role joinedOn gmina { terc name type population populationAsOf powiat { code name } voivodeship { name } } }
    thematicAreas { code }
  }
}`;

describe('the demo workspace', () => {
  let api: TestApp;
  let runner: DemoSeedRunner;
  const seeders = () => DEMO_SEEDERS.map((seeder) => api.app.get(seeder));

  beforeAll(async () => {
    api = await createTestApp({ imports: CONTEXT_MODULES, migrations: MIGRATIONS });
    runner = api.app.get(DemoSeedRunner);
  });
  afterAll(() => api?.close());

  it('rolls back entirely when a seeder fails', async () => {
    const failing: DemoSeeder = { name: 'failing', hasData: async () => false, seed: async () => { throw new Error('boom'); } };
    await expect(runner.run([...seeders(), failing])).rejects.toThrow('boom');
    expect(await api.dataSource.query('SELECT count(*)::int AS n FROM partnership')).toEqual([{ n: 0 }]);
    expect(await api.dataSource.query('SELECT count(*)::int AS n FROM gmina WHERE population IS NOT NULL')).toEqual([{ n: 0 }]);
    expect(await api.dataSource.query('SELECT count(*)::int AS n FROM user_account')).toEqual([{ n: 0 }]);
    expect(await api.dataSource.query('SELECT count(*)::int AS n FROM plan')).toEqual([{ n: 0 }]);
  });

  it('seeds the six gminas of the Pilotaż CWD partnership with real TERC codes and dated populations', async () => {
    expect(await runner.run(seeders())).toBe('seeded');
    const admin = await api.signIn('admin@wspolnie.example', 'Wspolnie-demo-2026');
    const result = await admin.gql(DEMO);
    const partnership = result.data?.partnership;
    expect(partnership).toMatchObject({
      name: 'Partnerstwo 6 jst Aglomeracji Beskidzkiej',
      hostOrganisation: 'Stowarzyszenie Aglomeracja Beskidzka',
      stage: 'PROJECT_PIPELINE',
    });
    const gminas = Object.fromEntries(partnership.members.map((member: any) => [member.gmina.name, member.gmina]));
    expect(Object.keys(gminas).sort()).toEqual(['Istebna', 'Milówka', 'Radziechowy-Wieprz', 'Rajcza', 'Ujsoły', 'Węgierska Górka']);
    expect(gminas['Rajcza']).toMatchObject({ terc: '2417112', type: 'RURAL', population: 8709, populationAsOf: '2020-12-31', powiat: { name: 'żywiecki' } });
    expect(gminas['Ujsoły'].terc).toBe('2417142');
    expect(gminas['Istebna']).toMatchObject({ terc: '2403092', powiat: { code: '2403', name: 'cieszyński' } });
    expect(gminas['Milówka'].terc).toBe('2417092');
    expect(gminas['Węgierska Górka'].terc).toBe('2417152');
    expect(gminas['Radziechowy-Wieprz']).toMatchObject({ terc: '2417102', population: 13035, populationAsOf: '2019-12-31' });
    expect(partnership.members.every((member: any) => member.gmina.voivodeship.name === 'śląskie')).toBe(true);
    expect(partnership.thematicAreas.map((area: any) => area.code).sort()).toEqual(
      ['BIODIVERSITY', 'CHILDCARE', 'CYCLING_ROUTES', 'DIGITALISATION', 'LOCAL_ROADS', 'SENIOR_POLICY', 'TOURISM'],
    );
  });

  it('seeds one fictional person per role, who can sign in with the demo password', async () => {
    const coordinator = await api.signIn('koordynator@wspolnie.example', 'Wspolnie-demo-2026');
    const me = await coordinator.gql('{ me { displayName partnershipRoles { role } } }');
    expect(me.data?.me).toEqual({ displayName: 'Anna Zięba (Stowarzyszenie Aglomeracja Beskidzka)', partnershipRoles: [{ role: 'COORDINATOR' }] });
    const roles = await api.dataSource.query(`SELECT role::text, count(*)::int AS n FROM partnership_access GROUP BY role ORDER BY role`);
    expect(roles).toEqual([
      { role: 'ADVISOR', n: 1 },
      { role: 'COORDINATOR', n: 1 },
      // The council's chair, and one representative per member gmina (the council's demo).
      { role: 'COUNCIL_MEMBER', n: 7 },
      { role: 'GMINA_OFFICIAL', n: 2 },
      { role: 'OBSERVER', n: 1 },
    ]);
    expect(await api.dataSource.query(`SELECT email FROM user_account WHERE is_platform_admin`)).toEqual([{ email: 'admin@wspolnie.example' }]);
  });

  it('seeds an illustrative pipeline: projects in several stages with exact budgets, history and tasks in every column', async () => {
    const coordinator = await api.signIn('koordynator@wspolnie.example', 'Wspolnie-demo-2026');
    const { data } = await coordinator.gql(`query ($p: UUID!) {
      projectPipeline(partnershipId: $p) { stage projects totalCost }
      projects(partnershipId: $p, first: 20) { totalCount edges { node { title summary stage stageHistory { fromStage toStage reason } tasks { status } } } }
    }`, { p: (await api.dataSource.query(`SELECT id FROM partnership WHERE slug = 'aglomeracja-beskidzka-6'`))[0].id });
    expect(data?.projects.totalCount).toBe(11);
    const staged = data?.projectPipeline.filter((row: any) => row.projects > 0).map((row: any) => row.stage);
    expect(staged).toEqual(expect.arrayContaining(['IDEA', 'CONCEPT', 'PREPARATION', 'APPLICATION_SUBMITTED', 'FUNDED']));
    const statuses = new Set(data?.projects.edges.flatMap((edge: any) => edge.node.tasks.map((task: any) => task.status)));
    expect([...statuses].sort()).toEqual(['BLOCKED', 'DONE', 'IN_PROGRESS', 'TODO']);
    expect(data?.projects.edges.every((edge: any) => edge.node.summary.includes('PRZYKŁAD'))).toBe(true);
    // Every move shares the seed's one moment; the history still reads in the order it was made.
    const funded = data?.projects.edges.find((edge: any) => edge.node.stage === 'FUNDED').node;
    expect(funded.stageHistory).toEqual([
      { fromStage: null, toStage: 'IDEA', reason: '' },
      { fromStage: 'IDEA', toStage: 'CONCEPT', reason: 'Rada Partnerstwa przyjęła pomysł do dalszych prac (przykład)' },
      { fromStage: 'CONCEPT', toStage: 'PREPARATION', reason: 'Uchwała Rady Partnerstwa zatwierdzająca koncepcję (przykład)' },
      { fromStage: 'PREPARATION', toStage: 'APPLICATION_SUBMITTED', reason: 'Wniosek o dofinansowanie złożony w naborze (przykład)' },
      { fromStage: 'APPLICATION_SUBMITTED', toStage: 'FUNDED', reason: 'Podpisana umowa o dofinansowanie (przykład)' },
    ]);
    for (const edge of data?.projects.edges ?? []) {
      const history = edge.node.stageHistory;
      history.slice(1).forEach((change: any, index: number) => expect(change.fromStage).toBe(history[index].toStage));
      expect(history[history.length - 1].toStage).toBe(edge.node.stage);
    }
    const [{ moments }] = await api.dataSource.query(`SELECT count(DISTINCT changed_at)::int AS moments FROM project_stage_change`);
    expect(moments).toBe(1);
    const [{ total }] = await api.dataSource.query(`SELECT sum(total_cost)::text AS total FROM project`);
    expect(total).toBe('61025000.00');
  });

  it('seeds the illustrative territorial strategy in consultation: two revisions, threads resolved, outdated and open with a mention', async () => {
    const coordinator = await api.signIn('koordynator@wspolnie.example', 'Wspolnie-demo-2026');
    const [{ id: partnershipId }] = await api.dataSource.query(`SELECT id FROM partnership WHERE slug = 'aglomeracja-beskidzka-6'`);
    const { data } = await coordinator.gql(`query ($p: UUID!) {
      all: plans(partnershipId: $p) { totalCount }
      plans(partnershipId: $p, status: IN_CONSULTATION) { totalCount edges { node {
        id title kind status roundNumber revisionCount projectIds authors { displayName } currentRound { number opensOn closesOn }
        revisions { number summary author { displayName } markdown sections { key level heading body } }
        compare(from: 1, to: 2) { key added removed moved changed }
        threads { id status anchor decisionNote sectionKey roundNumber quote { text start end } revision { number } originRevision { number } startedBy { displayName }
          comments { body inReplyToId author { displayName } mentions { displayName } } }
      } } }
    }`, { p: partnershipId });
    // The other plan is the strategy of 2025, adopted by the demo council (resolution 3/2025).
    expect(data?.all.totalCount).toBe(2);
    expect(data?.plans.totalCount).toBe(1);
    const plan = data?.plans.edges[0].node;
    expect(plan).toMatchObject({
      title: 'Strategia rozwoju ponadlokalnego Partnerstwa 6 jst Aglomeracji Beskidzkiej na lata 2026–2035 (przykład)',
      kind: 'DEVELOPMENT_STRATEGY',
      status: 'IN_CONSULTATION',
      roundNumber: 1,
      revisionCount: 2,
    });
    const opensOn = warsawDate();
    expect(plan.currentRound).toEqual({ number: 1, opensOn, closesOn: new Date(Date.parse(`${opensOn}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10) });
    expect(plan.authors.map((author: any) => author.displayName).sort()).toEqual(['Anna Zięba (Stowarzyszenie Aglomeracja Beskidzka)', 'Magdalena Żurek (CWD)']);
    const linked = await api.dataSource.query(`SELECT title FROM project WHERE id = ANY($1) ORDER BY title`, [plan.projectIds]);
    expect(linked).toEqual([{ title: 'Pierwsze żłobki w Ujsołach i Rajczy' }, { title: 'VeloSoła+ — łączniki rowerowe do Ujsół i Istebnej' }]);

    // Revisions newest first; the second merges "Zasady wyboru projektów" into "System wdrażania" and renumbers the rest, keeping their keys.
    const [second, first] = plan.revisions;
    expect([first.number, second.number]).toEqual([1, 2]);
    expect(first.author.displayName).toBe('Anna Zięba (Stowarzyszenie Aglomeracja Beskidzka)');
    expect(second.author.displayName).toBe('Magdalena Żurek (CWD)');
    expect([first.summary, second.summary].every((summary: string) => summary.endsWith('(przykład)'))).toBe(true);
    expect(first.sections[0]).toMatchObject({ level: 0, heading: '' });
    expect(first.sections[0].body).toContain('PRZYKŁAD');
    const headed = (revision: any) => revision.sections.filter((section: any) => section.level > 0);
    expect(headed(first)).toHaveLength(8);
    expect(headed(second)).toHaveLength(7);
    const keyIn = (revision: any, heading: string) => revision.sections.find((section: any) => section.heading === heading)?.key;
    const removed = keyIn(first, '5. Zasady wyboru projektów');
    expect(second.sections.map((section: any) => section.key)).not.toContain(removed);
    expect(keyIn(second, '5. System wdrażania')).toBe(keyIn(first, '6. System wdrażania'));
    expect(keyIn(second, '6. Finansowanie')).toBe(keyIn(first, '7. Finansowanie'));
    expect(second.markdown).toContain(`# 6. Finansowanie {#${keyIn(first, '7. Finansowanie')}}`);
    const compared = (flag: string) => plan.compare.filter((row: any) => row[flag]).map((row: any) => row.key).sort();
    expect(compared('removed')).toEqual([removed]);
    expect(compared('added')).toEqual([]);
    expect(compared('moved')).toEqual([]);
    expect(compared('changed')).toEqual(
      ['1. Diagnoza sytuacji społeczno-gospodarczej', '4. Kierunki działań', '6. System wdrażania', '7. Finansowanie', '8. Monitoring i ewaluacja'].map((heading) => keyIn(first, heading)).sort(),
    );

    const threads = plan.threads;
    expect(threads.every((thread: any) => thread.roundNumber === 1 && thread.comments.length >= 2)).toBe(true);
    expect(new Set(threads.map((thread: any) => thread.startedBy.displayName))).toEqual(
      new Set(['Katarzyna Kowalczyk (UG Rajcza)', 'Paweł Ślęzak (UG Ujsoły)', 'Magdalena Żurek (CWD)']),
    );
    const resolved = threads.filter((thread: any) => thread.status === 'RESOLVED');
    expect(resolved).toMatchObject([
      { decisionNote: 'Przyjęto — zmieniono w wersji 2', anchor: 'CURRENT', revision: { number: 2 }, originRevision: { number: 1 }, startedBy: { displayName: 'Paweł Ślęzak (UG Ujsoły)' } },
    ]);
    expect(resolved[0].quote.text).toBe('Łączniki od trasy VeloSoła do Ujsół i do Istebnej');
    const outdated = threads.filter((thread: any) => thread.anchor === 'OUTDATED');
    expect(outdated).toMatchObject([{ status: 'OPEN', sectionKey: removed, revision: { number: 1 }, startedBy: { displayName: 'Magdalena Żurek (CWD)' } }]);
    const mentioning = threads.filter((thread: any) => thread.status === 'OPEN' && thread.comments.some((comment: any) => comment.mentions.length > 0));
    expect(mentioning).toMatchObject([{ anchor: 'CURRENT', originRevision: { number: 2 }, sectionKey: keyIn(second, '6. Finansowanie') }]);
    const opening = mentioning[0].comments.find((comment: any) => comment.inReplyToId === null);
    expect(opening.mentions).toEqual([{ displayName: 'Anna Zięba (Stowarzyszenie Aglomeracja Beskidzka)' }]);
    expect(opening.body).toMatch(/^@\[Anna Zięba\]\([0-9a-f-]{36}\) /);
    const funding = second.sections.find((section: any) => section.key === mentioning[0].sectionKey).body;
    expect(funding.slice(mentioning[0].quote.start, mentioning[0].quote.end)).toBe(mentioning[0].quote.text);

    // The coordinator hears of the mention (and the others of the round opened for consultation).
    const inbox = await coordinator.gql(`{ myNotifications(first: 50) { edges { node { kind planId threadId actor { displayName } } } } }`);
    const mentions = inbox.data?.myNotifications.edges.map((edge: any) => edge.node).filter((node: any) => node.kind === 'MENTION');
    expect(mentions).toEqual([{ kind: 'MENTION', planId: plan.id, threadId: mentioning[0].id, actor: { displayName: 'Katarzyna Kowalczyk (UG Rajcza)' } }]);
    const [{ n: opened }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE kind = 'PLAN_CONSULTATION_OPENED' AND plan_id = $1`, [plan.id]);
    expect(opened).toBe(5);
  });

  it('seeds advisory support: four programmes, the CWD support of the partnership with follow-ups on its boards, the zachodniopomorskie meetings and a seminar taking registrations', async () => {
    const manager = await api.signIn('kierownik.programu@wspolnie.example', 'Wspolnie-demo-2026');
    const programmes = (await manager.gql(`{ programmes { edges { node { id name illustrative totalValue euContribution teams { id name } topics { kind } } } } }`)).data!.programmes.edges.map(
      (edge: { node: any }) => edge.node,
    );
    expect(programmes).toHaveLength(4);
    expect(programmes.every((programme: { illustrative: boolean }) => programme.illustrative)).toBe(true);
    expect(programmes.find((programme: { totalValue: string | null }) => programme.totalValue)).toMatchObject({ totalValue: '69504961.44', euContribution: '55402404.76' });
    const revitalisation = programmes.find((programme: { name: string }) => programme.name.startsWith('Regiony Rewitalizacji'));
    expect(revitalisation.topics.filter((topic: { kind: string }) => topic.kind === 'MODULE')).toHaveLength(4);

    // The partnership sees the support it received, and the follow-ups that became its tasks.
    const coordinator = await api.signIn('koordynator@wspolnie.example', 'Wspolnie-demo-2026');
    const { id: partnershipId } = (await coordinator.gql(`{ partnership(slug: "aglomeracja-beskidzka-6") { id } }`)).data!.partnership;
    const support = (await coordinator.gql(`query ($p: UUID!) { partnershipSupport(partnershipId: $p) { edges { node { kind title illustrative followUps { taskId } } } } }`, { p: partnershipId })).data!
      .partnershipSupport.edges.map((edge: { node: any }) => edge.node);
    expect(support.map((activity: { kind: string }) => activity.kind)).toEqual(['STUDY_VISIT', 'WORKSHOP', 'CONSULTATION']);
    const taskIds = support.flatMap((activity: { followUps: { taskId: string | null }[] }) => activity.followUps.map((followUp) => followUp.taskId)).filter(Boolean);
    expect(taskIds).toHaveLength(2);
    expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM task WHERE id = ANY($1) AND partnership_id = $2`, [taskIds, partnershipId])).toEqual([{ n: 2 }]);

    // The zachodniopomorskie consultant sees the team's four meetings, and only the team's.
    const west = await api.signIn('konsultant.zachodniopomorskie@wspolnie.example', 'Wspolnie-demo-2026');
    const team = revitalisation.teams.find((candidate: { name: string }) => candidate.name.includes('Zachodniopomorskiego')).id;
    const meetings = (await west.gql(`query ($p: UUID!, $t: UUID) { activities(programmeId: $p, teamId: $t) { totalCount edges { node { kind durationMinutes } } } }`, { p: revitalisation.id, t: team })).data!.activities;
    expect(meetings.totalCount).toBe(4);
    expect((await west.gql(`query ($p: UUID!) { activities(programmeId: $p) { totalCount } }`, { p: revitalisation.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // The README's report: the team's first half of 2020.
    const report = (
      await west.gql(
        `query ($i: ProgrammeReportInput!) { programmeReport(input: $i) {
          totals { activities distinctGminas distinctPartnerships participants hours }
          byKind { kind activities onModules distinctGminas } byTopic { topic { position } activities }
          groups { label activities distinctGminas participants hours } notReached { terc } } }`,
        { i: { programmeId: revitalisation.id, teamId: team, from: '2020-01-01', to: '2020-06-30', groupBy: 'QUARTER', areaCode: '32' } },
      )
    ).data!.programmeReport;
    expect(report.totals).toEqual({ activities: 4, distinctGminas: 14, distinctPartnerships: 0, participants: 34, hours: '48.00' });
    expect(report.byKind.find((kind: { kind: string }) => kind.kind === 'EDUCATIONAL_MEETING')).toEqual({ kind: 'EDUCATIONAL_MEETING', activities: 4, onModules: 4, distinctGminas: 14 });
    expect(report.byTopic.map((topic: { activities: number }) => topic.activities)).toEqual([4, 0, 0, 0]);
    expect(report.groups).toEqual([
      { label: 'Q1 2020', activities: 2, distinctGminas: 9, participants: 19, hours: '24.00' },
      { label: 'Q2 2020', activities: 2, distinctGminas: 9, participants: 15, hours: '24.00' },
    ]);
    expect(report.notReached).toHaveLength(113 - 14);
    expect(report.notReached[0]).toEqual({ terc: '3206012' });

    // The Forum's seminar: open for registration, four registrants confirmed through their links.
    const [seminar] = await api.dataSource.query(`SELECT id FROM activity WHERE kind = 'SEMINAR' AND registration_open`);
    const offer = (await api.gql(`query ($id: UUID!) { openRegistration(activityId: $id) { title capacity seatsLeft isOpen } }`, { id: seminar.id })).data!.openRegistration;
    expect(offer).toMatchObject({ capacity: 120, seatsLeft: 116, isOpen: true });
    expect(await api.dataSource.query(`SELECT status, count(*)::int AS n FROM activity_registration GROUP BY status`)).toEqual([{ status: 'CONFIRMED', n: 4 }]);
  });

  it("seeds the council: the founding meeting and the strategy's adoption with resolutions 1/2025–3/2025, and a planned vote on cost shares", async () => {
    const member = await api.signIn('rada.rajcza@wspolnie.example', 'Wspolnie-demo-2026');
    const [{ id: partnershipId }] = await api.dataSource.query(`SELECT id FROM partnership WHERE slug = 'aglomeracja-beskidzka-6'`);
    const { data } = await member.gql(`query ($p: UUID!) {
      meetings(partnershipId: $p, first: 10) { edges { node { number title status quorum { memberGminas } agenda { title decisionKind resolution { number } } } } }
      resolutions(partnershipId: $p, first: 10) { edges { node { number title decisionKind plan { status resolutionNumber } vote { tally { for against abstain notVoted } } } } }
      councilSettings(partnershipId: $p) { stagesNeedingResolution }
    }`, { p: partnershipId });
    const meetings = data?.meetings.edges.map((edge: any) => edge.node);
    expect(meetings.map((meeting: any) => [meeting.number, meeting.status])).toEqual([
      [3, 'PLANNED'],
      [2, 'CLOSED'],
      [1, 'CLOSED'],
    ]);
    expect(meetings[0].agenda.find((item: any) => item.decisionKind === 'APPROVE_COST_SHARES')).toMatchObject({ resolution: null });
    const resolutions = data?.resolutions.edges.map((edge: any) => edge.node);
    expect(resolutions.map((resolution: any) => resolution.number)).toEqual(['1/2025', '2/2025', '3/2025']);
    expect(resolutions[2]).toMatchObject({ decisionKind: 'ADOPT_PLAN', plan: { status: 'ADOPTED', resolutionNumber: '3/2025' }, vote: { tally: { for: 4, against: 1, abstain: 0, notVoted: 1 } } });
    expect(data?.councilSettings.stagesNeedingResolution).toEqual(['APPLICATION_SUBMITTED']);
  });

  it('lists the people of a partnership with their roles in a bounded number of statements', async () => {
    const coordinator = await api.signIn('koordynator@wspolnie.example', 'Wspolnie-demo-2026');
    let result: any;
    const statements = await api.countStatements(async () => {
      result = await coordinator.gql(`{ partnerships { edges { node { people { role user { displayName partnershipRoles { role } } } } } } }`);
    });
    expect(result.data.partnerships.edges[0].node.people).toHaveLength(12);
    // caller with their roles (which answer which partnerships they see, whether they may see the
    // people of these, and the filtering of those people's roles), page, people, their accounts,
    // their roles: 5, not one more per person
    expect(statements).toBe(5);
  });

  it('never touches a database that already has data', async () => {
    const before = await api.dataSource.query('SELECT id, version, updated_at FROM partnership ORDER BY id');
    expect(await runner.run(seeders())).toBe('skipped: the database already has data');
    expect(await api.dataSource.query('SELECT id, version, updated_at FROM partnership ORDER BY id')).toEqual(before);
  });
});
