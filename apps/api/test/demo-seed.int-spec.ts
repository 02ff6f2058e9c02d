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
      { role: 'COUNCIL_MEMBER', n: 1 },
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

  it('lists the people of a partnership with their roles in a bounded number of statements', async () => {
    const coordinator = await api.signIn('koordynator@wspolnie.example', 'Wspolnie-demo-2026');
    let result: any;
    const statements = await api.countStatements(async () => {
      result = await coordinator.gql(`{ partnerships { edges { node { people { role user { displayName partnershipRoles { role } } } } } } }`);
    });
    expect(result.data.partnerships.edges[0].node.people).toHaveLength(6);
    // caller, caller's partnerships (for the list), page, the caller's role (may they see the people
    // of these partnerships: one look-up for all of them), people, their accounts, their roles, and
    // the caller's partnerships once more for filtering those roles: 8, not one more per person
    expect(statements).toBe(8);
  });

  it('never touches a database that already has data', async () => {
    const before = await api.dataSource.query('SELECT id, version, updated_at FROM partnership ORDER BY id');
    expect(await runner.run(seeders())).toBe('skipped: the database already has data');
    expect(await api.dataSource.query('SELECT id, version, updated_at FROM partnership ORDER BY id')).toEqual(before);
  });
});
