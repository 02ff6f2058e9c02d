import { PartnershipRole } from '@wspolnie/identity';
import { createTestApp, type GraphqlClient, onlyError, type TestApp } from '@wspolnie/platform-testing';
import { Client } from 'pg';
import { CONTEXT_MODULES, MIGRATIONS } from '../src/app/composition';
import { partnershipRow, projectRow, RAJCZA, signedIn } from './people.factory';

const CREATE_TASK = `mutation ($i: CreateTaskInput!) { createTask(input: $i) { id version } }`;
const UPDATE_TASK = `mutation ($i: UpdateTaskInput!) { updateTask(input: $i) { id title version } }`;

/**
 * Faults of the database under a mutation: the answer is coded and retryable, and nothing is
 * committed. A second connection holds the task's row, so the mutation is caught waiting.
 */
describe('database faults during a mutation', () => {
  let api: TestApp;
  let coordinator: GraphqlClient;
  let taskId: string;
  let holder: Client;

  beforeAll(async () => {
    api = await createTestApp({ imports: CONTEXT_MODULES, migrations: MIGRATIONS, env: { DATABASE_STATEMENT_TIMEOUT_MS: '1500' } });
    const partnership = await partnershipRow(api, { members: [RAJCZA] });
    coordinator = await signedIn(api, { partnershipId: partnership.id, role: PartnershipRole.COORDINATOR });
    const project = await projectRow(api, partnership.id, 'Trasa rowerowa Rajcza–Ujsoły', [RAJCZA]);
    const created = await coordinator.gql(CREATE_TASK, { i: { projectId: project, title: 'Mapa szlaków' } });
    taskId = created.data!['createTask'].id;
  });
  afterAll(async () => {
    await holder?.end().catch(() => undefined);
    await api?.close();
  });

  async function holdTaskRow(): Promise<Client> {
    holder = new Client({ connectionString: api.database.url, application_name: 'fault-test-holder' });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT id FROM task WHERE id = $1 FOR UPDATE', [taskId]);
    return holder;
  }

  const titleNow = async () => (await api.dataSource.query('SELECT title, version FROM task WHERE id = $1', [taskId]))[0] as { title: string; version: number };

  it('answers TIMEOUT when the statement timeout stops a lock wait, and commits nothing', async () => {
    const before = await titleNow();
    const held = await holdTaskRow();
    const error = onlyError(await coordinator.gql(UPDATE_TASK, { i: { id: taskId, expectedVersion: before.version, title: 'Nowy tytuł' } }));
    await held.query('ROLLBACK');
    await held.end();
    expect(error).toMatchObject({ extensions: { code: 'TIMEOUT', retryable: true } });
    expect(error.message).toContain('Nothing was changed');
    expect(await titleNow()).toEqual(before);
  });

  it('answers SERVICE_UNAVAILABLE when the database ends the connection mid-mutation, commits nothing, and serves the next request', async () => {
    const before = await titleNow();
    const held = await holdTaskRow();
    const pending = coordinator.gql(UPDATE_TASK, { i: { id: taskId, expectedVersion: before.version, title: 'Przerwany tytuł' } });
    // The mutation's backend, waiting for the row: terminated as an administrator or a failover would.
    let pids: { pid: number }[] = [];
    while (!pids.length) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      pids = await held.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND application_name <> 'fault-test-holder'`).then((r) => r.rows);
    }
    await held.query('SELECT pg_terminate_backend($1)', [pids[0].pid]);
    const error = onlyError(await pending);
    await held.query('ROLLBACK');
    await held.end();
    expect(error).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true } });
    expect(await titleNow()).toEqual(before);
    const retried = await coordinator.gql(UPDATE_TASK, { i: { id: taskId, expectedVersion: before.version, title: 'Ponowiony tytuł' } });
    expect(retried.data?.['updateTask']).toMatchObject({ title: 'Ponowiony tytuł', version: before.version + 1 });
  });
});
