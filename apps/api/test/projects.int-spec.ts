import { PartnershipRole } from '@wspolnie/identity';
import { createTestApp, type GraphqlClient, onlyError, type TestApp } from '@wspolnie/platform-testing';
import { CONTEXT_MODULES, MIGRATIONS } from '../src/app/composition';
import { partnershipRow, RAJCZA, signedIn, UJSOLY } from './people.factory';

const MILOWKA = '2417092';
const nbsp = '\u00a0';

const FIELDS = `id version title stage totalCost totalCostText ownContribution
  participants { role costShare gmina { terc name } }
  funding { programme amount coFinancingRate }
  stageHistory { fromStage toStage reason actorId }`;
const CREATE = `mutation ($input: CreateProjectInput!) { createProject(input: $input) { ${FIELDS} } }`;
const MOVE = `mutation ($input: MoveProjectInput!) { moveProject(input: $input) { ${FIELDS} } }`;
const BUDGET = `mutation ($input: SetProjectBudgetInput!) { setProjectBudget(input: $input) { ${FIELDS} } }`;

describe('joint projects', () => {
  let api: TestApp;
  let partnershipId: string;
  let official: GraphqlClient & { accessToken: string };
  let council: Awaited<ReturnType<typeof signedIn>>;
  let coordinator: GraphqlClient;

  beforeAll(async () => {
    api = await createTestApp({ imports: CONTEXT_MODULES, migrations: MIGRATIONS });
    partnershipId = (await partnershipRow(api, { members: [RAJCZA, UJSOLY, MILOWKA] })).id;
    official = await signedIn(api, { partnershipId, role: PartnershipRole.GMINA_OFFICIAL, gminaTerc: RAJCZA });
    council = await signedIn(api, { partnershipId, role: PartnershipRole.COUNCIL_MEMBER });
    coordinator = await signedIn(api, { partnershipId, role: PartnershipRole.COORDINATOR });
  });
  afterAll(() => api?.close());

  const counts = async () =>
    (await api.dataSource.query(`SELECT (SELECT count(*) FROM project)::int AS p, (SELECT count(*) FROM project_participant)::int AS pp, (SELECT count(*) FROM project_funding)::int AS f, (SELECT count(*) FROM stream_event)::int AS e`))[0];

  const velosola = (budget: Record<string, unknown> = {}) => ({
    partnershipId,
    title: 'VeloSoła+ — łączniki rowerowe do Ujsół (przykład)',
    budget: {
      totalCost: '18450000.00',
      participants: [
        { gminaTerc: RAJCZA, role: 'LEAD', costShare: '9225000.00' },
        { gminaTerc: UJSOLY, costShare: '4612500.01' },
        { gminaTerc: MILOWKA, costShare: '4612499.99' },
      ],
      funding: [{ programme: 'FE_SL', amount: '15682500.00', coFinancingRate: '85' }],
      ...budget,
    },
  });

  it('creates a project with an exact budget and derives the own contribution', async () => {
    const result = await official.gql(CREATE, { input: velosola() });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createProject).toMatchObject({
      stage: 'IDEA',
      totalCost: '18450000.00',
      totalCostText: `18${nbsp}450${nbsp}000,00${nbsp}zł`,
      ownContribution: '2767500.00',
      participants: [{ role: 'LEAD', costShare: '9225000.00', gmina: { name: 'Rajcza' } }, expect.anything(), expect.anything()],
      funding: [{ programme: 'FE_SL', amount: '15682500.00', coFinancingRate: '85.00' }],
      stageHistory: [{ fromStage: null, toStage: 'IDEA' }],
    });
  });

  it.each([
    ['shares one grosz short', { participants: [{ gminaTerc: RAJCZA, role: 'LEAD', costShare: '18449999.99' }] }, 'budget.participants', 'short by 0,01'],
    ['shares one grosz over', { participants: [{ gminaTerc: RAJCZA, role: 'LEAD', costShare: '18450000.01' }] }, 'budget.participants', 'over by 0,01'],
    ['funding above the total', { funding: [{ programme: 'RFRD', amount: '18450000.01' }] }, 'budget.funding', 'exceeds the total cost'],
    ['no lead gmina', { participants: [{ gminaTerc: RAJCZA, costShare: '18450000.00' }] }, 'budget.participants', 'exactly one lead'],
    ['a gmina outside the partnership', { participants: [{ gminaTerc: '2403092', role: 'LEAD', costShare: '18450000.00' }] }, 'budget.participants.0.gminaTerc', 'Istebna (2403092) is not a member of the partnership „Partnerstwo p-'],
    [
      'two lead gminas',
      { participants: [{ gminaTerc: RAJCZA, role: 'LEAD', costShare: '18450000.00' }, { gminaTerc: UJSOLY, role: 'LEAD', costShare: '0.00' }] },
      'budget.participants',
      'Name exactly one lead gmina among the participants; these are all marked as the lead: Rajcza, Ujsoły.',
    ],
  ])('refuses %s as BAD_USER_INPUT and writes nothing', async (_, budget, field, message) => {
    const before = await counts();
    const error = onlyError(await official.gql(CREATE, { input: velosola(budget) }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error.message).toContain(message);
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['a negative total cost', { totalCost: '-1.00', participants: [], funding: [] }, 'budget.totalCost', 'The total cost cannot be negative (-1,00 zł).'],
    [
      'a negative cost share',
      { totalCost: '0.00', participants: [{ gminaTerc: RAJCZA, role: 'LEAD', costShare: '-1.00' }, { gminaTerc: UJSOLY, costShare: '1.00' }], funding: [] },
      'budget.participants.0.costShare',
      'The cost share of Rajcza cannot be negative (-1,00 zł).',
    ],
    ['a negative funding amount', { funding: [{ programme: 'RFRD', amount: '-0.01' }] }, 'budget.funding.0.amount', 'A funding amount cannot be negative: Government Road Development Fund (RFRD), -0,01 zł.'],
    ['a co-financing rate above 100 %', { funding: [{ programme: 'FE_SL', amount: '1.00', coFinancingRate: '100.01' }] }, 'budget.funding.0.coFinancingRate', 'The co-financing rate is a percentage'],
    ['a negative co-financing rate', { funding: [{ programme: 'FE_SL', amount: '1.00', coFinancingRate: '-5' }] }, 'budget.funding.0.coFinancingRate', '"-5" (European Funds for Silesia 2021–2027 (FE SL)) is not'],
  ])('refuses %s by the budget rules, before the database\'s checks, on the field the input names', async (_, budget, field, message) => {
    const before = await counts();
    const error = onlyError(await official.gql(CREATE, { input: velosola(budget) }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, fields: [{ field, message: expect.stringContaining(message.replace(/ zł/g, `${nbsp}zł`)) }] });
    expect(await counts()).toEqual(before);
  });

  it('refuses a negative total cost in a new budget too, and a schedule that ends before it starts, writing nothing', async () => {
    const project = (await official.gql(CREATE, { input: { ...velosola(), title: 'Budżet i harmonogram (przykład)', startsOn: '2027-01-01', endsOn: '2028-12-31' } })).data!.createProject;
    const negative = onlyError(await official.gql(BUDGET, { input: { projectId: project.id, expectedVersion: 1, budget: { totalCost: '-1.00', participants: [], funding: [] } } }));
    expect(negative.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'budget.totalCost' });
    const backwards = onlyError(await official.gql(CREATE, { input: { ...velosola(), title: 'Wstecz', startsOn: '2027-06-30', endsOn: '2027-01-01' } }));
    expect(backwards).toMatchObject({ message: 'The project cannot end (1 January 2027) before it starts (30 June 2027).', extensions: { code: 'BAD_USER_INPUT', field: 'endsOn' } });
    const UPDATE = `mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { version startsOn endsOn } }`;
    const later = onlyError(await official.gql(UPDATE, { input: { id: project.id, expectedVersion: 1, startsOn: '2029-03-01' } }, { 'accept-language': 'pl' }));
    expect(later).toMatchObject({
      message: 'Data zakończenia projektu (31 grudnia 2028) nie może być wcześniejsza niż data jego rozpoczęcia (1 marca 2029).',
      extensions: { code: 'BAD_USER_INPUT', field: 'startsOn' },
    });
    const [stored] = await api.dataSource.query(`SELECT version, total_cost::text, to_char(starts_on, 'YYYY-MM-DD') AS starts_on FROM project WHERE id = $1`, [project.id]);
    expect(stored).toEqual({ version: 1, total_cost: '18450000.00', starts_on: '2027-01-01' });
    expect((await official.gql(UPDATE, { input: { id: project.id, expectedVersion: 1, startsOn: '2027-02-01', endsOn: '2027-02-01' } })).data?.updateProject).toEqual({ version: 2, startsOn: '2027-02-01', endsOn: '2027-02-01' });
  });

  it('refuses amounts sent as numbers: money never passes through a float', async () => {
    const error = onlyError(await official.gql(CREATE, { input: velosola({ totalCost: 18450000 }) }));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('not as numbers');
  });

  it('keeps the smallest and the largest amounts exact', async () => {
    const tiny = await official.gql(CREATE, { input: { ...velosola(), title: 'Grosz', budget: { totalCost: '0.01', participants: [{ gminaTerc: RAJCZA, role: 'LEAD', costShare: '0.01' }], funding: [] } } });
    expect(tiny.data?.createProject).toMatchObject({ totalCost: '0.01', ownContribution: '0.01' });
    const huge = await official.gql(CREATE, {
      input: {
        ...velosola(),
        title: 'Setki milionów',
        budget: {
          totalCost: '987654321.99',
          participants: [{ gminaTerc: RAJCZA, role: 'LEAD', costShare: '329218107.33' }, { gminaTerc: UJSOLY, costShare: '329218107.33' }, { gminaTerc: MILOWKA, costShare: '329218107.33' }],
          funding: [{ programme: 'FENIKS', amount: '839506173.69', coFinancingRate: '85' }],
        },
      },
    });
    expect(huge.data?.createProject).toMatchObject({ totalCost: '987654321.99', ownContribution: '148148148.30', totalCostText: `987${nbsp}654${nbsp}321,99${nbsp}zł` });
  });

  it('moves projects only along the pipeline table, recording who, when and why', async () => {
    const project = (await official.gql(CREATE, { input: { ...velosola(), title: 'Żłobki w Ujsołach i Rajczy (przykład)' } })).data!.createProject;
    const illegal = onlyError(await council.gql(MOVE, { input: { projectId: project.id, expectedVersion: 1, to: 'FUNDED' } }));
    expect(illegal.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(illegal.message).toBe('The project „Żłobki w Ujsołach i Rajczy (przykład)” is at the stage „Idea”; it cannot move to „Funded (grant agreement)”. It can move to „Concept” or „Withdrawn”.');
    const inPolish = onlyError(await council.gql(MOVE, { input: { projectId: project.id, expectedVersion: 1, to: 'FUNDED' } }, { 'accept-language': 'pl' }));
    expect(inPolish.message).toBe('Projekt „Żłobki w Ujsołach i Rajczy (przykład)” jest na etapie „Pomysł”; nie można go przenieść do etapu „Dofinansowany (umowa)”. Może przejść do etapu „Koncepcja” lub „Wycofany”.');

    const officialMove = onlyError(await official.gql(MOVE, { input: { projectId: project.id, expectedVersion: 1, to: 'CONCEPT' } }));
    expect(officialMove.extensions?.code).toBe('FORBIDDEN');

    const moved = await council.gql(MOVE, { input: { projectId: project.id, expectedVersion: 1, to: 'CONCEPT', reason: 'Uchwała Rady Partnerstwa nr 3/2026' } });
    expect(moved.data?.moveProject).toMatchObject({
      stage: 'CONCEPT',
      version: 2,
      stageHistory: [{ toStage: 'IDEA' }, { fromStage: 'IDEA', toStage: 'CONCEPT', reason: 'Uchwała Rady Partnerstwa nr 3/2026', actorId: council.account.id }],
    });
    const stale = onlyError(await council.gql(MOVE, { input: { projectId: project.id, expectedVersion: 1, to: 'PREPARATION' } }));
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(stale.message).toBe('Project „Żłobki w Ujsołach i Rajczy (przykład)” was changed by someone else meanwhile (it is now at version 2, you had version 1). Reload it and apply your change again.');
  });

  it('reads the stage history in the order the moves were made, even when they share a moment', async () => {
    const project = (await official.gql(CREATE, { input: { ...velosola(), title: 'Historia w jednej chwili (przykład)' } })).data!.createProject;
    for (const [version, to] of (['CONCEPT', 'IDEA', 'CONCEPT', 'PREPARATION', 'APPLICATION_SUBMITTED', 'REJECTED', 'PREPARATION'] as const).entries()) {
      expect((await council.gql(MOVE, { input: { projectId: project.id, expectedVersion: version + 1, to } })).errors).toBeUndefined();
    }
    // As if all were made in one transaction (the demo seed): one changed_at for every move.
    await api.dataSource.query(`UPDATE project_stage_change SET changed_at = '2026-01-15T10:00:00Z' WHERE project_id = $1`, [project.id]);
    const read = await council.gql(`query ($id: UUID!) { project(id: $id) { stageHistory { fromStage toStage } } }`, { id: project.id });
    expect(read.data?.project.stageHistory.map((change: any) => `${change.fromStage}→${change.toStage}`)).toEqual([
      'null→IDEA',
      'IDEA→CONCEPT',
      'CONCEPT→IDEA',
      'IDEA→CONCEPT',
      'CONCEPT→PREPARATION',
      'PREPARATION→APPLICATION_SUBMITTED',
      'APPLICATION_SUBMITTED→REJECTED',
      'REJECTED→PREPARATION',
    ]);
  });

  it('numbers the stage history already written in a readable order when the sequence is added', async () => {
    const project = (await official.gql(CREATE, { input: { ...velosola(), title: 'Historia sprzed migracji (przykład)' } })).data!.createProject;
    for (const [version, to] of (['CONCEPT', 'PREPARATION'] as const).entries()) await council.gql(MOVE, { input: { projectId: project.id, expectedVersion: version + 1, to } });
    const runner = api.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      const Migration = MIGRATIONS.find((candidate) => candidate.name === 'OrderStageHistory1795627054294')!;
      const migration = new Migration();
      await migration.down(runner);
      // Written before the migration, in one transaction: one moment for all three.
      await runner.query(`UPDATE project_stage_change SET changed_at = '2026-01-15T10:00:00Z' WHERE project_id = $1`, [project.id]);
      await migration.up(runner);
      const numbered = await runner.query(`SELECT from_stage, to_stage, seq::int FROM project_stage_change WHERE project_id = $1 ORDER BY seq`, [project.id]);
      expect(numbered.map((row: any) => `${row.from_stage}→${row.to_stage}`)).toEqual(['null→IDEA', 'IDEA→CONCEPT', 'CONCEPT→PREPARATION']);
      const [{ seq: next }] = await runner.query(`INSERT INTO project_stage_change (project_id, to_stage) VALUES ($1, 'IDEA') RETURNING seq::int`, [project.id]);
      const [{ max }] = await runner.query(`SELECT max(seq)::int AS max FROM project_stage_change WHERE seq <> $1`, [next]);
      expect(next).toBe(max + 1);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('names the stages in refusals: final stages, and the stage a project is already at', async () => {
    const project = (await official.gql(CREATE, { input: { ...velosola(), title: 'Wycofany (przykład)' } })).data!.createProject;
    await council.gql(MOVE, { input: { projectId: project.id, expectedVersion: 1, to: 'WITHDRAWN' } });
    const final = onlyError(await council.gql(MOVE, { input: { projectId: project.id, expectedVersion: 2, to: 'IDEA' } }));
    expect(final.message).toBe('The project „Wycofany (przykład)” is at the stage „Withdrawn”, which is final; it cannot move to „Idea”.');
    const same = onlyError(await council.gql(MOVE, { input: { projectId: project.id, expectedVersion: 2, to: 'WITHDRAWN' } }, { 'accept-language': 'pl' }));
    expect(same).toMatchObject({ message: 'Projekt „Wycofany (przykład)” jest już na etapie „Wycofany”.', extensions: { code: 'BAD_USER_INPUT', field: 'to' } });
  });

  it('replaces a budget on the current version only', async () => {
    const project = (await official.gql(CREATE, { input: { ...velosola(), title: 'Drogi do przysiółków (przykład)' } })).data!.createProject;
    const budget = { totalCost: '9730000.00', participants: [{ gminaTerc: MILOWKA, role: 'LEAD', costShare: '9730000.00' }], funding: [{ programme: 'RFRD', amount: '7784000.00', coFinancingRate: '80' }] };
    const updated = await official.gql(BUDGET, { input: { projectId: project.id, expectedVersion: 1, budget } });
    expect(updated.data?.setProjectBudget).toMatchObject({ version: 2, totalCost: '9730000.00', ownContribution: '1946000.00', participants: [{ gmina: { terc: MILOWKA } }] });
    const stale = onlyError(await coordinator.gql(`mutation ($input: SetProjectBudgetInput!) { setProjectBudget(input: $input) { version totalCost participants { gmina { terc } } } }`, { input: { projectId: project.id, expectedVersion: 1, budget } }));
    // The current state, as the type the mutation returns, with the mutation's own selection.
    expect(stale.extensions).toEqual({ code: 'CONFLICT', currentVersion: 2, expectedVersion: 1, current: { version: 2, totalCost: '9730000.00', participants: [{ gmina: { terc: MILOWKA } }] } });
    // Rajcza no longer takes part: its official may no longer prepare the project.
    const gone = onlyError(await official.gql(BUDGET, { input: { projectId: project.id, expectedVersion: 2, budget } }));
    expect(gone.extensions?.code).toBe('FORBIDDEN');
    expect(gone.message).toBe('Your role in this partnership (gmina official) allows preparing projects (their sheet, budget and indicators) only where the gmina you act for takes part.');
  });

  it('keeps a member gmina that takes part in projects, or that someone acts for, from being removed', async () => {
    const REMOVE = `mutation ($i: RemovePartnershipMemberInput!) { removePartnershipMember(input: $i) { id } }`;
    await official.gql(CREATE, { input: velosola() });
    const taking = onlyError(await coordinator.gql(REMOVE, { i: { partnershipId, gminaTerc: MILOWKA } }));
    expect(taking).toMatchObject({ message: expect.stringMatching(/^Milówka \(2417092\) takes part in (\d+ projects|the project „VeloSoła\+ — łączniki rowerowe do Ujsół \(przykład\)”) of this partnership/), extensions: { code: 'CONFLICT', field: 'gminaTerc' } });
    const actedFor = await partnershipRow(api, { members: [RAJCZA] });
    const lone = await signedIn(api, { partnershipId: actedFor.id, role: PartnershipRole.COORDINATOR });
    const actingFor = await signedIn(api, { partnershipId: actedFor.id, role: PartnershipRole.GMINA_OFFICIAL, gminaTerc: RAJCZA });
    const represented = onlyError(await lone.gql(REMOVE, { i: { partnershipId: actedFor.id, gminaTerc: RAJCZA } }));
    expect(represented).toMatchObject({ message: expect.stringContaining(`Rajcza (2417112) is the gmina ${actingFor.account.displayName} acts for`), extensions: { code: 'CONFLICT' } });
  });

  it('never leaves a cost share with a gmina that is no longer a member, when a removal and a budget race', async () => {
    const BUDGET_AS = `mutation ($input: SetProjectBudgetInput!) { setProjectBudget(input: $input) { version } }`;
    const REMOVE = `mutation ($i: RemovePartnershipMemberInput!) { removePartnershipMember(input: $i) { id } }`;
    const ADD = `mutation ($i: AddPartnershipMemberInput!) { addPartnershipMember(input: $i) { id } }`;
    const ISTEBNA = '2403092';
    const project = (await coordinator.gql(CREATE, { input: { ...velosola(), title: 'Wyścig budżetu z usunięciem (przykład)' } })).data!.createProject;
    let version = project.version;
    const outcomes = { budgets: 0, removals: 0 };
    for (let round = 0; round < 8; round += 1) {
      await coordinator.gql(ADD, { i: { partnershipId, gminaTerc: ISTEBNA } });
      const budget = { totalCost: '100.00', participants: [{ gminaTerc: RAJCZA, role: 'LEAD', costShare: '50.00' }, { gminaTerc: ISTEBNA, costShare: '50.00' }], funding: [] };
      const [set, removed] = await Promise.all([
        coordinator.gql(BUDGET_AS, { input: { projectId: project.id, expectedVersion: version, budget } }),
        coordinator.gql(REMOVE, { i: { partnershipId, gminaTerc: ISTEBNA } }),
      ]);
      if (set.data) {
        outcomes.budgets += 1;
        version = set.data.setProjectBudget.version;
        // Istebna holds a share now: take it out again for the next round.
        const back = await coordinator.gql(BUDGET_AS, { input: { projectId: project.id, expectedVersion: version, budget: velosola().budget } });
        version = back.data!.setProjectBudget.version;
        if (!removed.data) await coordinator.gql(REMOVE, { i: { partnershipId, gminaTerc: ISTEBNA } });
      }
      if (removed.data) outcomes.removals += 1;
      const orphans = await api.dataSource.query(
        `SELECT count(*)::int AS n FROM project_participant p WHERE NOT EXISTS (SELECT 1 FROM partnership_member m WHERE m.partnership_id = p.partnership_id AND m.gmina_id = p.gmina_id)`,
      );
      expect(orphans).toEqual([{ n: 0 }]);
      expect(set.data || removed.data).toBeTruthy();
    }
  });

  it('lets a gmina official create only projects their gmina takes part in, and refer only to this partnership\'s thematic areas', async () => {
    const withoutRajcza = { totalCost: '1000.00', participants: [{ gminaTerc: UJSOLY, role: 'LEAD', costShare: '1000.00' }], funding: [] };
    const refused = onlyError(await official.gql(CREATE, { input: { ...velosola(), budget: withoutRajcza } }));
    expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'budget.participants' });
    expect(refused.message).toBe('As an official of Rajcza you can create only projects it takes part in: add it to the participants.');
    const other = await partnershipRow(api);
    const [{ id: foreignArea }] = await api.dataSource.query(`INSERT INTO thematic_area (partnership_id, name_pl) VALUES ($1, 'Obszar innego partnerstwa') RETURNING id`, [other.id]);
    const before = await counts();
    const foreign = onlyError(await official.gql(CREATE, { input: { ...velosola(), thematicAreaId: foreignArea } }));
    expect(foreign.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'thematicAreaId' });
    expect(await counts()).toEqual(before);
  });

  it('sums each pipeline stage exactly and records every change in the activity log', async () => {
    const pipeline = await official.gql(`query ($p: UUID!) { projectPipeline(partnershipId: $p) { stage projects totalCost } }`, { p: partnershipId });
    const idea = pipeline.data?.projectPipeline.find((row: any) => row.stage === 'IDEA');
    const all = await api.dataSource.query(`SELECT sum(total_cost)::text AS s FROM project WHERE stage = 'IDEA'`);
    expect(idea.totalCost).toBe(all[0].s);
    const events = await api.dataSource.query(`SELECT action, scope_id IS NOT NULL AS scoped FROM stream_event WHERE stream_id = $1 ORDER BY seq`, [partnershipId]);
    expect(events.filter((event: any) => event.action === 'project.created').every((event: any) => event.scoped)).toBe(true);
    expect(events.map((event: any) => event.action)).toEqual(expect.arrayContaining(['project.created', 'project.moved', 'project.budgetSet']));
  });

  it('replaces indicators on the current version and filters the pipeline by lead gmina', async () => {
    const project = (await official.gql(CREATE, { input: { ...velosola(), title: 'Łącznik z wskaźnikami' } })).data!.createProject;
    const SET = `mutation ($i: SetProjectIndicatorsInput!) { setProjectIndicators(input: $i) { version indicators { kind name unit baseline target } } }`;
    const indicators = [
      { kind: 'OUTPUT', name: 'Długość dróg rowerowych', unit: 'km', baseline: '0', target: '14.5' },
      { kind: 'RESULT', name: 'Przejazdy', unit: 'szt./rok', target: '25000' },
    ];
    const set = await official.gql(SET, { i: { projectId: project.id, expectedVersion: 1, indicators } });
    expect(set.data?.setProjectIndicators).toMatchObject({
      version: 2,
      indicators: [{ kind: 'OUTPUT', unit: 'km', baseline: '0.000', target: '14.500' }, { kind: 'RESULT', baseline: null, target: '25000.000' }],
    });
    const bad = onlyError(await official.gql(SET, { i: { projectId: project.id, expectedVersion: 2, indicators: [{ kind: 'OUTPUT', name: 'x', unit: 'km', target: 'dużo' }] } }));
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'indicators.0.target' });

    const byLead = await official.gql(`query ($p: UUID!) { projects(partnershipId: $p, first: 100, filter: { leadGminaTerc: "${MILOWKA}" }) { edges { node { title } } } }`, { p: partnershipId });
    expect(byLead.data?.projects.edges.map((edge: any) => edge.node.title)).toEqual(['Drogi do przysiółków (przykład)']);
  });

  it('lists projects with participants and gminas in the same number of statements for 2 or 20', async () => {
    for (let i = 0; i < 20; i += 1) await official.gql(CREATE, { input: { ...velosola(), title: `0 Projekt ${String(i).padStart(2, '0')}` } });
    const LIST = `query ($p: UUID!, $n: Int) { projects(partnershipId: $p, first: $n) { edges { node { title ownContribution participants { gmina { name } } funding { amount } stageHistory { toStage } } } } }`;
    const small = await api.countStatements(() => official.gql(LIST, { p: partnershipId, n: 2 }));
    const large = await api.countStatements(() => official.gql(LIST, { p: partnershipId, n: 20 }));
    expect(large).toBe(small);
    // caller with their roles + page + participants + gminas + funding + stage history
    expect(large).toBe(6);

    // The same count reaches clients outside the process (the benchmark reads it from here).
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${official.accessToken}` },
      body: JSON.stringify({ query: LIST, variables: { p: partnershipId, n: 20 } }),
    });
    expect(response.headers.get('server-timing')).toBe('sql;desc="6 statements"');
  });
});
