import { PartnershipRole } from '@wspolnie/identity';
import { createTestApp, type GraphqlClient, onlyError, type TestApp } from '@wspolnie/platform-testing';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { CONTEXT_MODULES, MIGRATIONS } from '../src/app/composition';
import { partnershipRow, projectRow, RAJCZA, signedIn } from './people.factory';

const TASK = `id title status position version assignee { displayName }`;
const CREATE = `mutation ($i: CreateTaskInput!) { createTask(input: $i) { ${TASK} } }`;
const UPDATE = `mutation ($i: UpdateTaskInput!) { updateTask(input: $i) { ${TASK} } }`;
const MOVE = `mutation ($i: MoveTaskInput!) { moveTask(input: $i) { ${TASK} } }`;
const BOARD = `query ($id: UUID!) { project(id: $id) { tasks { title status } } }`;

describe('tasks on a project board', () => {
  let api: TestApp;
  let partnershipId: string;
  let projectId: string;
  let official: Awaited<ReturnType<typeof signedIn>>;
  let observer: GraphqlClient;

  beforeAll(async () => {
    api = await createTestApp({ imports: CONTEXT_MODULES, migrations: MIGRATIONS });
    partnershipId = (await partnershipRow(api, { members: [RAJCZA] })).id;
    official = await signedIn(api, { partnershipId, role: PartnershipRole.GMINA_OFFICIAL, gminaTerc: RAJCZA });
    observer = await signedIn(api, { partnershipId, role: PartnershipRole.OBSERVER });
    projectId = await projectRow(api, partnershipId, 'Sieć Klubów Senior+ (przykład)', [RAJCZA]);
  });
  afterAll(() => api?.close());

  const create = async (title: string, extra: Record<string, unknown> = {}) => {
    const result = await official.gql(CREATE, { i: { projectId, title, ...extra } });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data['createTask'];
  };
  const board = async () => (await official.gql(BOARD, { id: projectId })).data!.project.tasks.map((t: any) => `${t.status}:${t.title}`);

  it('keeps columns in order through moves within and between them', async () => {
    const a = await create('Ankieta wśród seniorów');
    const b = await create('Lokal na klub w Istebnej');
    const c = await create('Wniosek Senior+');
    await official.gql(MOVE, { i: { id: c.id, expectedVersion: 1, status: 'TODO', afterTaskId: null } });
    expect(await board()).toEqual(['TODO:Wniosek Senior+', 'TODO:Ankieta wśród seniorów', 'TODO:Lokal na klub w Istebnej']);
    await official.gql(MOVE, { i: { id: a.id, expectedVersion: 1, status: 'IN_PROGRESS' } });
    await official.gql(MOVE, { i: { id: b.id, expectedVersion: 1, status: 'IN_PROGRESS', afterTaskId: a.id } });
    expect(await board()).toEqual(['TODO:Wniosek Senior+', 'IN_PROGRESS:Ankieta wśród seniorów', 'IN_PROGRESS:Lokal na klub w Istebnej']);
    const wrong = onlyError(await official.gql(MOVE, { i: { id: a.id, expectedVersion: 2, status: 'DONE', afterTaskId: b.id } }));
    expect(wrong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'afterTaskId' });
    expect(wrong.message).toBe('The task „Lokal na klub w Istebnej” is in the column „In progress”, not „Done”, so „Ankieta wśród seniorów” cannot be placed after it there.');
    const itself = onlyError(await official.gql(MOVE, { i: { id: a.id, expectedVersion: 2, status: 'IN_PROGRESS', afterTaskId: a.id } }, { 'accept-language': 'pl' }));
    expect(itself.message).toBe('Nie można umieścić zadania „Ankieta wśród seniorów” za nim samym; wskaż inne zadanie z tej kolumny albo żadne, aby umieścić je na górze.');
    const elsewhere = { id: await projectRow(api, partnershipId, 'Inna tablica', [RAJCZA]) };
    const foreign = (await official.gql(CREATE, { i: { projectId: elsewhere.id, title: 'Zadanie innego projektu' } })).data!.createTask;
    const notHere = onlyError(await official.gql(MOVE, { i: { id: a.id, expectedVersion: 2, status: 'IN_PROGRESS', afterTaskId: foreign.id } }));
    expect(notHere).toMatchObject({
      message: 'The task to place „Ankieta wśród seniorów” after is not on the board of the project „Sieć Klubów Senior+ (przykład)”.',
      extensions: { code: 'BAD_USER_INPUT', field: 'afterTaskId' },
    });
    const notAnId = onlyError(await official.gql(`mutation ($input: MoveTaskInput!) { moveTask(input: $input) { id } }`, { input: { id: a.id, expectedVersion: 2, status: 'IN_PROGRESS', afterTaskId: '123' } }));
    expect(notAnId).toMatchObject({ message: '"123" is not an id; ids look like "3f2c5a0e-8d1b-4c7e-9f10-2b3c4d5e6f70".', extensions: { code: 'BAD_USER_INPUT', field: 'afterTaskId' } });
  });

  it('reads a board with its assignees in the same statements for one task or thirty, through fragments too', async () => {
    const colleague = await signedIn(api, { partnershipId, role: PartnershipRole.COORDINATOR });
    const other = { id: await projectRow(api, partnershipId, 'Tablica do pomiaru', [RAJCZA]) };
    const READ = `query ($p: UUID!) { projects(partnershipId: $p, first: 20) { edges { node { id tasks { title ...Who } } } } }
      fragment Who on Task { assignee { displayName } }`;
    const boardOf = (data: any) => data.projects.edges.find((edge: any) => edge.node.id === other.id).node.tasks;
    await official.gql(CREATE, { i: { projectId: other.id, title: 'Zadanie 0', assigneeId: colleague.account.id } });
    let small: any;
    const few = await api.countStatements(async () => (small = (await official.gql(READ, { p: partnershipId })).data));
    for (let i = 1; i < 30; i += 1) await official.gql(CREATE, { i: { projectId: other.id, title: `Zadanie ${i}`, ...(i % 3 ? { assigneeId: official.account.id } : {}) } });
    let large: any;
    const many = await api.countStatements(async () => (large = (await official.gql(READ, { p: partnershipId })).data));
    expect(many).toBe(few);
    expect(boardOf(small)).toEqual([{ title: 'Zadanie 0', assignee: { displayName: colleague.account.displayName } }]);
    const board = boardOf(large);
    expect(board).toHaveLength(30);
    for (const task of board) {
      const i = Number(task.title.split(' ')[1]);
      expect(task.assignee).toEqual(i === 0 ? { displayName: colleague.account.displayName } : i % 3 ? { displayName: official.account.displayName } : null);
    }
  });

  it('answers an update with the row as stored and records only what changed', async () => {
    const task = await create('Regulamin klubu', { dueOn: '2027-02-28', priority: 'HIGH' });
    const FULL = `mutation ($i: UpdateTaskInput!) { updateTask(input: $i) { title dueOn priority version updatedAt } }`;
    let answer: any;
    // session with the caller's roles + the task's scope (partnership, participants, assignee) + BEGIN +
    // one statement (the UPDATE … RETURNING that reads the replaced row, holds the project, answers its
    // followers, told of a title change, and appends the event) + COMMIT: no read of the row before or
    // after (and no inbox statements: nobody but the editor is concerned).
    const statements = await api.countStatements(async () => (answer = await official.gql(FULL, { i: { id: task.id, expectedVersion: 1, title: 'Regulamin klubu seniora' } })));
    expect(statements).toBe(5);
    const [stored] = await api.dataSource.query(`SELECT title, to_char(due_on, 'YYYY-MM-DD') AS due_on, priority, version, updated_at FROM task WHERE id = $1`, [task.id]);
    expect(answer.data.updateTask).toEqual({ title: stored.title, dueOn: stored.due_on, priority: stored.priority, version: stored.version, updatedAt: stored.updated_at.toISOString() });
    const [event] = await api.dataSource.query(`SELECT changes FROM stream_event WHERE stream_id = $1 AND subject_id = $2 ORDER BY seq DESC LIMIT 1`, [partnershipId, task.id]);
    expect(event.changes).toEqual({ title: { before: 'Regulamin klubu', after: 'Regulamin klubu seniora' } });
  });

  it('applies exactly one of 20 concurrent updates made on the same version, and logs exactly the applied ones', async () => {
    const task = await create('Harmonogram naboru');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => official.gql(UPDATE, { i: { id: task.id, expectedVersion: 1, title: `Harmonogram, wersja ${i}` } })),
    );
    const applied = results.filter((result) => result.data?.updateTask);
    const refused = results.filter((result) => result.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(applied.length + refused.length).toBe(20);
    expect(applied).toHaveLength(1);
    expect(refused[0].errors?.[0]?.extensions).toMatchObject({ currentVersion: 2, current: { id: task.id, title: applied[0].data!.updateTask.title, version: 2 } });
    // Named by its title, as people see it, not by its id.
    expect(refused[0].errors?.[0]?.message).toBe(`Task „${applied[0].data!.updateTask.title}” was changed by someone else meanwhile (it is now at version 2, you had version 1). Reload it and apply your change again.`);
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM stream_event WHERE subject_id = $1 AND action = 'task.updated'`, [task.id]);
    expect(n).toBe(applied.length);
  });

  it('loses no update when 20 clients keep retrying with the version they last saw', async () => {
    const task = await create('Licznik');
    const clients = Array.from({ length: 20 }, (_, client) => (async () => {
      let applied = 0;
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const seen = (await official.gql(`query ($id: UUID!) { task(id: $id) { version } }`, { id: task.id })).data!.task.version;
        const result = await official.gql(UPDATE, { i: { id: task.id, expectedVersion: seen, description: `klient ${client}, próba ${attempt}` } });
        if (result.data?.updateTask) applied += 1;
        else expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      }
      return applied;
    })());
    const applied = (await Promise.all(clients)).reduce((sum, count) => sum + count, 0);
    const [{ version }] = await api.dataSource.query(`SELECT version FROM task WHERE id = $1`, [task.id]);
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM stream_event WHERE subject_id = $1 AND action = 'task.updated'`, [task.id]);
    expect(version).toBe(1 + applied);
    expect(n).toBe(applied);
  });

  it('keeps every position distinct when many tasks are moved to the top of a column at once', async () => {
    const tasks = await Promise.all(Array.from({ length: 10 }, (_, i) => create(`Zadanie ${i}`, { status: 'BLOCKED' })));
    const moves = await Promise.all(tasks.map((task) => official.gql(MOVE, { i: { id: task.id, expectedVersion: task.version, status: 'DONE', afterTaskId: null } })));
    expect(moves.every((result) => result.data?.moveTask)).toBe(true);
    const positions = moves.map((result) => result.data!.moveTask.position);
    expect(new Set(positions).size).toBe(10);
  });

  it('assigns only people with a role in the partnership, and refuses observers as editors', async () => {
    const outsider = await signedIn(api);
    const refused = onlyError(await official.gql(CREATE, { i: { projectId, title: 'Z', assigneeId: outsider.account.id } }));
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assigneeId' });
    const assigned = await create('Spotkanie z KGW', { assigneeId: official.account.id });
    expect(assigned.assignee).toEqual({ displayName: expect.stringMatching(/^Osoba/) });
    expect(onlyError(await observer.gql(CREATE, { i: { projectId, title: 'Nie wolno' } })).extensions?.code).toBe('FORBIDDEN');
  });

  it('changes nothing when an edit is refused after its write (an assignee from outside), and answers a stale one with the task as it is', async () => {
    const outsider = await signedIn(api);
    const task = await create('Zebranie sołeckie');
    const headOf = async () => (await api.dataSource.query(`SELECT last_seq::int AS last FROM event_stream WHERE stream_id = $1`, [partnershipId]))[0].last;
    const head = await headOf();
    const refused = onlyError(await official.gql(UPDATE, { i: { id: task.id, expectedVersion: 1, title: 'Zmienione', assigneeId: outsider.account.id } }));
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assigneeId' });
    expect(await api.dataSource.query(`SELECT title, version, assignee_id FROM task WHERE id = $1`, [task.id])).toEqual([{ title: 'Zebranie sołeckie', version: 1, assignee_id: null }]);
    expect(await headOf()).toBe(head);
    const STALE = `mutation ($i: UpdateTaskInput!) { updateTask(input: $i) { title version } }`;
    await official.gql(UPDATE, { i: { id: task.id, expectedVersion: 1, title: 'Zebranie wiejskie' } });
    const stale = onlyError(await official.gql(STALE, { i: { id: task.id, expectedVersion: 1, title: 'Spóźnione' } }));
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2, expectedVersion: 1, current: { title: 'Zebranie wiejskie', version: 2 } });
    expect(await headOf()).toBe(head + 1);
  });

  it('lets a gmina official work on tasks of projects their gmina takes part in, or assigned to them', async () => {
    const coordinator = await signedIn(api, { partnershipId, role: PartnershipRole.COORDINATOR });
    const elsewhere = await projectRow(api, partnershipId, 'Projekt bez Rajczy');
    const theirs = (await coordinator.gql(CREATE, { i: { projectId: elsewhere, title: 'Nie moje' } })).data!.createTask;
    const mine = (await coordinator.gql(CREATE, { i: { projectId: elsewhere, title: 'Przydzielone mnie', assigneeId: official.account.id } })).data!.createTask;
    const refused = onlyError(await official.gql(UPDATE, { i: { id: theirs.id, expectedVersion: 1, title: 'Zmiana' } }));
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    expect(refused.message).toContain('only in projects the gmina you act for takes part in, or assigned to you');
    expect(onlyError(await official.gql(CREATE, { i: { projectId: elsewhere, title: 'Nowe' } })).extensions?.code).toBe('FORBIDDEN');
    expect((await official.gql(UPDATE, { i: { id: mine.id, expectedVersion: 1, title: 'Zrobione przeze mnie' } })).data?.updateTask.title).toBe('Zrobione przeze mnie');
  });

  it('streams the task changes of one project to a subscriber resuming from its last seq', async () => {
    const [{ last }] = await api.dataSource.query(`SELECT last_seq::int AS last FROM event_stream WHERE stream_id = $1`, [partnershipId]);
    const other = { id: await projectRow(api, partnershipId, 'Inny projekt', [RAJCZA]) };
    await official.gql(CREATE, { i: { projectId: other.id, title: 'Nie z tego projektu' } });
    for (let i = 0; i < 3; i += 1) await create(`Nowe ${i}`);
    const client = createClient({ url: api.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${official.accessToken}` }, retryAttempts: 0 });
    const titles = await new Promise<string[]>((resolve, reject) => {
      const seen: string[] = [];
      const timer = setTimeout(() => reject(new Error(`got ${seen.length}`)), 10_000);
      client.subscribe(
        { query: `subscription ($p: UUID!, $a: Int) { projectTaskChanges(projectId: $p, afterSeq: $a) { seq action changes } }`, variables: { p: projectId, a: last } },
        {
          next: (message) => {
            const event = (message.data as any)?.projectTaskChanges;
            if (!event) return reject(new Error(JSON.stringify(message.errors)));
            seen.push(event.changes.title.after);
            if (seen.length === 3) {
              clearTimeout(timer);
              resolve(seen);
            }
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    await client.dispose();
    expect(titles).toEqual(['Nowe 0', 'Nowe 1', 'Nowe 2']);
  });
});
