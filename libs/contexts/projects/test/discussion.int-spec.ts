import { discussionMigrations, DiscussionModule } from '@wspolnie/discussion';
import { gminasMigrations, GminasModule } from '@wspolnie/gminas';
import { AccessService, AccountsService, identityMigrations, IdentityModule, PartnershipRole } from '@wspolnie/identity';
import { notificationsMigrations, NotificationsModule } from '@wspolnie/notifications';
import { partnershipsMigrations, PartnershipsModule } from '@wspolnie/partnerships';
import { databaseMigrations } from '@wspolnie/platform-database';
import { mailMigrations } from '@wspolnie/platform-mail';
import { realtimeMigrations } from '@wspolnie/platform-realtime';
import { createTestApp, type GraphqlClient, onlyError, type TestApp } from '@wspolnie/platform-testing';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { projectsMigrations, ProjectsModule } from '../src';

const RAJCZA = '2417112';
const PASSWORD = 'hasło-testowe-123';
const { ADVISOR, COORDINATOR, COUNCIL_MEMBER, GMINA_OFFICIAL, OBSERVER } = PartnershipRole;

type Person = GraphqlClient & { id: string; displayName: string; accessToken: string };

const FIELDS = `id subjectKind subjectId taskId projectId threadId planId inReplyToId body deleted version author { displayName } edits { number body } mentions { displayName }`;
const ON_TASK = `mutation ($i: CommentOnTaskInput!) { commentOnTask(input: $i) { ${FIELDS} } }`;
const ON_PROJECT = `mutation ($i: CommentOnProjectInput!) { commentOnProject(input: $i) { ${FIELDS} } }`;
const EDIT = `mutation ($i: EditCommentInput!) { editComment(input: $i) { ${FIELDS} } }`;
const DELETE = `mutation ($i: CommentVersionInput!) { deleteComment(input: $i) { ${FIELDS} } }`;
const INBOX = `{ myNotifications(first: 100) { edges { node { kind subjectTitle excerpt projectId taskId commentId text } } } }`;
const BOARD = `query ($id: UUID!) { project(id: $id) { commentCount comments { body author { displayName } } tasks { title commentCount comments { body deleted author { displayName } } } } }`;

describe('comments on tasks and projects', () => {
  let api: TestApp;
  let partnershipId: string;
  let coordinator: Person;
  let council: Person;
  let official: Person;
  let advisor: Person;
  let observer: Person;
  let sequence = 0;

  async function person(role: PartnershipRole | null, displayName: string): Promise<Person> {
    sequence += 1;
    const email = `dyskusja${sequence}.${Date.now().toString(36)}@test.example`;
    const account = await api.app.get(AccountsService).create({ email, displayName, password: PASSWORD });
    if (role) {
      const [gmina] = role === GMINA_OFFICIAL ? await api.dataSource.query(`SELECT id FROM gmina WHERE terc = $1`, [RAJCZA]) : [null];
      await api.app.get(AccessService).grant(account.id, partnershipId, role, gmina?.id ?? null);
    }
    return { ...(await api.signIn(email, PASSWORD)), id: account.id, displayName };
  }

  async function must(who: GraphqlClient, query: string, variables: Record<string, unknown>): Promise<any> {
    const result = await who.gql(query, variables);
    if (!result.data || result.errors?.length) throw new Error(JSON.stringify(result.errors));
    return Object.values(result.data)[0];
  }

  beforeAll(async () => {
    api = await createTestApp({
      imports: [GminasModule, IdentityModule, PartnershipsModule, NotificationsModule, DiscussionModule, ProjectsModule],
      migrations: [
        ...databaseMigrations,
        ...realtimeMigrations,
        ...mailMigrations,
        ...gminasMigrations,
        ...partnershipsMigrations,
        ...identityMigrations,
        ...projectsMigrations,
        ...notificationsMigrations,
        ...discussionMigrations,
      ],
    });
    [{ id: partnershipId }] = await api.dataSource.query(`INSERT INTO partnership (slug, name) VALUES ($1, 'Partnerstwo dyskusji') RETURNING id`, [`d-${Date.now().toString(36)}`]);
    await api.dataSource.query(`INSERT INTO partnership_member (partnership_id, gmina_id, role, joined_on) SELECT $1, id, 'MEMBER', current_date FROM gmina WHERE terc = $2`, [partnershipId, RAJCZA]);
    coordinator = await person(COORDINATOR, 'Anna Zięba');
    council = await person(COUNCIL_MEMBER, 'Tadeusz Wróbel');
    official = await person(GMINA_OFFICIAL, 'Katarzyna Kowalczyk');
    advisor = await person(ADVISOR, 'Józef Łęcki');
    observer = await person(OBSERVER, 'Michał Gąsienica');
  });
  afterAll(() => api?.close());

  /** A project made by the coordinator (who follows it from then on). */
  async function project(title: string): Promise<string> {
    const made = await must(coordinator, `mutation ($i: CreateProjectInput!) { createProject(input: $i) { id } }`, {
      i: { partnershipId, title, budget: { totalCost: '1000.00', participants: [{ gminaTerc: RAJCZA, role: 'LEAD', costShare: '1000.00' }], funding: [] } },
    });
    return made.id;
  }
  const task = async (projectId: string, title: string, assigneeId?: string): Promise<string> =>
    (await must(coordinator, `mutation ($i: CreateTaskInput!) { createTask(input: $i) { id } }`, { i: { projectId, title, assigneeId } })).id;
  const inboxOf = async (who: Person) => (await must(who, INBOX, {})).edges.map((edge: any) => edge.node);
  const commentCount = async () => (await api.dataSource.query(`SELECT count(*)::int AS n FROM comment`))[0].n as number;

  it('comments on a task and on a project, replies on the same subject, and reads them oldest first with their counts', async () => {
    const projectId = await project('Sieć Klubów Senior+');
    const taskId = await task(projectId, 'Regulamin klubu', official.id);
    const first = await must(advisor, ON_TASK, { i: { taskId, body: '  Proponuję wzór regulaminu z Rajczy.  ' } });
    expect(first).toMatchObject({
      subjectKind: 'TASK',
      subjectId: taskId,
      taskId,
      projectId,
      threadId: null,
      planId: null,
      inReplyToId: null,
      body: 'Proponuję wzór regulaminu z Rajczy.',
      version: 1,
    });
    const reply = await must(official, ON_TASK, { i: { taskId, body: 'Dziękuję, wykorzystam.', inReplyToId: first.id } });
    expect(reply).toMatchObject({ inReplyToId: first.id, author: { displayName: 'Katarzyna Kowalczyk' } });
    const onProject = await must(council, ON_PROJECT, { i: { projectId, body: 'Rada omówi projekt w marcu.' } });
    expect(onProject).toMatchObject({ subjectKind: 'PROJECT', subjectId: projectId, projectId, taskId: null });

    const board = await must(observer, BOARD, { id: projectId });
    expect(board.commentCount).toBe(1);
    expect(board.comments).toEqual([{ body: 'Rada omówi projekt w marcu.', author: { displayName: 'Tadeusz Wróbel' } }]);
    expect(board.tasks[0]).toMatchObject({ commentCount: 2, comments: [{ body: 'Proponuję wzór regulaminu z Rajczy.' }, { body: 'Dziękuję, wykorzystam.' }] });

    // A reply names a comment of the same subject: the project's comment is not the task's.
    const before = await commentCount();
    const across = onlyError(await official.gql(ON_TASK, { i: { taskId, body: 'Odpowiedź nie na temat', inReplyToId: onProject.id } }));
    expect(across.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'inReplyToId' });
    expect(await commentCount()).toBe(before);
  });

  it('keeps earlier texts of an edited comment and a placeholder for a deleted one; only its author changes it', async () => {
    const projectId = await project('Trasa rowerowa');
    const taskId = await task(projectId, 'Mapa trasy');
    const written = await must(official, ON_TASK, { i: { taskId, body: 'Pierwsza wersja' } });
    const edited = await must(official, EDIT, { i: { id: written.id, expectedVersion: 1, body: 'Druga wersja' } });
    expect(edited).toMatchObject({ body: 'Druga wersja', version: 2, edits: [{ number: 1, body: 'Pierwsza wersja' }] });
    expect(onlyError(await official.gql(EDIT, { i: { id: written.id, expectedVersion: 1, body: 'Nieaktualna' } })).extensions?.code).toBe('CONFLICT');
    expect(onlyError(await coordinator.gql(EDIT, { i: { id: written.id, expectedVersion: 2, body: 'Nie moja' } })).extensions?.code).toBe('FORBIDDEN');
    const deleted = await must(official, DELETE, { i: { id: written.id, expectedVersion: 2 } });
    expect(deleted).toMatchObject({ body: null, deleted: true, version: 3, edits: [] });
    expect((await must(coordinator, BOARD, { id: projectId })).tasks[0]).toMatchObject({ commentCount: 0, comments: [{ body: null, deleted: true, author: { displayName: 'Katarzyna Kowalczyk' } }] });
  });

  it("tells the assignee, the project's followers and earlier commenters (COMMENT), mentioned people once (MENTION), never the author", async () => {
    const projectId = await project('Lokal na klub');
    const taskId = await task(projectId, 'Umowa najmu', official.id);
    await must(observer, `mutation ($p: UUID!) { followProject(projectId: $p) { id } }`, { p: projectId });
    const first = await must(advisor, ON_TASK, { i: { taskId, body: `Pytanie do @[${council.displayName}](${council.id}): czy Rada zgodzi się na najem?` } });
    // Of this task's discussion (being assigned it is another notification).
    const of = async (who: Person) => (await inboxOf(who)).filter((node: any) => node.taskId === taskId && node.commentId);
    const comment = { subjectTitle: 'Umowa najmu', projectId, taskId, commentId: first.id };
    expect(await of(official)).toEqual([
      { ...comment, kind: 'COMMENT', excerpt: 'Pytanie do @Tadeusz Wróbel: czy Rada zgodzi się na najem?', text: 'Józef Łęcki commented on „Umowa najmu”, which you take part in.' },
    ]);
    expect(await of(coordinator)).toMatchObject([{ kind: 'COMMENT' }]);
    expect(await of(observer)).toMatchObject([{ kind: 'COMMENT' }]);
    expect(await of(council)).toMatchObject([{ ...comment, kind: 'MENTION', text: 'Józef Łęcki mentioned you in a comment on the task „Umowa najmu”.' }]);
    expect(first.mentions).toEqual([{ displayName: 'Tadeusz Wróbel' }]);
    expect(await of(advisor)).toEqual([]);

    // The assignee answers: the advisor wrote before, so hears of it; the author never does.
    await must(official, ON_TASK, { i: { taskId, body: 'Umowa jest u radcy prawnego.', inReplyToId: first.id } });
    expect(await of(advisor)).toMatchObject([{ kind: 'COMMENT' }]);
    expect(await of(official)).toHaveLength(1);
    // A mentioned follower hears of the mention, not twice.
    await must(advisor, ON_PROJECT, { i: { projectId, body: `@[${observer.displayName}](${observer.id}) proszę o opinię.` } });
    expect((await inboxOf(observer)).filter((node: any) => node.projectId === projectId && node.taskId === null)).toMatchObject([
      { kind: 'MENTION', text: 'Józef Łęcki mentioned you in a comment on the project „Lokal na klub”.' },
    ]);
  });

  it('refuses a mention of someone outside the partnership, naming them, and writes nothing', async () => {
    const projectId = await project('Wspólna promocja');
    const taskId = await task(projectId, 'Ulotka');
    const outsider = await person(null, 'Jan Obcy');
    const before = await commentCount();
    const [{ n: inboxBefore }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM notification`);
    const refused = onlyError(await coordinator.gql(ON_TASK, { i: { taskId, body: `Zapytam @[Jan Obcy](${outsider.id}).` } }));
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    expect(refused.message).toContain('@[Jan Obcy]');
    expect(await commentCount()).toBe(before);
    expect((await api.dataSource.query(`SELECT count(*)::int AS n FROM notification`))[0].n).toBe(inboxBefore);
  });

  it('lets observers read but not write, outsiders neither, and archived tasks take no comments', async () => {
    const projectId = await project('Centrum usług');
    const taskId = await task(projectId, 'Diagnoza potrzeb');
    expect(onlyError(await observer.gql(ON_TASK, { i: { taskId, body: 'Uwaga obserwatora' } })).extensions?.code).toBe('FORBIDDEN');
    expect(onlyError(await observer.gql(ON_PROJECT, { i: { projectId, body: 'Uwaga obserwatora' } })).extensions?.code).toBe('FORBIDDEN');
    const outsider = await person(null, 'Ktoś z zewnątrz');
    expect(onlyError(await outsider.gql(ON_TASK, { i: { taskId, body: 'Próba' } })).extensions?.code).toBe('NOT_FOUND');
    await api.dataSource.query(`UPDATE task SET archived_at = now() WHERE id = $1`, [taskId]);
    const archived = onlyError(await coordinator.gql(ON_TASK, { i: { taskId, body: 'Za późno' } }));
    expect(archived.extensions?.code).toBe('CONFLICT');
    expect(archived.message).toContain('„Diagnoza potrzeb” is archived');
  });

  it('refuses comments, edits and deletes on a task of an archived project, as on an archived task', async () => {
    const projectId = await project('Projekt zamknięty');
    const taskId = await task(projectId, 'Zadanie w archiwum');
    const written = await must(official, ON_TASK, { i: { taskId, body: 'Przed archiwizacją' } });
    await api.dataSource.query(`UPDATE project SET archived_at = now() WHERE id = $1`, [projectId]);
    const before = await commentCount();
    for (const [query, i] of [
      [ON_TASK, { taskId, body: 'Po archiwizacji' }],
      [EDIT, { id: written.id, expectedVersion: 1, body: 'Poprawka po archiwizacji' }],
      [DELETE, { id: written.id, expectedVersion: 1 }],
    ] as const) {
      const refused = onlyError(await official.gql(query, { i }));
      expect(refused.extensions?.code).toBe('CONFLICT');
      expect(refused.message).toContain('project „Projekt zamknięty” is archived');
    }
    expect(await commentCount()).toBe(before);
    expect(await api.dataSource.query(`SELECT body, version FROM comment WHERE id = $1`, [written.id])).toEqual([{ body: 'Przed archiwizacją', version: 1 }]);
  });

  it("forgets a deleted comment's text in its events and in the excerpts of its notifications", async () => {
    const projectId = await project('Projekt z wycofanym komentarzem');
    const taskId = await task(projectId, 'Zadanie z wycofanym komentarzem', official.id);
    const secret = `Poufna uwaga ${Date.now().toString(36)}`;
    const written = await must(advisor, ON_TASK, { i: { taskId, body: `${secret} dla @[${council.displayName}](${council.id})` } });
    await must(advisor, EDIT, { i: { id: written.id, expectedVersion: 1, body: `${secret}, poprawiona` } });
    const holding = async () => ({
      events: (await api.dataSource.query(`SELECT action FROM stream_event WHERE stream_id = $1 AND changes::text LIKE $2 ORDER BY seq`, [partnershipId, `%${secret}%`])).map((row: any) => row.action),
      excerpts: (await api.dataSource.query(`SELECT kind FROM notification WHERE comment_id = $1 AND excerpt LIKE $2 ORDER BY kind::text`, [written.id, `%${secret}%`])).map((row: any) => row.kind),
    });
    expect(await holding()).toEqual({ events: ['comment.created', 'comment.edited'], excerpts: ['COMMENT', 'COMMENT', 'MENTION'] });
    await must(advisor, DELETE, { i: { id: written.id, expectedVersion: 2 } });
    expect(await holding()).toEqual({ events: [], excerpts: [] });
    // What stays: who wrote on which task, and that people were told of it.
    const [created] = await api.dataSource.query(`SELECT changes FROM stream_event WHERE stream_id = $1 AND subject_id = $2 AND action = 'comment.created'`, [partnershipId, written.id]);
    expect(created.changes).toEqual({ taskId: { after: taskId } });
    expect((await inboxOf(council)).filter((node: any) => node.commentId === written.id)).toMatchObject([{ kind: 'MENTION', excerpt: null }]);
  });

  it("streams task and project comments to a subscriber of the project's changes, resuming from its last seq", async () => {
    const projectId = await project('Projekt na żywo');
    const taskId = await task(projectId, 'Zadanie na żywo');
    const [{ last }] = await api.dataSource.query(`SELECT last_seq::int AS last FROM event_stream WHERE stream_id = $1`, [partnershipId]);
    const elsewhere = await project('Inny projekt');
    await must(coordinator, ON_PROJECT, { i: { projectId: elsewhere, body: 'Nie z tego projektu' } });
    const onTask = await must(official, ON_TASK, { i: { taskId, body: 'Komentarz do zadania' } });
    // An attachment's event of the project (what its file is called) is not the subscription's to pass on.
    await api.dataSource.query(
      `WITH head AS (UPDATE event_stream SET last_seq = last_seq + 1 WHERE stream_id = $1 RETURNING last_seq)
       INSERT INTO stream_event (stream_id, seq, topic, subject_id, scope_id, action, changes) SELECT $1, last_seq, 'attachment', gen_random_uuid(), $2, 'attachment.added', $3 FROM head`,
      [partnershipId, projectId, { fileName: { after: 'umowa-poufna.pdf' } }],
    );
    const onProject = await must(council, ON_PROJECT, { i: { projectId, body: 'Komentarz do projektu' } });
    const client = createClient({ url: api.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${observer.accessToken}` }, retryAttempts: 0 });
    const seen = await new Promise<any[]>((resolve, reject) => {
      const events: any[] = [];
      const timer = setTimeout(() => reject(new Error(`got ${JSON.stringify(events)}`)), 10_000);
      client.subscribe(
        { query: `subscription ($p: UUID!, $a: Int) { projectTaskChanges(projectId: $p, afterSeq: $a) { topic subjectId action scopeId } }`, variables: { p: projectId, a: last } },
        {
          next: (message) => {
            const event = (message.data as any)?.projectTaskChanges;
            if (!event) return reject(new Error(JSON.stringify(message.errors)));
            events.push(event);
            if (events.filter((seen) => seen.topic === 'comment').length === 2) {
              clearTimeout(timer);
              resolve(events);
            }
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    await client.dispose();
    expect(seen.filter((event) => event.topic !== 'task')).toEqual([
      { topic: 'comment', subjectId: onTask.id, action: 'comment.created', scopeId: projectId },
      { topic: 'comment', subjectId: onProject.id, action: 'comment.created', scopeId: projectId },
    ]);
  });

  it("reads a board's comments and their authors in the same statements for 2 tasks or 12", async () => {
    const projectId = await project('Tablica z komentarzami');
    const grow = async (count: number) => {
      for (let i = 0; i < count; i += 1) {
        const id = await task(projectId, `Zadanie ${sequence}-${i}`);
        await must(i % 2 ? official : advisor, ON_TASK, { i: { taskId: id, body: `Komentarz ${i}` } });
      }
    };
    await grow(2);
    let small: any;
    const few = await api.countStatements(async () => (small = await must(coordinator, BOARD, { id: projectId })));
    await grow(10);
    let large: any;
    const many = await api.countStatements(async () => (large = await must(coordinator, BOARD, { id: projectId })));
    expect(small.tasks).toHaveLength(2);
    expect(large.tasks).toHaveLength(12);
    expect(large.tasks.every((row: any) => row.commentCount === 1 && row.comments[0].author)).toBe(true);
    expect(many).toBe(few);
  });
});
