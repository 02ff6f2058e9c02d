import { AccessService, PartnershipRole, PeopleService } from '@wspolnie/identity';
import { onlyError } from '@wspolnie/platform-testing';
import { MyWorkClock } from '../src/lib/my-work/week';
import { type Person, RAJCZA, UJSOLY, type World, workWorld } from './work.world';

const { COORDINATOR, GMINA_OFFICIAL } = PartnershipRole;

const COUNTS = `{ myWork { taskCounts { open dueThisWeek overdue } projectCount } }`;
const TASKS = `query ($b: MyTaskBucket!, $s: MyTaskSort!, $n: Int!, $a: String) {
  myWork { tasks(filter: { bucket: $b }, sort: $s, first: $n, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { node { id title dueOn project { title } } } } } }`;
const PROJECTS = `query ($s: MyProjectSort!, $n: Int!, $a: String) {
  myWork { projects(sort: $s, first: $n, after: $a) { pageInfo { hasNextPage endCursor } edges { node { id title stage } } } } }`;

describe("my work: my tasks and my gminas' projects across partnerships", () => {
  let world: World;
  let me: Person;
  let boss: Person;
  let first: string;
  let second: string;
  const titles: Record<string, string> = {};

  /** Thursday 11 March 2027, half an hour after Warsaw's midnight (23:30 UTC the day before). */
  const AFTER_MIDNIGHT = new Date('2027-03-10T23:30:00Z');

  beforeAll(async () => {
    world = await workWorld();
    first = await world.partnership([RAJCZA, UJSOLY]);
    second = await world.partnership([UJSOLY]);
    const third = await world.partnership([RAJCZA]);
    me = await world.person('Katarzyna Kowalczyk', [
      { partnershipId: first, role: GMINA_OFFICIAL, gminaTerc: RAJCZA },
      { partnershipId: second, role: GMINA_OFFICIAL, gminaTerc: UJSOLY },
      { partnershipId: third, role: GMINA_OFFICIAL, gminaTerc: RAJCZA },
    ]);
    const other = await world.person('Ktoś inny', [{ partnershipId: first, role: GMINA_OFFICIAL, gminaTerc: RAJCZA }]);
    boss = await world.person(
      'Anna Zięba',
      [first, second, third].map((partnershipId) => ({ partnershipId, role: COORDINATOR })),
    );

    const żłobek = await world.project(boss, first, 'Żłobek w Rajczy', RAJCZA);
    const trasa = await world.project(boss, second, 'Ajencja trasy rowerowej', UJSOLY);
    await world.project(boss, first, 'Projekt Ujsół bez Rajczy', UJSOLY);
    const mine = async (projectId: string, title: string, extra: Record<string, unknown> = {}) => {
      const task = await world.task(boss, projectId, title, { assigneeId: me.id, ...extra });
      titles[task.id] = title;
      return task;
    };
    await mine(żłobek, 'Zaległe', { dueOn: '2027-03-10', priority: 'LOW' });
    await mine(trasa, 'Na dziś', { dueOn: '2027-03-11', priority: 'URGENT' });
    await mine(żłobek, 'Na niedzielę', { dueOn: '2027-03-14' });
    await mine(trasa, 'Na przyszły tydzień', { dueOn: '2027-03-15', priority: 'HIGH' });
    await mine(żłobek, 'Bez terminu');
    await mine(trasa, 'Też bez terminu', { priority: 'HIGH' });
    // Not mine, not open, archived, or where I no longer hold a role: never shown.
    await world.task(boss, żłobek, 'Cudze', { assigneeId: other.id, dueOn: '2027-03-01' });
    await world.task(boss, żłobek, 'Zrobione', { assigneeId: me.id, dueOn: '2027-03-01', status: 'DONE' });
    const archived = await world.task(boss, żłobek, 'Zarchiwizowane', { assigneeId: me.id, dueOn: '2027-03-01' });
    await boss.gql(`mutation ($i: ArchiveInput!) { archiveTask(input: $i) { id } }`, { i: { id: archived.id, expectedVersion: 1 } });
    const gone = await world.project(boss, first, 'Projekt w archiwum', RAJCZA);
    await world.task(boss, gone, 'W zarchiwizowanym projekcie', { assigneeId: me.id, dueOn: '2027-03-01' });
    await boss.gql(`mutation ($i: ArchiveInput!) { archiveProject(input: $i) { id } }`, { i: { id: gone, expectedVersion: 1 } });
    const left = await world.project(boss, third, 'Projekt partnerstwa, z którego odeszłam', RAJCZA);
    await world.task(boss, left, 'Po odejściu', { assigneeId: me.id, dueOn: '2027-03-01' });
    await world.api.app.get(PeopleService).revoke(undefined, third, me.id);
    // Two tasks changed in the same microsecond, to page through by UPDATED_AT.
    await world.api.dataSource.query(`UPDATE task SET updated_at = '2020-03-01T10:00:00.123456Z' WHERE title IN ('Bez terminu', 'Też bez terminu')`);
  });
  afterAll(() => world?.api.close());

  const at = (instant: Date) => jest.spyOn(world.api.app.get(MyWorkClock), 'now').mockReturnValue(instant);
  const tasksOf = async (bucket: string, sort = 'DUE_ON', first = 100, after: string | null = null) => {
    const result = await me.gql(TASKS, { b: bucket, s: sort, n: first, a: after });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data['myWork'].tasks;
  };
  const titlesOf = (connection: any) => connection.edges.map((edge: any) => edge.node.title);

  it('counts and lists my open tasks by Warsaw day, either side of midnight', async () => {
    at(AFTER_MIDNIGHT);
    expect((await me.gql(COUNTS)).data).toEqual({ myWork: { taskCounts: { open: 6, dueThisWeek: 2, overdue: 1 }, projectCount: 2 } });
    // Those without a due date come last, in id order (the keyset's tie-break).
    const open = titlesOf(await tasksOf('OPEN'));
    expect(open.slice(0, 4)).toEqual(['Zaległe', 'Na dziś', 'Na niedzielę', 'Na przyszły tydzień']);
    expect(open.slice(4).sort()).toEqual(['Bez terminu', 'Też bez terminu']);
    expect(titlesOf(await tasksOf('DUE_THIS_WEEK'))).toEqual(['Na dziś', 'Na niedzielę']);
    expect(titlesOf(await tasksOf('OVERDUE'))).toEqual(['Zaległe']);
    // An hour earlier it is still Wednesday in Warsaw: nothing is overdue yet.
    at(new Date('2027-03-10T22:30:00Z'));
    expect((await me.gql(COUNTS)).data!['myWork'].taskCounts).toEqual({ open: 6, dueThisWeek: 3, overdue: 0 });
    expect(titlesOf(await tasksOf('DUE_THIS_WEEK'))).toEqual(['Zaległe', 'Na dziś', 'Na niedzielę']);
    // On Monday the week starts again.
    at(new Date('2027-03-15T08:00:00Z'));
    expect((await me.gql(COUNTS)).data!['myWork'].taskCounts).toEqual({ open: 6, dueThisWeek: 1, overdue: 3 });
  });

  it('sorts by priority, project and last change', async () => {
    at(AFTER_MIDNIGHT);
    expect(titlesOf(await tasksOf('OPEN', 'PRIORITY'))).toEqual(['Na dziś', 'Na przyszły tydzień', 'Też bez terminu', 'Na niedzielę', 'Bez terminu', 'Zaległe']);
    const byProject = (await tasksOf('OPEN', 'PROJECT')).edges.map((edge: any) => `${edge.node.project.title}: ${edge.node.title}`);
    expect(byProject).toEqual([
      'Ajencja trasy rowerowej: Na dziś',
      'Ajencja trasy rowerowej: Na przyszły tydzień',
      'Ajencja trasy rowerowej: Też bez terminu',
      'Żłobek w Rajczy: Zaległe',
      'Żłobek w Rajczy: Na niedzielę',
      'Żłobek w Rajczy: Bez terminu',
    ]);
    expect(
      titlesOf(await tasksOf('OPEN', 'UPDATED_AT'))
        .slice(-2)
        .sort(),
    ).toEqual(['Bez terminu', 'Też bez terminu']);
  });

  it('pages through every sort two at a time without a task twice or missed, and refuses a forged cursor', async () => {
    at(AFTER_MIDNIGHT);
    for (const sort of ['DUE_ON', 'PRIORITY', 'UPDATED_AT', 'PROJECT']) {
      const whole = (await tasksOf('OPEN', sort)).edges.map((edge: any) => edge.node.id);
      const paged: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page += 1) {
        const connection = await tasksOf('OPEN', sort, 2, after);
        paged.push(...connection.edges.map((edge: any) => edge.node.id));
        expect(connection.totalCount).toBe(6);
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(paged).toEqual(whole);
    }
    for (const sort of ['TITLE', 'UPDATED_AT', 'STAGE']) {
      const one = (await me.gql(PROJECTS, { s: sort, n: 1 })).data!['myWork'].projects;
      const two = (await me.gql(PROJECTS, { s: sort, n: 1, a: one.pageInfo.endCursor })).data!['myWork'].projects;
      expect([...one.edges, ...two.edges].map((edge: any) => edge.node.title).sort()).toEqual(['Ajencja trasy rowerowej', 'Żłobek w Rajczy']);
      expect(two.pageInfo.hasNextPage).toBe(false);
    }
    const forged = Buffer.from(JSON.stringify(['DUE_ON', 'not a date', 'x'])).toString('base64url');
    expect(onlyError(await me.gql(TASKS, { b: 'OPEN', s: 'DUE_ON', n: 2, a: forged })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    // A cursor of another sort with as many values (a change's time where a due day belongs) is refused, not read as this sort's.
    const byChange = (await tasksOf('OPEN', 'UPDATED_AT', 2)).pageInfo.endCursor;
    const refused = onlyError(await me.gql(TASKS, { b: 'OPEN', s: 'DUE_ON', n: 2, a: byChange }));
    expect(refused).toMatchObject({ message: 'after is not a cursor this list gave out; start again without it.', extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  });

  it('reads my work in the same number of statements for few partnerships and tasks or many', async () => {
    at(AFTER_MIDNIGHT);
    const ALL = `{ myWork { taskCounts { open dueThisWeek overdue } projectCount
      tasks(first: 100) { edges { node { title project { title } } } } projects(first: 100) { edges { node { title } } } } }`;
    const few = await world.api.countStatements(() => me.gql(ALL));
    for (let i = 0; i < 3; i += 1) {
      const more = await world.partnership([RAJCZA]);
      const rajcza = (await world.api.dataSource.query(`SELECT id FROM gmina WHERE terc = $1`, [RAJCZA]))[0].id;
      await world.api.app.get(AccessService).grant(me.id, more, GMINA_OFFICIAL, rajcza);
      await world.api.app.get(AccessService).grant(boss.id, more, COORDINATOR);
      const projectId = await world.project(boss, more, `Projekt dodatkowy ${i}`, RAJCZA);
      for (let t = 0; t < 5; t += 1) await world.task(boss, projectId, `Dodatkowe ${i}.${t}`, { assigneeId: me.id });
    }
    let answer: any;
    const many = await world.api.countStatements(async () => (answer = (await me.gql(ALL)).data));
    expect(many).toBe(few);
    expect(answer.myWork.taskCounts.open).toBe(21);
    expect(answer.myWork.projects.edges).toHaveLength(5);
  });
});
