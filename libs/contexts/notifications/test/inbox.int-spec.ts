import { PartnershipRole, PeopleService } from '@wspolnie/identity';
import { encodeCursor } from '@wspolnie/platform-pagination';
import { onlyError, type TestApp } from '@wspolnie/platform-testing';
import { randomUUID } from 'node:crypto';
import { EXCERPT_LENGTH, Inbox } from '../src/lib/inbox';
import { NotificationKind } from '../src';
import { deliver, listen, partnership, person, type Person, startInboxApp } from './inbox.factory';

const { OBSERVER, COORDINATOR } = PartnershipRole;

const NOTIFICATION = `id seq kind partnershipId subjectTitle excerpt planId threadId commentId projectId taskId meetingId createdAt readAt text actor { displayName }`;
const INBOX = `query ($first: Int, $after: String, $unreadOnly: Boolean) {
  myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { ${NOTIFICATION} } }
  }
}`;
const COUNT = `{ unreadNotificationCount }`;
const MARK = `mutation ($id: UUID!) { markNotificationRead(id: $id) { id readAt } }`;
const MARK_ALL = `mutation { markAllNotificationsRead }`;

describe('the inbox (GraphQL over a migrated PostgreSQL)', () => {
  let api: TestApp;
  let partnershipId: string;
  let anna: Person;

  beforeAll(async () => {
    api = await startInboxApp();
    partnershipId = await partnership(api);
    anna = await person(api, [[partnershipId, COORDINATOR]], 'Anna Zięba');
  });
  afterAll(() => api?.close());

  const inboxOf = async (who: Person, variables: Record<string, unknown> = {}, headers?: Record<string, string>) => {
    const result = await who.gql(INBOX, { first: 100, ...variables }, headers);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data['myNotifications'];
  };
  const nodes = async (who: Person, variables: Record<string, unknown> = {}) => (await inboxOf(who, variables)).edges.map((edge: any) => edge.node);
  const unread = async (who: Person) => (await who.gql(COUNT)).data?.['unreadNotificationCount'];

  it('delivers every kind with one sentence in the caller\'s language, and what it points at', async () => {
    const reader = await person(api, [[partnershipId, OBSERVER]]);
    const ids = { planId: randomUUID(), threadId: randomUUID(), commentId: randomUUID(), projectId: randomUUID(), taskId: randomUUID(), meetingId: randomUUID() };
    const kinds: [NotificationKind, string][] = [
      [NotificationKind.MENTION, 'Strategia rozwoju ponadlokalnego'],
      [NotificationKind.REPLY, 'Diagnoza społeczno-gospodarcza'],
      [NotificationKind.THREAD_RESOLVED, 'Gminny program rewitalizacji'],
      [NotificationKind.PLAN_CONSULTATION_OPENED, 'Strategia rozwoju ponadlokalnego'],
      [NotificationKind.TASK_ASSIGNED, 'Wniosek Senior+'],
      [NotificationKind.PROJECT_STAGE_CHANGED, 'Trasa rowerowa Żywiec–Węgierska Górka'],
      [NotificationKind.MEETING_SCHEDULED, 'Posiedzenie założycielskie'],
      [NotificationKind.MEETING_CHANGED, 'Posiedzenie w sprawie strategii'],
      [NotificationKind.MEETING_CANCELLED, 'Posiedzenie wyjazdowe'],
    ];
    for (const [kind, subjectTitle] of kinds) {
      await deliver(api, [reader.id], { kind, partnershipId, actorId: anna.id, subjectTitle, excerpt: '@Paweł proszę o  uwagi\ndo rozdziału 3.', ...ids });
    }
    const inbox = await inboxOf(reader);
    expect(inbox.totalCount).toBe(9);
    const newestFirst = inbox.edges.map((edge: any) => edge.node);
    expect(newestFirst.map((node: any) => node.seq)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(newestFirst.map((node: any) => node.text).reverse()).toEqual([
      'Anna Zięba mentioned you in a comment on the plan „Strategia rozwoju ponadlokalnego”.',
      'Anna Zięba replied in a thread you take part in on the plan „Diagnoza społeczno-gospodarcza”.',
      'Anna Zięba resolved your thread on the plan „Gminny program rewitalizacji”.',
      'Anna Zięba opened the plan „Strategia rozwoju ponadlokalnego” for consultation.',
      'Anna Zięba assigned you the task „Wniosek Senior+”.',
      'Anna Zięba moved the project „Trasa rowerowa Żywiec–Węgierska Górka”, which you follow, to another stage.',
      'Anna Zięba invited you to the council meeting „Posiedzenie założycielskie”.',
      'Anna Zięba changed the time, place or title of the council meeting „Posiedzenie w sprawie strategii”.',
      'Anna Zięba cancelled the council meeting „Posiedzenie wyjazdowe”.',
    ]);
    expect(newestFirst[8]).toMatchObject({ kind: 'MENTION', partnershipId, excerpt: '@Paweł proszę o uwagi do rozdziału 3.', readAt: null, actor: { displayName: 'Anna Zięba' }, ...ids });
    const polish = (await inboxOf(reader, {}, { 'accept-language': 'pl' })).edges.map((edge: any) => edge.node.text).reverse();
    expect(polish).toEqual([
      'Anna Zięba wspomina o Tobie w komentarzu do planu „Strategia rozwoju ponadlokalnego”.',
      'Anna Zięba odpowiada w dyskusji o planie „Diagnoza społeczno-gospodarcza”, w której bierzesz udział.',
      'Anna Zięba rozstrzyga Twój wątek w planie „Gminny program rewitalizacji”.',
      'Anna Zięba otwiera konsultacje planu „Strategia rozwoju ponadlokalnego”.',
      'Anna Zięba przydziela Ci zadanie „Wniosek Senior+”.',
      'Anna Zięba przenosi obserwowany przez Ciebie projekt „Trasa rowerowa Żywiec–Węgierska Górka” do innego etapu.',
      'Anna Zięba zaprasza Cię na posiedzenie Rady „Posiedzenie założycielskie”.',
      'Anna Zięba zmienia termin, miejsce lub tytuł posiedzenia Rady „Posiedzenie w sprawie strategii”.',
      'Anna Zięba odwołuje posiedzenie Rady „Posiedzenie wyjazdowe”.',
    ]);
  });

  it('tells nobody of their own act, nobody without a role, and each recipient once; with no actor, "someone" did it', async () => {
    const member = await person(api, [[partnershipId, OBSERVER]]);
    const outsider = await person(api);
    await deliver(api, [anna.id, outsider.id, member.id, member.id.toUpperCase(), member.id], { partnershipId, actorId: anna.id });
    expect(await nodes(member)).toHaveLength(1);
    expect(await nodes(anna)).toEqual([]);
    expect(await nodes(outsider)).toEqual([]);
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE recipient_id = ANY($1::uuid[])`, [[anna.id, outsider.id]]);
    expect(n).toBe(0);
    await deliver(api, [member.id], { partnershipId, kind: NotificationKind.PLAN_CONSULTATION_OPENED, excerpt: 'x'.repeat(500) });
    const [latest] = await nodes(member);
    expect(latest).toMatchObject({ text: 'Someone opened the plan „Strategia rozwoju ponadlokalnego” for consultation.', actor: null });
    expect(Array.from(latest.excerpt)).toHaveLength(EXCERPT_LENGTH);
    expect(latest.excerpt.endsWith('…')).toBe(true);

    // Ids in upper case, as a caller may spell them: the role is found all the same, one by one and in bulk.
    await deliver(api, [member.id.toUpperCase()], { partnershipId: partnershipId.toUpperCase(), subjectTitle: 'Wielkie litery' });
    const recipient = { recipientId: member.id.toUpperCase(), notification: { kind: NotificationKind.MENTION, partnershipId: partnershipId.toUpperCase(), actorId: null, subjectTitle: 'Hurtem' } };
    expect(await api.app.get(Inbox).deliverMany([recipient])).toHaveLength(1);
    expect((await nodes(member)).slice(0, 2).map((node: any) => node.subjectTitle)).toEqual(['Hurtem', 'Wielkie litery']);
  });

  it('delivers concurrently to overlapping recipients without deadlock, numbering each inbox without gaps', async () => {
    const people = await Promise.all(Array.from({ length: 4 }, () => person(api, [[partnershipId, OBSERVER]])));
    const ids = people.map((someone) => someone.id);
    await Promise.all(Array.from({ length: 12 }, (_, i) => deliver(api, i % 2 ? [...ids].reverse() : [...ids.slice(i % 4), ...ids.slice(0, i % 4)], { partnershipId, subjectTitle: `Plan ${i}` })));
    for (const someone of people) expect((await nodes(someone)).map((node: any) => node.seq)).toEqual(Array.from({ length: 12 }, (_, i) => 12 - i));
  });

  it('counts the unread, marks one read (keeping its time) and then all, and lists only the unread on request', async () => {
    const reader = await person(api, [[partnershipId, OBSERVER]]);
    for (let i = 0; i < 4; i += 1) await deliver(api, [reader.id], { partnershipId, actorId: anna.id, subjectTitle: `Plan ${i}` });
    expect(await unread(reader)).toBe(4);
    const [newest] = await nodes(reader);
    const marked = (await reader.gql(MARK, { id: newest.id })).data?.['markNotificationRead'];
    expect(marked).toEqual({ id: newest.id, readAt: expect.any(String) });
    expect((await reader.gql(MARK, { id: newest.id })).data?.['markNotificationRead']).toEqual(marked);
    expect(await unread(reader)).toBe(3);
    const unreadOnes = await inboxOf(reader, { unreadOnly: true });
    expect(unreadOnes.totalCount).toBe(3);
    expect(unreadOnes.edges.map((edge: any) => edge.node.subjectTitle)).toEqual(['Plan 2', 'Plan 1', 'Plan 0']);
    expect((await reader.gql(MARK_ALL)).data).toEqual({ markAllNotificationsRead: 3 });
    expect(await unread(reader)).toBe(0);
    expect((await inboxOf(reader)).edges.every((edge: any) => edge.node.readAt)).toBe(true);
    expect((await reader.gql(MARK_ALL)).data).toEqual({ markAllNotificationsRead: 0 });
  });

  it('pages newest first with cursors, and refuses a cursor it did not give out', async () => {
    const reader = await person(api, [[partnershipId, OBSERVER]]);
    for (let i = 1; i <= 25; i += 1) await deliver(api, [reader.id], { partnershipId, subjectTitle: `Plan ${i}` });
    const titles: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: any = await inboxOf(reader, { first: 10, after });
      pages += 1;
      expect(page.totalCount).toBe(25);
      expect(page.pageInfo.hasPreviousPage).toBe(Boolean(after));
      titles.push(...page.edges.map((edge: any) => edge.node.subjectTitle));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(titles).toEqual(Array.from({ length: 25 }, (_, i) => `Plan ${25 - i}`));
    for (const bad of ['garbage', encodeCursor(['abc']), encodeCursor([1, 2])]) {
      const error = onlyError(await reader.gql(INBOX, { after: bad }));
      expect(error).toMatchObject({ message: 'after is not a cursor this list gave out; start again without it.', extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
    }
  });

  it('reads a page with its actors and sentences in the same number of statements for 2 notifications or 20', async () => {
    const reader = await person(api, [[partnershipId, OBSERVER]]);
    const actors = await Promise.all(Array.from({ length: 4 }, () => person(api, [[partnershipId, OBSERVER]])));
    const send = (count: number) => Promise.all(Array.from({ length: count }, (_, i) => deliver(api, [reader.id], { partnershipId, actorId: actors[i % actors.length].id })));
    await send(2);
    let small: any;
    const few = await api.countStatements(async () => (small = await inboxOf(reader)));
    await send(18);
    let large: any;
    const many = await api.countStatements(async () => (large = await inboxOf(reader)));
    expect(small.edges).toHaveLength(2);
    expect(large.edges).toHaveLength(20);
    expect(new Set(large.edges.map((edge: any) => edge.node.actor.displayName)).size).toBe(4);
    // the caller's session, the page, its count, the actors
    expect(many).toBe(few);
    expect(many).toBe(4);
  });

  it('shows nothing from a partnership where the recipient lost their role, and delivers nothing more from there', async () => {
    const other = await partnership(api);
    const reader = await person(api, [[partnershipId, OBSERVER], [other, OBSERVER]]);
    await person(api, [[other, COORDINATOR]]);
    await deliver(api, [reader.id], { partnershipId: other, subjectTitle: 'Plan, który zniknie' });
    await deliver(api, [reader.id], { partnershipId, subjectTitle: 'Plan, który zostaje' });
    const [, lost] = await nodes(reader);
    expect(await unread(reader)).toBe(2);
    await api.app.get(PeopleService).revoke(undefined, other, reader.id);
    expect((await nodes(reader)).map((node: any) => node.subjectTitle)).toEqual(['Plan, który zostaje']);
    expect((await inboxOf(reader)).totalCount).toBe(1);
    expect(await unread(reader)).toBe(1);
    expect(onlyError(await reader.gql(MARK, { id: lost.id })).extensions?.code).toBe('NOT_FOUND');
    expect((await reader.gql(MARK_ALL)).data).toEqual({ markAllNotificationsRead: 1 });
    await deliver(api, [reader.id], { partnershipId: other, subjectTitle: 'Plan po odebraniu roli' });
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1 AND partnership_id = $2`, [reader.id, other]);
    expect(n).toBe(1);
    // The live inbox replays only what the recipient may still see.
    const live = listen(api, reader.accessToken, 0);
    await live.until(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(live.received.map((node) => node.subjectTitle)).toEqual(['Plan, który zostaje']);
    await live.dispose();
  });

  it('answers marking someone else\'s notification as if it did not exist, and changes nothing', async () => {
    const owner = await person(api, [[partnershipId, OBSERVER]]);
    const stranger = await person(api, [[partnershipId, OBSERVER]]);
    await deliver(api, [owner.id], { partnershipId });
    const [mine] = await nodes(owner);
    const refused = onlyError(await stranger.gql(MARK, { id: mine.id }));
    expect(refused).toMatchObject({ message: `Notification ${mine.id} does not exist.`, extensions: { code: 'NOT_FOUND' } });
    expect(onlyError(await stranger.gql(MARK, { id: mine.id }, { 'accept-language': 'pl' })).message).toBe(`Powiadomienie ${mine.id} nie istnieje.`);
    expect(onlyError(await stranger.gql(MARK, { id: randomUUID() })).extensions?.code).toBe('NOT_FOUND');
    expect(await unread(owner)).toBe(1);
    expect((await stranger.gql(MARK_ALL)).data).toEqual({ markAllNotificationsRead: 0 });
    expect(await unread(owner)).toBe(1);
  });

  it('delivers live to the recipient only, in their language, and resumes after a disconnect with nothing lost or repeated', async () => {
    const reader = await person(api, [[partnershipId, OBSERVER]]);
    const neighbour = await person(api, [[partnershipId, OBSERVER]]);
    const mine = listen(api, reader.accessToken, 0);
    const theirs = listen(api, neighbour.accessToken, 0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await deliver(api, [reader.id], { partnershipId, actorId: anna.id, kind: NotificationKind.TASK_ASSIGNED, subjectTitle: 'Regulamin klubu seniora' });
    const [first] = await mine.until(1);
    expect(first).toMatchObject({ seq: 1, kind: 'TASK_ASSIGNED', partnershipId, readAt: null, actor: { displayName: 'Anna Zięba' }, text: 'Anna Zięba przydziela Ci zadanie „Regulamin klubu seniora”.' });
    await mine.dispose();
    for (let i = 0; i < 3; i += 1) await deliver(api, [reader.id], { partnershipId, subjectTitle: `Po rozłączeniu ${i}` });
    const resumed = listen(api, reader.accessToken, first.seq);
    expect((await resumed.until(3)).map((node) => [node.seq, node.subjectTitle])).toEqual([[2, 'Po rozłączeniu 0'], [3, 'Po rozłączeniu 1'], [4, 'Po rozłączeniu 2']]);
    await deliver(api, [reader.id], { partnershipId, subjectTitle: 'Na żywo' });
    expect((await resumed.until(4))[3]).toMatchObject({ seq: 5, subjectTitle: 'Na żywo' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(resumed.received).toHaveLength(4);
    expect(theirs.received).toEqual([]);
    await Promise.all([resumed.dispose(), theirs.dispose()]);
  });

  it('refuses the live inbox without a session', async () => {
    const anonymous = listen(api, 'not-a-token', 0);
    expect(((await anonymous.ended) as { code?: number }).code).toBe(4403);
    await anonymous.dispose();
  });
});
