import type { TestApp } from '@wspolnie/platform-testing';
import { must, programme, type ProgrammeWorld, startAdvisoryApp } from './advisory.factory';
import { insertActivity, REPORT } from './report.fixture';

const ACTIVITIES = 100_000;
/**
 * The statements a report request takes, whatever the data: the session, the scope's facts (the
 * programme, or the team), the caller's role, and the report's one statement (one more for
 * consultants' names when grouped by consultant).
 */
const STATEMENTS = 4;

describe('the programme report at scale', () => {
  let api: TestApp;
  let large: ProgrammeWorld;
  let tiny: ProgrammeWorld;
  let gminas: number;

  beforeAll(async () => {
    api = await startAdvisoryApp();
    [large, tiny] = [await programme(api), await programme(api)];
    await insertActivity(api, { programmeId: tiny.id, kind: 'CONSULTATION', teamId: tiny.teams.west, topicId: tiny.modules[0], heldOn: '2021-03-01', minutes: 60, gminas: { '3262011': 4 } });
    // 100,000 recorded activities over four years, in both teams, every kind and topic; each serves
    // one to three gminas, all 2,477 of the register among them (about 200,000 rows).
    await api.dataSource.query(
      `INSERT INTO activity (programme_id, team_id, topic_id, kind, status, title, held_on, duration_minutes, format, place, recorded_by)
       SELECT $1, CASE WHEN n % 2 = 0 THEN $2::uuid ELSE $3::uuid END, ($4::uuid[])[1 + n % cardinality($4::uuid[])],
              (enum_range(NULL::activity_kind))[1 + n % 7], 'RECORDED', 'Działanie ' || n, DATE '2020-01-01' + n % 1461, 30 + n % 150,
              'ON_SITE', 'Urząd Gminy', ($5::uuid[])[1 + n % 2]
       FROM generate_series(0, $6 - 1) n`,
      [large.id, large.teams.west, large.teams.south, [...large.modules, large.additionalTopic], [large.consultant.account.id, large.westConsultant.account.id], ACTIVITIES],
    );
    await api.dataSource.query(
      `WITH register AS (SELECT array_agg(id ORDER BY terc) AS ids FROM gmina),
       numbered AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM activity WHERE programme_id = $1)
       INSERT INTO activity_gmina (activity_id, gmina_id, participants)
       SELECT numbered.id, register.ids[1 + (numbered.n + k * 827) % cardinality(register.ids)], 1 + (numbered.n + k) % 12
       FROM numbered CROSS JOIN register CROSS JOIN LATERAL generate_series(0, numbered.n % 3) k`,
      [large.id],
    );
    await api.dataSource.query('ANALYZE activity, activity_gmina');
    [{ gminas }] = await api.dataSource.query(`SELECT count(*)::int AS gminas FROM gmina`);
  }, 120_000);
  afterAll(() => api?.close());

  it(`counts ${ACTIVITIES.toLocaleString('en')} activities in the same ${STATEMENTS} statements as one`, async () => {
    const input = (world: ProgrammeWorld) => ({ i: { programmeId: world.id, from: '2020-01-01', to: '2023-12-31', groupBy: 'VOIVODESHIP', areaCode: '24' } });
    let report: any;
    const statements = await api.countStatements(async () => (report = await must(large.manager, REPORT, input(large))));
    expect(statements).toBe(STATEMENTS);
    expect(await api.countStatements(() => must(tiny.manager, REPORT, input(tiny)))).toBe(STATEMENTS);

    const [expected] = await api.dataSource.query(
      `SELECT count(*)::int AS activities, sum(duration_minutes)::int AS minutes,
              (SELECT sum(participants)::int FROM activity_gmina JOIN activity ON activity.id = activity_gmina.activity_id WHERE programme_id = $1) AS participants
       FROM activity WHERE programme_id = $1`,
      [large.id],
    );
    expect(report.totals).toMatchObject({ activities: ACTIVITIES, distinctGminas: gminas, participants: expected.participants, minutes: expected.minutes });
    expect(report.byKind.reduce((sum: number, kind: any) => sum + kind.activities, 0)).toBe(ACTIVITIES);
    expect(report.byTopic.reduce((sum: number, topic: any) => sum + topic.activities, 0)).toBe(ACTIVITIES);
    expect(report.groups).toHaveLength(16);
    expect(report.notReached).toEqual([]);

    // A consultant's team report, by consultant: the one more statement for their names.
    const team = await api.countStatements(async () =>
      expect((await must(large.westConsultant, REPORT, { i: { ...input(large).i, teamId: large.teams.west, groupBy: 'CONSULTANT' } })).totals.activities).toBe(ACTIVITIES / 2),
    );
    expect(team).toBe(STATEMENTS + 1);
  }, 120_000);
});
