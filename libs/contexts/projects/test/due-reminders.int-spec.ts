import { TransactionHost } from '@nestjs-cls/transactional';
import { gminasMigrations, GminasModule } from '@wspolnie/gminas';
import { AccessService, AccountsService, identityMigrations, IdentityModule, PartnershipRole } from '@wspolnie/identity';
import { Inbox, NotificationKind, notificationsMigrations, NotificationsModule } from '@wspolnie/notifications';
import { partnershipsMigrations, PartnershipsModule } from '@wspolnie/partnerships';
import { databaseMigrations } from '@wspolnie/platform-database';
import { mailMigrations } from '@wspolnie/platform-mail';
import { realtimeMigrations } from '@wspolnie/platform-realtime';
import { Module } from '@nestjs/common';
import { createTestApp, ProbeResolver, type TestApp } from '@wspolnie/platform-testing';
import { dayAfter, DUE_REMINDERS_BATCH, DueReminders } from '../src/lib/due/due-reminders';
import { projectsMigrations } from '../src/lib/migrations';

const RAJCZA = '2417112';
const PASSWORD = 'hasło-testowe-123';
/** A fixed Warsaw day to remind as of: the tests never depend on the machine's clock. */
const TODAY = '2031-03-10';
const TOMORROW = '2031-03-11';
const YESTERDAY = '2031-03-09';

/**
 * The job and the inbox it writes to, with what they stand on: the job reads the task and
 * project tables, however the rows got there, so the rest of the projects context is not needed
 * (the two-process end-to-end test runs it inside the whole API).
 */
@Module({ imports: [NotificationsModule], providers: [DueReminders, ProbeResolver] })
class DueRemindersTestModule {}

const MODULES = [GminasModule, IdentityModule, PartnershipsModule, DueRemindersTestModule];
const MIGRATIONS = [
  ...databaseMigrations,
  ...realtimeMigrations,
  ...mailMigrations,
  ...gminasMigrations,
  ...partnershipsMigrations,
  ...identityMigrations,
  ...projectsMigrations,
  ...notificationsMigrations,
];

interface Reminder {
  kind: string;
  task_id: string;
  recipient_id: string;
  subject_title: string;
  excerpt: string;
  announced: number;
}

describe('due-date reminders', () => {
  let api: TestApp;
  let second: TestApp;
  let partnershipId: string;
  let projectId: string;
  let official: { id: string; token: string };
  let sequence = 0;

  async function person(role: PartnershipRole): Promise<{ id: string; token: string }> {
    sequence += 1;
    const email = `przypomnienia${sequence}.${Date.now().toString(36)}@test.example`;
    const account = await api.app.get(AccountsService).create({ email, displayName: `Osoba ${sequence}`, password: PASSWORD });
    const [gmina] = role === PartnershipRole.GMINA_OFFICIAL ? await api.dataSource.query(`SELECT id FROM gmina WHERE terc = $1`, [RAJCZA]) : [null];
    await api.app.get(AccessService).grant(account.id, partnershipId, role, gmina?.id ?? null);
    return { id: account.id, token: (await api.signIn(email, PASSWORD)).accessToken };
  }

  beforeAll(async () => {
    api = await createTestApp({ imports: MODULES, migrations: MIGRATIONS });
    // A second app on the same database: another API process, as far as the job can tell.
    second = await createTestApp({ imports: MODULES, migrations: MIGRATIONS, database: api.database });
    [{ id: partnershipId }] = await api.dataSource.query(`INSERT INTO partnership (slug, name) VALUES ($1, 'Partnerstwo testowe') RETURNING id`, [`p-${Date.now().toString(36)}`]);
    await api.dataSource.query(`INSERT INTO partnership_member (partnership_id, gmina_id, role, joined_on) SELECT $1, id, 'MEMBER', current_date FROM gmina WHERE terc = $2`, [partnershipId, RAJCZA]);
    official = await person(PartnershipRole.GMINA_OFFICIAL);
    projectId = await project('Modernizacja oświetlenia ulicznego (przykład)');
  });
  afterAll(async () => {
    await second?.close();
    await api?.close();
  });

  async function project(title: string): Promise<string> {
    const [{ id }] = await api.dataSource.query(`INSERT INTO project (partnership_id, title) VALUES ($1, $2) RETURNING id`, [partnershipId, title]);
    return id;
  }

  /** Tasks written straight to the table, as the job reads them. */
  async function tasks(rows: { title: string; dueOn: string | null; assigneeId?: string | null; status?: string; project?: string }[]): Promise<string[]> {
    const inserted: { id: string }[] = await api.dataSource.query(
      `INSERT INTO task (project_id, partnership_id, title, status, assignee_id, due_on, position)
       SELECT given.project_id, $1, given.title, given.status::task_status, given.assignee_id, given.due_on, 'a' || md5(random()::text)
       FROM jsonb_to_recordset($2::jsonb) AS given (n int, project_id uuid, title text, status text, assignee_id uuid, due_on date)
       ORDER BY given.n RETURNING id`,
      [
        partnershipId,
        JSON.stringify(
          rows.map((row, n) => ({
            n,
            project_id: row.project ?? projectId,
            title: row.title,
            status: row.status ?? 'TODO',
            assignee_id: row.assigneeId === undefined ? official.id : row.assigneeId,
            due_on: row.dueOn,
          })),
        ),
      ],
    );
    return inserted.map(({ id }) => id);
  }

  /** The reminders of some tasks, each with how many events of its recipient's stream announce it (with its seq). */
  const remindersOf = (taskIds: readonly string[]): Promise<Reminder[]> =>
    api.dataSource.query(
      `SELECT n.kind, n.task_id, n.recipient_id, n.subject_title, n.excerpt,
              (SELECT count(*)::int FROM stream_event e WHERE e.stream_id = n.recipient_id AND e.topic = 'notification' AND e.subject_id = n.id AND e.seq = n.seq) AS announced
       FROM notification n WHERE n.task_id = ANY($1::uuid[]) AND n.kind IN ('TASK_DUE_TOMORROW', 'TASK_OVERDUE') ORDER BY n.task_id, n.kind`,
      [taskIds],
    );
  /** Every event of a person's stream names a notification that exists, with the seq it was given. */
  const orphanEvents = async (userId: string) =>
    (
      await api.dataSource.query(
        `SELECT count(*)::int AS n FROM stream_event e WHERE e.stream_id = $1 AND e.topic = 'notification'
           AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.id = e.subject_id AND n.seq = e.seq)`,
        [userId],
      )
    )[0].n as number;
  const run = (today = TODAY, app = api) => app.app.get(DueReminders).run(today);

  it('reminds the assignee once of a task due tomorrow, however often the job runs; the inbox shows it', async () => {
    const [taskId] = await tasks([{ title: 'Złożyć wniosek o dofinansowanie', dueOn: TOMORROW }]);
    expect(await run()).toMatchObject({ today: TODAY, skipped: false, dueTomorrow: 1, overdue: 0 });
    expect(await run()).toMatchObject({ dueTomorrow: 0, overdue: 0 });
    expect(await remindersOf([taskId])).toEqual([
      { kind: 'TASK_DUE_TOMORROW', task_id: taskId, recipient_id: official.id, subject_title: 'Złożyć wniosek o dofinansowanie', excerpt: 'Termin: 11 marca 2031', announced: 1 },
    ]);
    const inbox = await api.as(official.token).gql(`{ myNotifications(first: 5) { edges { node { kind taskId projectId text actor { id } } } } }`);
    expect(inbox.data!['myNotifications'].edges[0].node).toEqual({
      kind: NotificationKind.TASK_DUE_TOMORROW,
      taskId,
      projectId,
      text: 'The task „Złożyć wniosek o dofinansowanie”, assigned to you, is due tomorrow.',
      actor: null,
    });
    expect(await orphanEvents(official.id)).toBe(0);
  });

  it('reminds once of an overdue task, and not of one due today', async () => {
    const [overdue, today] = await tasks([
      { title: 'Uzupełnić kosztorys', dueOn: '2031-02-01' },
      { title: 'Zadanie na dziś', dueOn: TODAY },
    ]);
    expect(await run()).toMatchObject({ dueTomorrow: 0, overdue: 1 });
    await run();
    await run(dayAfter(TODAY));
    const reminders = await remindersOf([overdue, today]);
    expect(reminders).toHaveLength(2);
    expect(reminders).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'TASK_OVERDUE', task_id: overdue, excerpt: 'Termin: 1 lutego 2031', announced: 1 }),
        // Today's task is overdue the day after: reminded then, once.
        expect.objectContaining({ kind: 'TASK_OVERDUE', task_id: today, excerpt: 'Termin: 10 marca 2031', announced: 1 }),
      ]),
    );
  });

  it('reminds nobody of a task that is done, archived, of an archived project or assigned to nobody', async () => {
    const archivedProject = await project('Projekt zarchiwizowany (przykład)');
    const ids = await tasks([
      { title: 'Zrobione', dueOn: TOMORROW, status: 'DONE' },
      { title: 'Zarchiwizowane', dueOn: YESTERDAY },
      { title: 'W zarchiwizowanym projekcie', dueOn: TOMORROW, project: archivedProject },
      { title: 'Bez osoby', dueOn: YESTERDAY, assigneeId: null },
      { title: 'Bez terminu', dueOn: null },
    ]);
    await api.dataSource.query(`UPDATE task SET archived_at = now() WHERE id = $1`, [ids[1]]);
    await api.dataSource.query(`UPDATE project SET archived_at = now() WHERE id = $1`, [archivedProject]);
    await run();
    expect(await remindersOf(ids)).toEqual([]);
  });

  it('reminds again when the due date changes, and never twice for one date', async () => {
    const [taskId] = await tasks([{ title: 'Przygotować zapytanie ofertowe', dueOn: TOMORROW }]);
    await run();
    // Moved a week later, then due tomorrow again as of that day, then overdue after it.
    await api.dataSource.query(`UPDATE task SET due_on = '2031-03-18' WHERE id = $1`, [taskId]);
    await run();
    await run('2031-03-17');
    await run('2031-03-17');
    await run('2031-03-19');
    const reminders = await remindersOf([taskId]);
    expect(reminders.map((reminder) => [reminder.kind, reminder.excerpt, reminder.announced])).toEqual([
      ['TASK_DUE_TOMORROW', 'Termin: 11 marca 2031', 1],
      ['TASK_DUE_TOMORROW', 'Termin: 18 marca 2031', 1],
      ['TASK_OVERDUE', 'Termin: 18 marca 2031', 1],
    ]);
  });

  it('leaves out an assignee who no longer holds a role in the partnership', async () => {
    const leaving = await person(PartnershipRole.OBSERVER);
    const [taskId] = await tasks([{ title: 'Zadanie osoby, która odeszła', dueOn: TOMORROW, assigneeId: leaving.id }]);
    await api.dataSource.query(`DELETE FROM partnership_access WHERE user_id = $1`, [leaving.id]);
    await run();
    expect(await remindersOf([taskId])).toEqual([]);
  });

  it('sends each reminder once when two processes run the job at the same moment', async () => {
    const others = await Promise.all([person(PartnershipRole.COUNCIL_MEMBER), person(PartnershipRole.ADVISOR)]);
    const people = [official, ...others];
    const ids = await tasks(Array.from({ length: 30 }, (_, i) => ({ title: `Zadanie równoległe ${i + 1}`, dueOn: i % 2 ? TOMORROW : YESTERDAY, assigneeId: people[i % 3].id })));
    const runs = await Promise.all([run(TODAY, api), run(TODAY, second), run(TODAY, api), run(TODAY, second)]);
    const sent = runs.reduce((sum, one) => sum + one.dueTomorrow + one.overdue, 0);
    expect(sent).toBe(30);
    const reminders = await remindersOf(ids);
    expect(reminders).toHaveLength(30);
    expect(reminders.every((reminder) => reminder.announced === 1)).toBe(true);
    for (const who of people) expect(await orphanEvents(who.id)).toBe(0);
  });

  it('writes once even when two transactions deliver the same once keys at once, bypassing the lock', async () => {
    const ids = await tasks(Array.from({ length: 6 }, (_, i) => ({ title: `Bez blokady ${i + 1}`, dueOn: YESTERDAY })));
    const items = ids.map((taskId, i) => ({
      recipientId: official.id,
      notification: { kind: NotificationKind.TASK_OVERDUE, partnershipId, actorId: null, subjectTitle: `Bez blokady ${i + 1}`, projectId, taskId, onceKey: `task-overdue:${taskId}:${YESTERDAY}` },
    }));
    // Each app delivers in its own transaction on its own connection; the one that comes second waits for the first to commit, then skips.
    const deliver = (app: TestApp, part: typeof items) => app.app.get(TransactionHost).withTransaction(() => app.app.get(Inbox).deliverMany(part));
    const written = await Promise.all([deliver(api, items), deliver(second, [...items].reverse()), deliver(api, items.slice(2))]);
    expect(written.reduce((sum, one) => sum + one.length, 0)).toBe(6);
    const reminders = await remindersOf(ids);
    expect(reminders).toHaveLength(6);
    expect(reminders.every((reminder) => reminder.announced === 1)).toBe(true);
    expect(await orphanEvents(official.id)).toBe(0);
  });

  it('reminds of more tasks than one batch holds in a few statements per batch, not one per task', async () => {
    // The earlier tests' tasks would be overdue by then: out of the way.
    await api.dataSource.query(`UPDATE task SET status = 'DONE'`);
    const count = DUE_REMINDERS_BATCH * 2 + 20;
    const others = await Promise.all([person(PartnershipRole.COUNCIL_MEMBER), person(PartnershipRole.ADVISOR), person(PartnershipRole.OBSERVER)]);
    const ids = await tasks(Array.from({ length: count }, (_, i) => ({ title: `Zadanie ${i + 1}`, dueOn: i % 2 ? '2031-04-02' : '2031-03-20', assigneeId: others[i % 3].id })));
    let result: Awaited<ReturnType<typeof run>> | undefined;
    const statements = await api.countStatements(async () => (result = await run('2031-04-01')));
    expect(result).toMatchObject({ dueTomorrow: count / 2, overdue: count / 2 });
    // Per batch, whatever it holds: BEGIN, the lock, find, who holds a role, the rows, the events, their seqs, COMMIT.
    expect(statements).toBe(Math.ceil(count / DUE_REMINDERS_BATCH) * 8);
    expect(await remindersOf(ids)).toHaveLength(count);
    // The next run finds nothing left to send in one batch (BEGIN, the lock, find, COMMIT), not the same tasks again.
    expect(await api.countStatements(async () => expect(await run('2031-04-01')).toMatchObject({ dueTomorrow: 0, overdue: 0 }))).toBe(4);
    for (const who of others) expect(await orphanEvents(who.id)).toBe(0);
  });
});
