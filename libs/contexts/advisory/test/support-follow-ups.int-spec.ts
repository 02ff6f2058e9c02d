import { PartnershipRole } from '@wspolnie/identity';
import { onlyError, type TestApp } from '@wspolnie/platform-testing';
import { GRANT, ISTEBNA, must, partnership, person, type Person, programme, type ProgrammeWorld, RAJCZA, startAdvisoryApp, UJSOLY } from './advisory.factory';
import { ADD_FOLLOW_UP, jointProject, READ_SUPPORT, recordActivity, rowCounts, TURN_INTO_TASK } from './support.factory';

const BOARD = `query ($id: UUID!) { project(id: $id) { tasks { id title description status assignee { id } } } }`;

describe('follow-ups of advisory support, turned into tasks of joint projects', () => {
  let api: TestApp;
  let world: ProgrammeWorld;
  let supported: string;
  let coordinator: Person;
  let advisor: Person;
  let project: string;
  let unsupportedProject: string;
  let activity: any;

  beforeAll(async () => {
    api = await startAdvisoryApp();
    world = await programme(api);
    supported = await partnership(api, [RAJCZA, UJSOLY]);
    coordinator = await person(api, supported, PartnershipRole.COORDINATOR);
    project = await jointProject(coordinator, supported, RAJCZA);
    const unrelated = await partnership(api, [ISTEBNA]);
    unsupportedProject = await jointProject(await person(api, unrelated, PartnershipRole.COORDINATOR), unrelated, ISTEBNA, 'Projekt innego partnerstwa');
    // A consultant of the programme who also advises the partnership (an ADVISOR there).
    advisor = await person(api, supported, PartnershipRole.ADVISOR);
    await must(world.manager, GRANT, { i: { programmeId: world.id, email: advisor.email, role: 'CONSULTANT' } });
    // No engagement: Rajcza's partnership is supported because Rajcza was served.
    activity = await recordActivity(advisor, {
      programmeId: world.id,
      teamId: world.teams.south,
      status: 'RECORDED',
      gminas: [{ terc: RAJCZA, participants: 6 }],
      followUps: ['Przygotować harmonogram konsultacji społecznych strategii i przesłać go gminom członkowskim do uwag', 'Zebrać dane do diagnozy'],
    });
  });
  afterAll(() => api?.close());

  it('puts the follow-up on the project board with its text, links it, and does so once', async () => {
    expect(activity.followUps.map((followUp: { description: string }) => followUp.description)).toEqual([
      'Przygotować harmonogram konsultacji społecznych strategii i przesłać go gminom członkowskim do uwag',
      'Zebrać dane do diagnozy',
    ]);
    const [followUp] = activity.followUps;
    const turned = await must(advisor, TURN_INTO_TASK, { i: { followUpId: followUp.id, projectId: project, dueOn: '2026-09-30' } });
    expect(turned).toMatchObject({ id: followUp.id, projectId: project, taskId: expect.any(String) });
    const board = await must(coordinator, BOARD, { id: project });
    expect(board.tasks).toContainEqual({ id: turned.taskId, title: followUp.description, description: followUp.description, status: 'TODO', assignee: null });
    const [row] = await api.dataSource.query(`SELECT task_id, (SELECT due_on::text FROM task WHERE id = $2) AS due_on FROM activity_follow_up WHERE id = $1`, [followUp.id, turned.taskId]);
    expect(row).toEqual({ task_id: turned.taskId, due_on: '2026-09-30' });
    expect((await must(coordinator, READ_SUPPORT, { id: activity.id })).followUps[0]).toMatchObject({ taskId: turned.taskId, projectId: project });
    const before = await rowCounts(api);
    expect(onlyError(await advisor.gql(TURN_INTO_TASK, { i: { followUpId: followUp.id, projectId: project } })).extensions?.code).toBe('CONFLICT');
    expect(await rowCounts(api)).toEqual(before);
  });

  it('cuts a long follow-up to a task title, keeping the whole text as its description', async () => {
    const long = `${'Opracować szczegółowy plan działań rewitalizacyjnych '.repeat(6)}dla centrum wsi`;
    const added = await must(advisor, ADD_FOLLOW_UP, { i: { activityId: activity.id, description: long } });
    const turned = await must(advisor, TURN_INTO_TASK, { i: { followUpId: added.id, projectId: project } });
    const task = (await must(coordinator, BOARD, { id: project })).tasks.find((candidate: { id: string }) => candidate.id === turned.taskId);
    expect([...task.title].length).toBeLessThanOrEqual(200);
    expect(long.startsWith(task.title.replace(/…$/, ''))).toBe(true);
    expect(task.description).toBe(long);
  });

  it('refuses a project of a partnership not supported, and a caller who may not add tasks there, writing nothing', async () => {
    const followUp = activity.followUps[1];
    const before = await rowCounts(api);
    const refused = onlyError(await advisor.gql(TURN_INTO_TASK, { i: { followUpId: followUp.id, projectId: unsupportedProject } }));
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'projectId' });
    expect(refused.message).toContain('a project of a partnership supported');
    // The whole-programme consultant holds no role in the partnership: told adding tasks there needs one.
    expect(onlyError(await world.consultant.gql(TURN_INTO_TASK, { i: { followUpId: followUp.id, projectId: project } })).extensions).toMatchObject({ code: 'FORBIDDEN', action: 'task.create', field: 'projectId' });
    // Nor may the partnership's coordinator record support in the programme.
    expect(onlyError(await coordinator.gql(TURN_INTO_TASK, { i: { followUpId: followUp.id, projectId: project } })).extensions).toMatchObject({ code: 'FORBIDDEN', action: 'support.record' });
    expect(await rowCounts(api)).toEqual(before);
  });
});
