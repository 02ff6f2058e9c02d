import { PartnershipRole } from '@wspolnie/identity';
import { onlyError } from '@wspolnie/platform-testing';
import { type Person, RAJCZA, UJSOLY, type World, workWorld } from './work.world';

const { COORDINATOR, GMINA_OFFICIAL } = PartnershipRole;

const ARCHIVE_TASK = `mutation ($i: ArchiveInput!) { archiveTask(input: $i) { id version archivedAt archivedBy { displayName } } }`;
const RESTORE_TASK = `mutation ($i: ArchiveInput!) { restoreTask(input: $i) { id version archivedAt archivedBy { displayName } } }`;
const ARCHIVE_PROJECT = `mutation ($i: ArchiveInput!) { archiveProject(input: $i) { id version archivedAt } }`;
const RESTORE_PROJECT = `mutation ($i: ArchiveInput!) { restoreProject(input: $i) { id version archivedAt } }`;
const UPDATE_TASK = `mutation ($i: UpdateTaskInput!) { updateTask(input: $i) { version } }`;
const MOVE_TASK = `mutation ($i: MoveTaskInput!) { moveTask(input: $i) { version } }`;

describe('archiving and restoring tasks and projects', () => {
  let world: World;
  let partnershipId: string;
  let coordinator: Person;
  let lead: Person;
  let partner: Person;

  beforeAll(async () => {
    world = await workWorld();
    partnershipId = await world.partnership([RAJCZA, UJSOLY]);
    coordinator = await world.person('Anna Zięba', [{ partnershipId, role: COORDINATOR }]);
    lead = await world.person('Katarzyna Kowalczyk', [{ partnershipId, role: GMINA_OFFICIAL, gminaTerc: RAJCZA }]);
    partner = await world.person('Jan Ujsolski', [{ partnershipId, role: GMINA_OFFICIAL, gminaTerc: UJSOLY }]);
  });
  afterAll(() => world?.api.close());

  const eventsOf = async (subjectId: string) =>
    (await world.api.dataSource.query(`SELECT action FROM stream_event WHERE stream_id = $1 AND subject_id = $2 ORDER BY seq`, [partnershipId, subjectId])).map((row: any) => row.action);
  const boardOf = async (projectId: string, includeArchived = false) =>
    (await coordinator.gql(`query ($id: UUID!, $all: Boolean!) { project(id: $id) { tasks(includeArchived: $all) { title } } }`, { id: projectId, all: includeArchived })).data!['project'].tasks.map(
      (t: any) => t.title,
    );

  it('archives a task off the board with an event, shows it when asked and by id, and restores it', async () => {
    const projectId = await world.project(coordinator, partnershipId, 'Sieć Klubów Senior+');
    const kept = await world.task(coordinator, projectId, 'Ankieta wśród seniorów');
    const task = await world.task(coordinator, projectId, 'Lokal na klub');
    const archived = (await lead.gql(ARCHIVE_TASK, { i: { id: task.id, expectedVersion: 1 } })).data!['archiveTask'];
    expect(archived).toMatchObject({ id: task.id, version: 2, archivedBy: { displayName: 'Katarzyna Kowalczyk' } });
    expect(new Date(archived.archivedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(await boardOf(projectId)).toEqual(['Ankieta wśród seniorów']);
    expect(await boardOf(projectId, true)).toEqual(['Ankieta wśród seniorów', 'Lokal na klub']);
    expect((await coordinator.gql(`query ($id: UUID!) { task(id: $id) { archivedAt } }`, { id: task.id })).data!['task'].archivedAt).toBe(archived.archivedAt);

    const restored = (await coordinator.gql(RESTORE_TASK, { i: { id: task.id, expectedVersion: 2 } })).data!['restoreTask'];
    expect(restored).toEqual({ id: task.id, version: 3, archivedAt: null, archivedBy: null });
    expect(await boardOf(projectId)).toEqual(['Ankieta wśród seniorów', 'Lokal na klub']);
    expect(await eventsOf(task.id)).toEqual(['task.created', 'task.archived', 'task.restored']);
    expect(await eventsOf(kept.id)).toEqual(['task.created']);
    const [row] = await world.api.dataSource.query(`SELECT count(*)::int AS n FROM task WHERE id = $1`, [task.id]);
    expect(row.n).toBe(1);
  });

  it('answers a stale version first, then "already archived", each CONFLICT with the task as it is and nothing changed', async () => {
    const projectId = await world.project(coordinator, partnershipId, 'Trasa rowerowa');
    const task = await world.task(coordinator, projectId, 'Mapa trasy');
    await coordinator.gql(ARCHIVE_TASK, { i: { id: task.id, expectedVersion: 1 } });
    const state = async () => ({
      version: (await world.api.dataSource.query(`SELECT version FROM task WHERE id = $1`, [task.id]))[0].version,
      events: (await eventsOf(task.id)).length,
    });
    const before = await state();
    const stale = onlyError(await coordinator.gql(ARCHIVE_TASK, { i: { id: task.id, expectedVersion: 1 } }));
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2, expectedVersion: 1, current: { id: task.id, version: 2 } });
    expect(stale.message).toContain('changed by someone else meanwhile');
    const again = onlyError(await coordinator.gql(ARCHIVE_TASK, { i: { id: task.id, expectedVersion: 2 } }));
    expect(again).toMatchObject({ message: 'The task „Mapa trasy” is already archived.', extensions: { code: 'CONFLICT', current: { id: task.id, version: 2 } } });
    const notArchived = onlyError(await coordinator.gql(RESTORE_TASK, { i: { id: (await world.task(coordinator, projectId, 'Inne')).id, expectedVersion: 1 } }));
    expect(notArchived).toMatchObject({ message: 'The task „Inne” is not archived.', extensions: { code: 'CONFLICT' } });
    expect(await state()).toEqual(before);
  });

  it('refuses to edit or move an archived task, and to add tasks to, edit or move an archived project, until restored', async () => {
    const projectId = await world.project(coordinator, partnershipId, 'Centrum usług społecznych');
    const task = await world.task(coordinator, projectId, 'Regulamin');
    await coordinator.gql(ARCHIVE_TASK, { i: { id: task.id, expectedVersion: 1 } });
    const edit = onlyError(await coordinator.gql(UPDATE_TASK, { i: { id: task.id, expectedVersion: 2, title: 'Regulamin CUS' } }));
    expect(edit).toMatchObject({ message: 'The task „Regulamin” is archived; restore it first.', extensions: { code: 'CONFLICT', current: { version: 2 } } });
    expect(onlyError(await coordinator.gql(MOVE_TASK, { i: { id: task.id, expectedVersion: 2, status: 'DONE' } })).extensions?.code).toBe('CONFLICT');
    const polish = onlyError(await coordinator.gql(UPDATE_TASK, { i: { id: task.id, expectedVersion: 2, title: 'x' } }, { 'accept-language': 'pl' }));
    expect(polish.message).toBe('Zadanie „Regulamin” jest zarchiwizowane; najpierw je przywróć.');

    const other = await world.task(coordinator, projectId, 'Nabór kadry');
    await coordinator.gql(ARCHIVE_PROJECT, { i: { id: projectId, expectedVersion: 1 } });
    const refusals = [
      await coordinator.gql(`mutation ($i: CreateTaskInput!) { createTask(input: $i) { id } }`, { i: { projectId, title: 'Nowe' } }),
      await coordinator.gql(`mutation ($i: UpdateProjectInput!) { updateProject(input: $i) { id } }`, { i: { id: projectId, expectedVersion: 2, title: 'CUS' } }),
      await coordinator.gql(`mutation ($i: MoveProjectInput!) { moveProject(input: $i) { id } }`, { i: { projectId, expectedVersion: 2, to: 'CONCEPT', reason: '' } }),
      await coordinator.gql(MOVE_TASK, { i: { id: other.id, expectedVersion: 1, status: 'DONE' } }),
      await coordinator.gql(UPDATE_TASK, { i: { id: other.id, expectedVersion: 1, title: 'Nabór kadry CUS' } }),
    ];
    for (const refusal of refusals) expect(onlyError(refusal)).toMatchObject({ message: 'The project „Centrum usług społecznych” is archived; restore it first.', extensions: { code: 'CONFLICT' } });
    // The project's own tasks keep their archived_at: restoring the project brings back only the live one.
    const [{ n }] = await world.api.dataSource.query(`SELECT count(*)::int AS n FROM task WHERE project_id = $1 AND archived_at IS NOT NULL`, [projectId]);
    expect(n).toBe(1);
    await coordinator.gql(RESTORE_PROJECT, { i: { id: projectId, expectedVersion: 2 } });
    expect(await boardOf(projectId)).toEqual(['Nabór kadry']);
    expect(await eventsOf(projectId)).toEqual(['project.created', 'project.archived', 'project.restored']);
  });

  /** Runs `change` while another transaction archives the project, committing that once the change waits for the project's row. */
  const whileArchiving = async (projectId: string, change: () => Promise<any>) => {
    const writer = world.api.dataSource.createQueryRunner();
    await writer.connect();
    try {
      await writer.startTransaction();
      await writer.query(`UPDATE project SET archived_at = now(), version = version + 1 WHERE id = $1`, [projectId]);
      let settled = false;
      const pending = change().finally(() => (settled = true));
      for (let waiting = false; !waiting && !settled;) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        waiting = (await world.api.dataSource.query(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)).length > 0;
      }
      await writer.commitTransaction();
      return await pending;
    } finally {
      await writer.release();
    }
  };

  it('takes no new task into, and no edit of a task of, a project archived while the change waited for it', async () => {
    const projectId = await world.project(coordinator, partnershipId, 'Projekt wycofywany');
    const created = await whileArchiving(projectId, () => coordinator.gql(`mutation ($i: CreateTaskInput!) { createTask(input: $i) { id } }`, { i: { projectId, title: 'Spóźnione' } }));
    expect(onlyError(created)).toMatchObject({ message: 'The project „Projekt wycofywany” is archived; restore it first.', extensions: { code: 'CONFLICT' } });
    expect((await world.api.dataSource.query(`SELECT count(*)::int AS n FROM task WHERE project_id = $1`, [projectId]))[0].n).toBe(0);

    const other = await world.project(coordinator, partnershipId, 'Drugi wycofywany');
    const task = await world.task(coordinator, other, 'Harmonogram');
    const edited = await whileArchiving(other, () => coordinator.gql(UPDATE_TASK, { i: { id: task.id, expectedVersion: 1, title: 'Harmonogram 2027' } }));
    expect(onlyError(edited)).toMatchObject({ message: 'The project „Drugi wycofywany” is archived; restore it first.', extensions: { code: 'CONFLICT' } });
    expect((await world.api.dataSource.query(`SELECT title, version FROM task WHERE id = $1`, [task.id]))[0]).toEqual({ title: 'Harmonogram', version: 1 });
  });

  it('leaves archived projects out of the pipeline and the list unless asked for', async () => {
    const own = await world.partnership([RAJCZA]);
    const boss = await world.person('Koordynator', [{ partnershipId: own, role: COORDINATOR }]);
    const live = await world.project(boss, own, 'Żłobek w Rajczy');
    const gone = await world.project(boss, own, 'Wycofany projekt');
    expect((await boss.gql(ARCHIVE_PROJECT, { i: { id: gone, expectedVersion: 1 } })).data!['archiveProject'].archivedAt).not.toBeNull();
    const LIST = `query ($p: UUID!, $all: Boolean!) { projects(partnershipId: $p, includeArchived: $all) { totalCount edges { node { id } } } projectPipeline(partnershipId: $p, includeArchived: $all) { stage projects totalCost } }`;
    const shown = (await boss.gql(LIST, { p: own, all: false })).data!;
    expect(shown['projects']).toEqual({ totalCount: 1, edges: [{ node: { id: live } }] });
    expect(shown['projectPipeline'].find((row: any) => row.stage === 'IDEA')).toEqual({ stage: 'IDEA', projects: 1, totalCost: '1000.00' });
    const all = (await boss.gql(LIST, { p: own, all: true })).data!;
    expect(all['projects'].totalCount).toBe(2);
    expect(all['projectPipeline'].find((row: any) => row.stage === 'IDEA')).toEqual({ stage: 'IDEA', projects: 2, totalCost: '2000.00' });
    expect((await boss.gql(`query ($id: UUID!) { project(id: $id) { archivedAt } }`, { id: gone })).data!['project'].archivedAt).not.toBeNull();
  });

  it("lets the coordinator and the lead gmina's official archive a project, not a partner gmina's", async () => {
    const projectId = await world.project(coordinator, partnershipId, 'Wspólna trasa', RAJCZA);
    const refused = onlyError(await partner.gql(ARCHIVE_PROJECT, { i: { id: projectId, expectedVersion: 1 } }));
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    expect((await lead.gql(ARCHIVE_PROJECT, { i: { id: projectId, expectedVersion: 1 } })).data!['archiveProject'].version).toBe(2);
    expect((await coordinator.gql(RESTORE_PROJECT, { i: { id: projectId, expectedVersion: 2 } })).data!['restoreProject'].archivedAt).toBeNull();
  });
});
