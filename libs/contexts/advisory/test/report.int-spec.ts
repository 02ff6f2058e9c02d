import { onlyError, type TestApp } from '@wspolnie/platform-testing';
import { must, person, startAdvisoryApp } from './advisory.factory';
import { FROM, NAME, REPORT, reportWorld, type ReportWorld, TO } from './report.fixture';

const zero = { activities: 0, distinctGminas: 0, participants: 0, minutes: 0, hours: '0.00' };

describe('the programme report', () => {
  let api: TestApp;
  let world: ReportWorld;
  const input = (more: Record<string, unknown> = {}) => ({ i: { programmeId: world.id, from: FROM, to: TO, ...more } });

  beforeAll(async () => {
    api = await startAdvisoryApp();
    world = await reportWorld(api);
  });
  afterAll(() => api?.close());

  it('counts the RECORDED activities of the period, both ends included, each gmina and partnership once, hours exactly', async () => {
    const report = await must(world.manager, REPORT, input());
    expect(report.programme).toEqual({ id: world.id, name: NAME, totalValue: '69504961.44', euContribution: '55402404.76' });
    expect(report.period).toEqual({ from: FROM, to: TO });
    expect(report.teamId).toBeNull();
    // Szczecin served three times counts once; 3 × 50 + 45 = 195 minutes are 3.25 hours.
    expect(report.totals).toEqual({ activities: 4, distinctGminas: 5, participants: 31, minutes: 195, hours: '3.25', distinctPartnerships: 3 });
    expect(report.byKind.map((kind: any) => kind.kind)).toEqual(['CONSULTATION', 'EDUCATIONAL_MEETING', 'TRAINING', 'WORKSHOP', 'SEMINAR', 'CONFERENCE', 'STUDY_VISIT']);
    expect(report.byKind.slice(0, 3)).toEqual([
      { kind: 'CONSULTATION', label: 'Consultation', activities: 2, distinctGminas: 2, participants: 10, minutes: 100, hours: '1.67', onModules: 2, onAdditionalTopics: 0 },
      { kind: 'EDUCATIONAL_MEETING', label: 'Educational meeting', activities: 2, distinctGminas: 4, participants: 21, minutes: 95, hours: '1.58', onModules: 1, onAdditionalTopics: 1 },
      { kind: 'TRAINING', label: 'Training', ...zero, onModules: 0, onAdditionalTopics: 0 },
    ]);
    // Every topic, modules first, each in order, the ones nothing covered too.
    expect(report.byTopic.map((each: any) => [each.topic.kind, each.topic.position, each.activities, each.distinctGminas, each.participants, each.hours])).toEqual([
      ['MODULE', 1, 2, 2, 10, '1.67'],
      ['MODULE', 2, 1, 2, 14, '0.83'],
      ['MODULE', 3, 0, 0, 0, '0.00'],
      ['MODULE', 4, 0, 0, 0, '0.00'],
      ['ADDITIONAL_TOPIC', 1, 1, 2, 7, '0.75'],
    ]);
    expect(report.byTopic[0].topic).toEqual({ id: world.modules[0], name: 'Wykorzystanie narzędzi wynikających z ustawy o rewitalizacji', kind: 'MODULE', position: 1 });
    expect(report).toMatchObject({ groupBy: null, groups: [], notReached: [] });
  });

  it('answers each published figure with one field', async () => {
    const report = await must(world.manager, REPORT, input());
    const kind = (name: string) => report.byKind.find((each: any) => each.kind === name);
    expect(kind('EDUCATIONAL_MEETING').onModules).toBe(1); // "229 educational meetings in the four mandatory modules"
    expect(kind('EDUCATIONAL_MEETING').onAdditionalTopics).toBe(1); // "34 educational meetings on additional topics"
    expect(kind('CONSULTATION').distinctGminas).toBe(2); // "consultations with 234 gminas"
  });

  it('groups by voivodeship (an activity serving two counts in both), quarter, consultant, kind and topic', async () => {
    const groups = async (groupBy: string, headers?: Record<string, string>) => (await must(world.manager, REPORT, input({ groupBy }), headers)).groups;
    expect(await groups('VOIVODESHIP')).toEqual([
      { key: '24', label: 'śląskie', activities: 2, distinctGminas: 3, participants: 20, minutes: 95, hours: '1.58' },
      { key: '32', label: 'zachodniopomorskie', activities: 3, distinctGminas: 2, participants: 11, minutes: 145, hours: '2.42' },
    ]);
    const quarters = [
      { key: '2020-Q1', activities: 2, distinctGminas: 2, participants: 10, minutes: 100, hours: '1.67' },
      { key: '2020-Q2', activities: 2, distinctGminas: 4, participants: 21, minutes: 95, hours: '1.58' },
    ];
    expect(await groups('QUARTER')).toEqual([
      { ...quarters[0], label: 'Q1 2020' },
      { ...quarters[1], label: 'Q2 2020' },
    ]);
    expect((await groups('QUARTER', { 'accept-language': 'pl' })).map((group: any) => group.label)).toEqual(['I kwartał 2020', 'II kwartał 2020']);
    const consultants = await groups('CONSULTANT');
    expect(consultants).toHaveLength(3);
    expect(consultants).toEqual(
      expect.arrayContaining([
        { key: world.consultant.account.id, label: world.consultant.account.displayName, activities: 2, distinctGminas: 4, participants: 21, minutes: 95, hours: '1.58' },
        { key: world.westConsultant.account.id, label: world.westConsultant.account.displayName, activities: 1, distinctGminas: 2, participants: 8, minutes: 50, hours: '0.83' },
      ]),
    );
    expect(consultants[2]).toEqual({ key: null, label: '(account removed)', activities: 1, distinctGminas: 1, participants: 2, minutes: 50, hours: '0.83' });
    expect((await groups('KIND', { 'accept-language': 'pl' })).map((group: any) => [group.key, group.label, group.activities])).toEqual([
      ['CONSULTATION', 'Konsultacja', 2],
      ['EDUCATIONAL_MEETING', 'Spotkanie edukacyjne', 2],
    ]);
    expect((await groups('TOPIC')).map((group: any) => [group.key, group.activities, group.participants])).toEqual([
      [world.modules[0], 2, 10],
      [world.modules[1], 1, 14],
      [world.additionalTopic, 1, 7],
    ]);
  });

  it('counts an activity of no team, topic or gmina in its kind and in the totals only', async () => {
    const report = await must(world.manager, REPORT, input({ from: '2030-01-01', to: '2030-12-31', groupBy: 'TOPIC' }));
    expect(report.totals).toEqual({ activities: 1, distinctGminas: 0, participants: 0, minutes: 90, hours: '1.50', distinctPartnerships: 0 });
    expect(report.byKind.find((kind: any) => kind.kind === 'SEMINAR')).toMatchObject({ activities: 1, distinctGminas: 0, onModules: 0, onAdditionalTopics: 0 });
    expect(report.byTopic.every((topic: any) => topic.activities === 0)).toBe(true);
    expect(report.groups).toEqual([{ key: null, label: '(no module or topic)', activities: 1, distinctGminas: 0, participants: 0, minutes: 90, hours: '1.50' }]);
    expect((await must(world.manager, REPORT, input({ from: '2030-01-01', to: '2030-12-31', groupBy: 'VOIVODESHIP' }))).groups).toEqual([]);
  });

  it("lists an area's gminas nothing counted reached, by name", async () => {
    const { notReached } = await must(world.manager, REPORT, input({ areaCode: '2417' }));
    const register: { terc: string }[] = await api.dataSource.query(`SELECT terc FROM gmina WHERE powiat_code = '2417' AND terc NOT IN ('2417112', '2417142') ORDER BY terc`);
    // Rajcza and Ujsoły were served; Milówka only outside the period and by a draft.
    expect(notReached.map((gmina: any) => gmina.terc).sort()).toEqual(register.map((gmina) => gmina.terc.trim()));
    expect(notReached.find((gmina: any) => gmina.terc === '2417092')).toMatchObject({ name: 'Milówka', type: 'RURAL' });
    const names = notReached.map((gmina: any) => gmina.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('pl').compare));
    const voivodeship = await must(world.manager, REPORT, input({ areaCode: '32' }));
    expect(voivodeship.notReached.map((gmina: any) => gmina.terc)).not.toEqual(expect.arrayContaining(['3262011']));
    expect(voivodeship.notReached.length).toBeGreaterThan(100);
  });

  it('refuses a reversed or too long period, a malformed or empty area, and a team of another programme', async () => {
    const refusal = async (more: Record<string, unknown>) => onlyError(await world.manager.gql(REPORT, input(more)));
    expect(await refusal({ from: '2020-06-30', to: '2020-06-29' })).toMatchObject({ message: 'to (2020-06-29) cannot come before from (2020-06-30).', extensions: { code: 'BAD_USER_INPUT', field: 'to' } });
    expect(await refusal({ from: '2020-01-01', to: '2030-01-01' })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'to' } });
    // Ten years to the day before: with the day after the period, five.
    expect((await must(world.manager, REPORT, input({ from: '2020-01-01', to: '2029-12-31' }))).totals.activities).toBe(5);
    for (const areaCode of ['2', '241', '24171', '99', 'ab']) expect(await refusal({ areaCode })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'areaCode' } });
    expect(await refusal({ areaCode: '0238' })).toMatchObject({ message: 'No gmina of the TERC register lies in the area „0238”.', extensions: { field: 'areaCode' } });
    // The manager holds a role in the other programme too: its team passes the access check, not this report's.
    await api.dataSource.query(`INSERT INTO programme_access (user_id, programme_id, role) VALUES ($1, $2, 'CONSULTANT')`, [world.manager.account.id, world.other.id]);
    expect(await refusal({ teamId: world.other.teams.west })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'teamId' } });
  });

  it("shows a team-limited consultant their team's report only, and the report to nobody outside the programme", async () => {
    const whole = onlyError(await world.westConsultant.gql(REPORT, input()));
    expect(whole.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'programme.report' });
    expect(onlyError(await world.westConsultant.gql(REPORT, input({ teamId: world.teams.south }))).extensions?.code).toBe('FORBIDDEN');
    const west = await must(world.westConsultant, REPORT, input({ teamId: world.teams.west, groupBy: 'VOIVODESHIP' }));
    expect(west.teamId).toBe(world.teams.west);
    expect(west.totals).toEqual({ activities: 2, distinctGminas: 2, participants: 10, minutes: 100, hours: '1.67', distinctPartnerships: 2 });
    expect(west.byKind.filter((kind: any) => kind.activities).map((kind: any) => kind.kind)).toEqual(['CONSULTATION']);
    expect(west.groups.map((group: any) => group.key)).toEqual(['32']);
    // A consultant of the whole programme sees it whole.
    expect((await must(world.consultant, REPORT, input())).totals.activities).toBe(4);
    // Another programme's consultant, a partnership's coordinator whose gminas were served, a stranger: no such programme.
    for (const outsider of [world.other.consultant, world.member, await person(api)]) {
      expect(onlyError(await outsider.gql(REPORT, input())).extensions?.code).toBe('NOT_FOUND');
    }
    expect(onlyError(await world.other.westConsultant.gql(REPORT, input({ teamId: world.teams.west }))).extensions?.code).toBe('NOT_FOUND');
  });

  it('runs the same few statements for any grouping', async () => {
    // The session, the programme's scope facts, the caller's role, the report.
    const plain = await api.countStatements(() => must(world.manager, REPORT, input()));
    expect(plain).toBe(4);
    for (const groupBy of ['VOIVODESHIP', 'QUARTER', 'KIND', 'TOPIC']) expect(await api.countStatements(() => must(world.manager, REPORT, input({ groupBy, areaCode: '24' })))).toBe(plain);
    // Consultants' names come from identity, in one statement more.
    expect(await api.countStatements(() => must(world.manager, REPORT, input({ groupBy: 'CONSULTANT' })))).toBe(plain + 1);
  });
});
