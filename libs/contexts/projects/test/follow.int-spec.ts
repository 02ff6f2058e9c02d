import { PartnershipRole } from '@wspolnie/identity';
import { type Person, RAJCZA, type World, workWorld } from './work.world';

const { COORDINATOR, GMINA_OFFICIAL, OBSERVER } = PartnershipRole;

const INBOX = `{ myNotifications(first: 100) { edges { node { kind subjectTitle excerpt taskId text actor { displayName } } } } }`;
const FOLLOW = `mutation ($p: UUID!) { followProject(projectId: $p) { id } }`;
const UPDATE_TASK = `mutation ($i: UpdateTaskInput!) { updateTask(input: $i) { version } }`;
const MOVE_TASK = `mutation ($i: MoveTaskInput!) { moveTask(input: $i) { version } }`;

describe("following: task changes reach the project's followers and the task's assignees", () => {
  let world: World;
  let partnershipId: string;
  let coordinator: Person;
  let official: Person;
  let observer: Person;
  let bystander: Person;

  beforeAll(async () => {
    world = await workWorld();
    partnershipId = await world.partnership([RAJCZA]);
    coordinator = await world.person('Anna Zięba', [{ partnershipId, role: COORDINATOR }]);
    official = await world.person('Katarzyna Kowalczyk', [{ partnershipId, role: GMINA_OFFICIAL, gminaTerc: RAJCZA }]);
    observer = await world.person('Michał Gąsienica', [{ partnershipId, role: OBSERVER }]);
    bystander = await world.person('Ktoś z boku', [{ partnershipId, role: OBSERVER }]);
  });
  afterAll(() => world?.api.close());

  const inboxOf = async (who: Person, taskId: string) => (await who.gql(INBOX)).data!['myNotifications'].edges.map((edge: any) => edge.node).filter((node: any) => node.taskId === taskId);

  it('tells followers and the assignee of a status change, never the one who made it', async () => {
    const projectId = await world.project(coordinator, partnershipId, 'Żłobek w Rajczy');
    await observer.gql(FOLLOW, { p: projectId });
    const task = await world.task(coordinator, projectId, 'Projekt budowlany', { assigneeId: official.id, dueOn: '2027-03-31' });
    await coordinator.gql(MOVE_TASK, { i: { id: task.id, expectedVersion: 1, status: 'IN_PROGRESS' } });
    const changed = {
      kind: 'TASK_CHANGED',
      subjectTitle: 'Projekt budowlany',
      excerpt: 'Status: Do zrobienia → W toku',
      taskId: task.id,
      text: 'Anna Zięba changed the task „Projekt budowlany”.',
      actor: { displayName: 'Anna Zięba' },
    };
    expect(await inboxOf(observer, task.id)).toEqual([changed]);
    expect((await inboxOf(official, task.id)).map((node: any) => node.kind)).toEqual(['TASK_CHANGED', 'TASK_ASSIGNED']);
    expect(await inboxOf(coordinator, task.id)).toEqual([]);
    expect(await inboxOf(bystander, task.id)).toEqual([]);
    const polish = (await observer.gql(INBOX, {}, { 'accept-language': 'pl' })).data!['myNotifications'].edges[0].node.text;
    expect(polish).toBe('Anna Zięba zmienia zadanie „Projekt budowlany”.');

    // The assignee's own change reaches the coordinator, who follows the project they created.
    await official.gql(UPDATE_TASK, { i: { id: task.id, expectedVersion: 2, dueOn: '2027-04-30', title: 'Projekt budowlany żłobka' } });
    const [latest] = await inboxOf(coordinator, task.id);
    expect(latest).toMatchObject({ kind: 'TASK_CHANGED', excerpt: 'Tytuł: „Projekt budowlany” → „Projekt budowlany żłobka”; Termin: 31 marca 2027 → 30 kwietnia 2027' });
  });

  it('tells nobody of a reorder within a column, or of a description or priority edit', async () => {
    const projectId = await world.project(coordinator, partnershipId, 'Trasa rowerowa');
    await observer.gql(FOLLOW, { p: projectId });
    const first = await world.task(coordinator, projectId, 'Mapa', { assigneeId: official.id });
    await world.task(coordinator, projectId, 'Wycena');
    await coordinator.gql(MOVE_TASK, { i: { id: first.id, expectedVersion: 1, status: 'TODO', afterTaskId: null } });
    await coordinator.gql(UPDATE_TASK, { i: { id: first.id, expectedVersion: 2, description: 'Szczegóły', priority: 'HIGH' } });
    expect(await inboxOf(observer, first.id)).toEqual([]);
    expect((await inboxOf(official, first.id)).map((node: any) => node.kind)).toEqual(['TASK_ASSIGNED']);
  });

  it('gives a newly assigned person TASK_ASSIGNED only, and tells the one it was taken from', async () => {
    const projectId = await world.project(coordinator, partnershipId, 'Klub seniora');
    const task = await world.task(coordinator, projectId, 'Regulamin', { assigneeId: official.id });
    await coordinator.gql(UPDATE_TASK, { i: { id: task.id, expectedVersion: 1, assigneeId: observer.id } });
    expect((await inboxOf(observer, task.id)).map((node: any) => node.kind)).toEqual(['TASK_ASSIGNED']);
    expect((await inboxOf(official, task.id)).map((node: any) => [node.kind, node.excerpt])).toEqual([
      ['TASK_CHANGED', 'Zmiana osoby odpowiedzialnej'],
      ['TASK_ASSIGNED', null],
    ]);
  });

  it('tells followers, not the assignees of its open tasks, that a project moved', async () => {
    const projectId = await world.project(coordinator, partnershipId, 'Centrum usług');
    await world.task(coordinator, projectId, 'Wniosek', { assigneeId: official.id });
    await observer.gql(FOLLOW, { p: projectId });
    const result = await official.gql(`mutation ($i: MoveProjectInput!) { moveProject(input: $i) { version } }`, { i: { projectId, expectedVersion: 1, to: 'CONCEPT', reason: '' } });
    // Officials may not move projects; the coordinator does.
    if (result.errors) await coordinator.gql(`mutation ($i: MoveProjectInput!) { moveProject(input: $i) { version } }`, { i: { projectId, expectedVersion: 1, to: 'CONCEPT', reason: '' } });
    const stageNotices = async (who: Person) =>
      (await who.gql(`{ myNotifications(first: 100) { edges { node { kind projectId } } } }`)).data!['myNotifications'].edges.filter(
        (edge: any) => edge.node.projectId === projectId && edge.node.kind === 'PROJECT_STAGE_CHANGED',
      );
    expect(await stageNotices(observer)).toHaveLength(1);
    expect(await stageNotices(official)).toEqual([]);
  });
});
