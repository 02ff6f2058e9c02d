import { gminasMigrations, GminasModule } from '@wspolnie/gminas';
import { AccessService, AccountsService, identityMigrations, IdentityModule, PartnershipRole, PeopleService } from '@wspolnie/identity';
import { notificationsMigrations, NotificationsModule } from '@wspolnie/notifications';
import { partnershipsMigrations, PartnershipsModule } from '@wspolnie/partnerships';
import { mailMigrations } from '@wspolnie/platform-mail';
import { databaseMigrations } from '@wspolnie/platform-database';
import { realtimeMigrations } from '@wspolnie/platform-realtime';
import { createTestApp, type GraphqlClient, onlyError, type TestApp } from '@wspolnie/platform-testing';
import { projectsMigrations, ProjectsModule } from '../src';

const RAJCZA = '2417112';
const PASSWORD = 'hasło-testowe-123';
const { COORDINATOR, COUNCIL_MEMBER, GMINA_OFFICIAL, OBSERVER } = PartnershipRole;

type Person = GraphqlClient & { id: string; displayName: string };

const INBOX = `{ myNotifications(first: 100) { edges { node { kind subjectTitle excerpt projectId taskId text actor { displayName } } } } }`;
const FOLLOW = `mutation ($p: UUID!) { followProject(projectId: $p) { id followedByMe } }`;
const UNFOLLOW = `mutation ($p: UUID!) { unfollowProject(projectId: $p) { id followedByMe } }`;
const MOVE = `mutation ($i: MoveProjectInput!) { moveProject(input: $i) { version } }`;
const CREATE_TASK = `mutation ($i: CreateTaskInput!) { createTask(input: $i) { id version } }`;
const UPDATE_TASK = `mutation ($i: UpdateTaskInput!) { updateTask(input: $i) { version } }`;

describe('following projects, and what the projects context puts in inboxes', () => {
  let api: TestApp;
  let partnershipId: string;
  let coordinator: Person;
  let council: Person;
  let official: Person;
  let observer: Person;
  let sequence = 0;

  async function person(role: PartnershipRole | null, displayName: string): Promise<Person> {
    sequence += 1;
    const email = `osoba${sequence}.${Date.now().toString(36)}@test.example`;
    const account = await api.app.get(AccountsService).create({ email, displayName, password: PASSWORD });
    if (role) {
      const [gmina] = role === GMINA_OFFICIAL ? await api.dataSource.query(`SELECT id FROM gmina WHERE terc = $1`, [RAJCZA]) : [null];
      await api.app.get(AccessService).grant(account.id, partnershipId, role, gmina?.id ?? null);
    }
    return { ...(await api.signIn(email, PASSWORD)), id: account.id, displayName };
  }

  beforeAll(async () => {
    api = await createTestApp({
      imports: [GminasModule, IdentityModule, PartnershipsModule, NotificationsModule, ProjectsModule],
      migrations: [...databaseMigrations, ...realtimeMigrations, ...mailMigrations, ...gminasMigrations, ...partnershipsMigrations, ...identityMigrations, ...projectsMigrations, ...notificationsMigrations],
    });
    [{ id: partnershipId }] = await api.dataSource.query(`INSERT INTO partnership (slug, name) VALUES ($1, 'Partnerstwo testowe') RETURNING id`, [`p-${Date.now().toString(36)}`]);
    await api.dataSource.query(`INSERT INTO partnership_member (partnership_id, gmina_id, role, joined_on) SELECT $1, id, 'MEMBER', current_date FROM gmina WHERE terc = $2`, [partnershipId, RAJCZA]);
    coordinator = await person(COORDINATOR, 'Anna Zięba');
    council = await person(COUNCIL_MEMBER, 'Tadeusz Wróbel');
    official = await person(GMINA_OFFICIAL, 'Katarzyna Kowalczyk');
    observer = await person(OBSERVER, 'Michał Gąsienica');
  });
  afterAll(() => api?.close());

  async function project(title: string): Promise<string> {
    const result = await coordinator.gql(`mutation ($i: CreateProjectInput!) { createProject(input: $i) { id followedByMe } }`, {
      i: { partnershipId, title, budget: { totalCost: '1000.00', participants: [{ gminaTerc: RAJCZA, role: 'LEAD', costShare: '1000.00' }], funding: [] } },
    });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    expect(result.data['createProject'].followedByMe).toBe(true);
    return result.data['createProject'].id;
  }
  const inboxOf = async (who: Person) => (await who.gql(INBOX)).data!['myNotifications'].edges.map((edge: any) => edge.node);
  const versionOf = async (projectId: string) => (await coordinator.gql(`query ($id: UUID!) { project(id: $id) { version } }`, { id: projectId })).data!['project'].version;
  const move = async (by: Person, projectId: string, to: string, reason = '') => {
    const result = await by.gql(MOVE, { i: { projectId, expectedVersion: await versionOf(projectId), to, reason } });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
  };

  it('lets its creator follow a project from the start and anyone who sees it follow and unfollow it; an outsider is answered NOT_FOUND', async () => {
    const projectId = await project('Sieć Klubów Senior+ (przykład)');
    expect((await observer.gql(`query ($id: UUID!) { project(id: $id) { followedByMe } }`, { id: projectId })).data).toEqual({ project: { followedByMe: false } });
    expect((await observer.gql(FOLLOW, { p: projectId })).data).toEqual({ followProject: { id: projectId, followedByMe: true } });
    expect((await observer.gql(FOLLOW, { p: projectId })).data).toEqual({ followProject: { id: projectId, followedByMe: true } });
    expect((await observer.gql(UNFOLLOW, { p: projectId })).data).toEqual({ unfollowProject: { id: projectId, followedByMe: false } });
    const [{ n: before }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM project_follower`);
    const outsider = await person(null, 'Obcy');
    expect(onlyError(await outsider.gql(FOLLOW, { p: projectId })).extensions?.code).toBe('NOT_FOUND');
    const [{ n: after }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM project_follower`);
    expect(after).toBe(before);
  });

  it('reads followedByMe for a page of projects in one query, whatever its size', async () => {
    const LIST = `query ($p: UUID!) { projects(partnershipId: $p, first: 100) { edges { node { title followedByMe } } } }`;
    let small: any;
    const few = await api.countStatements(async () => (small = (await observer.gql(LIST, { p: partnershipId })).data));
    for (let i = 0; i < 6; i += 1) {
      const id = await project(`Projekt do listy ${i}`);
      if (i % 2) await observer.gql(FOLLOW, { p: id });
    }
    let large: any;
    const many = await api.countStatements(async () => (large = (await observer.gql(LIST, { p: partnershipId })).data));
    expect(many).toBe(few);
    const listed = large.projects.edges.map((edge: any) => edge.node).filter((node: any) => node.title.startsWith('Projekt do listy'));
    expect(listed.map((node: any) => node.followedByMe)).toEqual([false, true, false, true, false, true]);
    expect(small.projects.edges.length).toBeLessThan(large.projects.edges.length);
  });

  it('tells a project\'s followers that it moved, with the stages and why, never the one who moved it', async () => {
    const projectId = await project('Trasa rowerowa Żywiec–Węgierska Górka');
    await observer.gql(FOLLOW, { p: projectId });
    await council.gql(FOLLOW, { p: projectId });
    await move(council, projectId, 'CONCEPT', 'Uchwała Rady Partnerstwa nr 12/2026');
    const expected = {
      kind: 'PROJECT_STAGE_CHANGED',
      subjectTitle: 'Trasa rowerowa Żywiec–Węgierska Górka',
      excerpt: 'Pomysł → Koncepcja: Uchwała Rady Partnerstwa nr 12/2026',
      projectId,
      taskId: null,
      actor: { displayName: 'Tadeusz Wróbel' },
      text: 'Tadeusz Wróbel moved the project „Trasa rowerowa Żywiec–Węgierska Górka”, which you follow, to another stage.',
    };
    for (const follower of [coordinator, observer]) expect((await inboxOf(follower)).filter((node: any) => node.projectId === projectId)).toEqual([expected]);
    expect(await inboxOf(council)).toEqual([]);
    expect((await inboxOf(official)).filter((node: any) => node.projectId === projectId)).toEqual([]);

    await observer.gql(UNFOLLOW, { p: projectId });
    await move(coordinator, projectId, 'PREPARATION');
    expect((await inboxOf(observer)).filter((node: any) => node.projectId === projectId)).toHaveLength(1);
    expect((await inboxOf(coordinator)).filter((node: any) => node.projectId === projectId)).toHaveLength(1);
    expect((await inboxOf(council)).filter((node: any) => node.projectId === projectId)).toEqual([
      { ...expected, excerpt: 'Koncepcja → Przygotowanie (dokumentacja, studium)', actor: { displayName: 'Anna Zięba' }, text: expected.text.replace('Tadeusz Wróbel', 'Anna Zięba') },
    ]);
  });

  it('stops telling a follower who lost their role', async () => {
    const projectId = await project('Centrum usług społecznych');
    const leaving = await person(OBSERVER, 'Osoba odchodząca');
    await leaving.gql(FOLLOW, { p: projectId });
    await api.app.get(PeopleService).revoke(undefined, partnershipId, leaving.id);
    await move(council, projectId, 'CONCEPT');
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1`, [leaving.id]);
    expect(n).toBe(0);
  });

  it('tells a task\'s assignee when it is created for them or given to them, never someone assigning themselves', async () => {
    const projectId = await project('Lokal na klub w Istebnej');
    const ofProject = async (who: Person) => (await inboxOf(who)).filter((node: any) => node.projectId === projectId);
    const task = (await coordinator.gql(CREATE_TASK, { i: { projectId, title: 'Ankieta wśród seniorów', description: 'Do końca marca,\nw trzech gminach.', assigneeId: official.id } })).data!['createTask'];
    expect(await ofProject(official)).toEqual([
      {
        kind: 'TASK_ASSIGNED',
        subjectTitle: 'Ankieta wśród seniorów',
        excerpt: 'Do końca marca, w trzech gminach.',
        projectId,
        taskId: task.id,
        actor: { displayName: 'Anna Zięba' },
        text: 'Anna Zięba assigned you the task „Ankieta wśród seniorów”.',
      },
    ]);
    const polish = (await official.gql(INBOX, {}, { 'accept-language': 'pl' })).data!['myNotifications'].edges[0].node.text;
    expect(polish).toBe('Anna Zięba przydziela Ci zadanie „Ankieta wśród seniorów”.');

    // Edits that leave the assignee as they are assign nobody; giving it to someone else tells them
    // (other changes are TASK_CHANGED, see follow.int-spec.ts).
    const assigned = async (who: Person) => (await ofProject(who)).filter((node: any) => node.kind === 'TASK_ASSIGNED');
    let version = (await official.gql(UPDATE_TASK, { i: { id: task.id, expectedVersion: task.version, title: 'Ankieta wśród seniorów 65+' } })).data!['updateTask'].version;
    expect(await assigned(official)).toHaveLength(1);
    version = (await coordinator.gql(UPDATE_TASK, { i: { id: task.id, expectedVersion: version, assigneeId: coordinator.id } })).data!['updateTask'].version;
    expect(await assigned(coordinator)).toEqual([]);
    version = (await coordinator.gql(UPDATE_TASK, { i: { id: task.id, expectedVersion: version, assigneeId: observer.id } })).data!['updateTask'].version;
    expect((await ofProject(observer)).map((node: any) => [node.kind, node.subjectTitle])).toEqual([['TASK_ASSIGNED', 'Ankieta wśród seniorów 65+']]);
    await coordinator.gql(UPDATE_TASK, { i: { id: task.id, expectedVersion: version, assigneeId: null } });
    expect(await assigned(observer)).toHaveLength(1);

    await official.gql(CREATE_TASK, { i: { projectId, title: 'Zadanie dla siebie', assigneeId: official.id } });
    expect(await assigned(official)).toHaveLength(1);
  });
});
