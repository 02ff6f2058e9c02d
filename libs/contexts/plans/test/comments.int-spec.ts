import { AccessService, PartnershipRole } from '@wspolnie/identity';
import { onlyError, type TestApp } from '@wspolnie/platform-testing';
import { COMMENT, createPlan, keyOf, must, partnership, person, type Person, PUBLISH, RAJCZA, REPLY, startPlansApp, THREAD, UJSOLY } from './plans.factory';

const EDIT = `mutation ($i: EditCommentInput!) { editComment(input: $i) { id body version editedAt edits { number body } } }`;
const DELETE = `mutation ($i: CommentVersionInput!) { deleteComment(input: $i) { id body deleted deletedAt version edits { number } } }`;
const RESOLVE = `mutation ($i: ResolveThreadInput!) { resolveCommentThread(input: $i) { id status version decisionNote resolvedAt resolvedBy { displayName } } }`;
const REOPEN = `mutation ($i: ResolveThreadInput!) { reopenCommentThread(input: $i) { id status version } }`;
const OPEN = `mutation ($i: OpenConsultationInput!) { openPlanConsultation(input: $i) { id status version roundNumber currentRound { number opensOn closesOn } } }`;
const CLOSE = `mutation ($i: PlanVersionInput!) { closePlanConsultation(input: $i) { id status version } }`;
const ADOPT = `mutation ($i: AdoptPlanInput!) { adoptPlan(input: $i) { id status version resolutionNumber adoptedOn } }`;
const INBOX = `{ myNotifications(first: 50) { edges { node { kind planId threadId commentId excerpt text actor { displayName } } } } }`;

const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('comments on plans', () => {
  let api: TestApp;
  let partnershipId: string;
  let coordinator: Person;
  let rajcza: Person;
  let ujsoly: Person;
  let observer: Person;
  let council: Person;

  beforeAll(async () => {
    api = await startPlansApp();
    partnershipId = await partnership(api);
    coordinator = await person(api, partnershipId, PartnershipRole.COORDINATOR);
    rajcza = await person(api, partnershipId, PartnershipRole.GMINA_OFFICIAL, RAJCZA);
    ujsoly = await person(api, partnershipId, PartnershipRole.GMINA_OFFICIAL, UJSOLY);
    observer = await person(api, partnershipId, PartnershipRole.OBSERVER);
    council = await person(api, partnershipId, PartnershipRole.COUNCIL_MEMBER);
  });
  afterAll(() => api?.close());

  const start = async (plan: any, who: Person, body: string, heading = 'Diagnoza') =>
    must(who, COMMENT, { i: { planId: plan.id, revisionId: plan.currentRevision.id, sectionKey: keyOf(plan, heading), body } });
  const thread = async (id: string) => (await coordinator.gql(THREAD, { id })).data!['commentThread'];
  const inbox = async (who: Person) => (await must(who, INBOX)).edges.map((edge: any) => edge.node);

  it('keeps every earlier text of an edited comment, and a placeholder for a deleted one', async () => {
    const plan = await createPlan(coordinator, partnershipId);
    const started = await start(plan, rajcza, 'Brakuje danych o ruchu turystycznym w Rajczy.');
    const first = started.comments[0];
    const once = await must(rajcza, EDIT, { i: { id: first.id, expectedVersion: 1, body: 'Brakuje danych o ruchu turystycznym w Rajczy i Ujsołach.' } });
    const twice = await must(rajcza, EDIT, { i: { id: first.id, expectedVersion: 2, body: 'Brakuje danych GUS o ruchu turystycznym (2019–2024).' } });
    expect(once.edits).toEqual([{ number: 1, body: 'Brakuje danych o ruchu turystycznym w Rajczy.' }]);
    expect(twice).toMatchObject({ body: 'Brakuje danych GUS o ruchu turystycznym (2019–2024).', version: 3, edits: [{ number: 1 }, { number: 2, body: 'Brakuje danych o ruchu turystycznym w Rajczy i Ujsołach.' }] });
    const stale = onlyError(await rajcza.gql(EDIT, { i: { id: first.id, expectedVersion: 1, body: 'Nadpisanie' } }));
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', current: { body: 'Brakuje danych GUS o ruchu turystycznym (2019–2024).', version: 3 } });
    const notTheirs = onlyError(await ujsoly.gql(EDIT, { i: { id: first.id, expectedVersion: 3, body: 'Cudza zmiana' } }));
    expect(notTheirs.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'comment.edit' });
    const reply = await must(ujsoly, REPLY, { i: { commentId: first.id, body: 'Dane są w raporcie ROT.' } });
    const deleted = await must(rajcza, DELETE, { i: { id: first.id, expectedVersion: 3 } });
    expect(deleted).toMatchObject({ body: null, deleted: true, version: 4, edits: [] });
    const read = await thread(started.id);
    expect(read.comments.map((c: any) => [c.deleted, c.body])).toEqual([
      [true, null],
      [false, 'Dane są w raporcie ROT.'],
    ]);
    expect(read.comments[0].author.displayName).toBe(rajcza.account.displayName);
    const toDeleted = onlyError(await ujsoly.gql(REPLY, { i: { commentId: first.id, body: 'Jeszcze jedno' } }));
    expect(toDeleted).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'commentId' }, message: 'The comment you are replying to was deleted; reply to another comment of the thread.' });
    expect(reply.inReplyToId).toBe(first.id);
  });

  it("forgets a deleted comment's text in its events and in the excerpts of its notifications", async () => {
    const plan = await createPlan(coordinator, partnershipId);
    const started = await start(plan, rajcza, 'Prośba o dane z gmin.');
    const secret = `Poufne dane ${Date.now().toString(36)}`;
    const reply = await must(coordinator, REPLY, { i: { commentId: started.comments[0].id, body: `${secret} dla @[${council.account.displayName}](${council.account.id})` } });
    await must(coordinator, EDIT, { i: { id: reply.id, expectedVersion: 1, body: `${secret}, poprawione` } });
    const holding = async () => ({
      events: (await api.dataSource.query(`SELECT action FROM stream_event WHERE stream_id = $1 AND changes::text LIKE $2 ORDER BY seq`, [partnershipId, `%${secret}%`])).map((row: any) => row.action),
      excerpts: (await api.dataSource.query(`SELECT kind::text FROM notification WHERE comment_id = $1 AND excerpt LIKE $2 ORDER BY kind::text`, [reply.id, `%${secret}%`])).map(
        (row: any) => row.kind,
      ),
    });
    expect(await holding()).toEqual({ events: ['comment.created', 'comment.edited'], excerpts: ['MENTION', 'REPLY'] });
    await must(coordinator, DELETE, { i: { id: reply.id, expectedVersion: 2 } });
    expect(await holding()).toEqual({ events: [], excerpts: [] });
    // The starter's own text and notifications are not the deleted comment's.
    expect((await inbox(council)).filter((n: any) => n.commentId === reply.id)).toMatchObject([{ kind: 'MENTION', excerpt: null }]);
    expect((await thread(started.id)).comments.map((c: any) => c.body)).toEqual(['Prośba o dane z gmin.', null]);
  });

  it('resolves and reopens threads with the trail; only the starter, the plan\'s authors and coordinators may', async () => {
    const plan = await createPlan(coordinator, partnershipId);
    const started = await start(plan, rajcza, 'Dopisać trasę przez Przełęcz Glinne.', 'Kierunki działań');
    const refused = onlyError(await ujsoly.gql(RESOLVE, { i: { id: started.id, expectedVersion: 1, note: 'nie moje' } }));
    expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'comment.resolve' });
    expect(refused.message).toBe("Your role in this partnership (gmina official) allows resolving and reopening comment threads only on threads they started, or as one of the plan's authors.");
    const resolved = await must(coordinator, RESOLVE, { i: { id: started.id, expectedVersion: 1, note: 'Przyjęto — zmieniono w wersji 2' } });
    expect(resolved).toMatchObject({ status: 'RESOLVED', version: 2, decisionNote: 'Przyjęto — zmieniono w wersji 2', resolvedBy: { displayName: coordinator.account.displayName } });
    const again = onlyError(await coordinator.gql(RESOLVE, { i: { id: started.id, expectedVersion: 2 } }));
    expect(again.extensions).toMatchObject({ code: 'CONFLICT' });
    const reopened = await must(rajcza, REOPEN, { i: { id: started.id, expectedVersion: 2, note: 'Trasy nadal brak' } });
    expect(reopened).toMatchObject({ status: 'OPEN', version: 3 });
    expect((await thread(started.id)).trail).toEqual([
      { number: 1, step: 'RESOLVED', note: 'Przyjęto — zmieniono w wersji 2' },
      { number: 2, step: 'REOPENED', note: 'Trasy nadal brak' },
    ]);
    // The starter hears that their thread was resolved.
    expect((await inbox(rajcza)).filter((n: any) => n.kind === 'THREAD_RESOLVED' && n.threadId === started.id)).toHaveLength(1);
  });

  it('notifies mentioned people and everyone taking part in a thread; refuses a mention of an outsider, naming it', async () => {
    const plan = await createPlan(coordinator, partnershipId);
    const outsider = await person(api);
    const refused = onlyError(
      await rajcza.gql(COMMENT, { i: { planId: plan.id, revisionId: plan.currentRevision.id, sectionKey: keyOf(plan, 'Diagnoza'), body: `Proszę @[Jan Obcy](${outsider.account.id}) o dane.` } }),
    );
    expect(refused).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'body' }, message: 'The mention @[Jan Obcy] names someone without a role in this partnership; only its people can be mentioned.' });
    const before = await api.dataSource.query(`SELECT count(*)::int AS n FROM comment WHERE scope_id = $1`, [plan.id]);
    expect(before[0].n).toBe(0);
    const started = await start(plan, rajcza, `Proszę @[${ujsoly.account.displayName}](${ujsoly.account.id}) o dane z Ujsół.`);
    expect((await thread(started.id)).comments[0].mentions).toEqual([{ displayName: ujsoly.account.displayName }]);
    const mentioned = (await inbox(ujsoly)).filter((n: any) => n.threadId === started.id);
    expect(mentioned).toMatchObject([{ kind: 'MENTION', planId: plan.id, actor: { displayName: rajcza.account.displayName }, excerpt: `Proszę @${ujsoly.account.displayName} o dane z Ujsół.` }]);
    // A reply: the starter hears of it; the one mentioned in it hears of the mention instead; the writer of it nothing.
    await must(coordinator, REPLY, { i: { commentId: started.comments[0].id, body: `Dziękuję, @[${council.account.displayName}](${council.account.id}) proszę o opinię.` } });
    expect((await inbox(rajcza)).filter((n: any) => n.threadId === started.id).map((n: any) => n.kind)).toEqual(['REPLY']);
    expect((await inbox(council)).filter((n: any) => n.threadId === started.id).map((n: any) => n.kind)).toEqual(['MENTION']);
    expect((await inbox(coordinator)).filter((n: any) => n.threadId === started.id)).toEqual([]);
    // Someone whose role is taken away sees none of it any more.
    await api.dataSource.query(`DELETE FROM partnership_access WHERE user_id = $1 AND partnership_id = $2`, [ujsoly.account.id, partnershipId]);
    expect((await inbox(ujsoly)).filter((n: any) => n.planId === plan.id)).toEqual([]);
    await api.app.get(AccessService).grant(ujsoly.account.id, partnershipId, PartnershipRole.GMINA_OFFICIAL, (await api.dataSource.query(`SELECT id FROM gmina WHERE terc = $1`, [UJSOLY]))[0].id);
  });

  it('follows the plan\'s status: observers only in consultation, nobody after the round closes or once adopted', async () => {
    const plan = await createPlan(coordinator, partnershipId);
    const draft = onlyError(await observer.gql(COMMENT, { i: { planId: plan.id, revisionId: plan.currentRevision.id, sectionKey: keyOf(plan, 'Diagnoza'), body: 'Uwaga obserwatora' } }));
    expect(draft.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'comment.write' });
    const backwards = onlyError(await coordinator.gql(OPEN, { i: { id: plan.id, expectedVersion: plan.version, opensOn: isoDay(5), closesOn: isoDay(2) } }));
    expect(backwards.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closesOn' });
    const opened = await must(coordinator, OPEN, { i: { id: plan.id, expectedVersion: plan.version, closesOn: isoDay(14) } });
    expect(opened).toMatchObject({ status: 'IN_CONSULTATION', roundNumber: 1, currentRound: { number: 1, closesOn: isoDay(14) } });
    // Everyone in the partnership hears of the round.
    expect((await inbox(observer)).filter((n: any) => n.planId === plan.id).map((n: any) => n.kind)).toEqual(['PLAN_CONSULTATION_OPENED']);
    const byObserver = await start(plan, observer, 'Uwaga obserwatora w konsultacjach');
    expect(byObserver.status).toBe('OPEN');
    // The round's last day passes.
    await api.dataSource.query(`UPDATE plan_round SET opens_on = current_date - 10, closes_on = current_date - 2 WHERE plan_id = $1`, [plan.id]);
    const late = onlyError(await rajcza.gql(COMMENT, { i: { planId: plan.id, revisionId: plan.currentRevision.id, sectionKey: keyOf(plan, 'Diagnoza'), body: 'Spóźniona uwaga' } }, { 'accept-language': 'pl' }));
    expect(late.extensions).toMatchObject({ code: 'CONFLICT' });
    expect(late.message).toMatch(/^Tura 1 konsultacji planu „Strategia rozwoju ponadlokalnego \(przykład\)” zakończyła się \d{4}-\d{2}-\d{2}: komentarze nie są już przyjmowane\.$/);
    const lateReply = onlyError(await rajcza.gql(REPLY, { i: { commentId: byObserver.comments[0].id, body: 'Spóźniona odpowiedź' } }));
    expect(lateReply.extensions).toMatchObject({ code: 'CONFLICT' });
    const closed = await must(coordinator, CLOSE, { i: { id: plan.id, expectedVersion: opened.version } });
    expect(closed.status).toBe('DRAFT');
    const future = onlyError(await council.gql(ADOPT, { i: { id: plan.id, expectedVersion: closed.version, resolutionNumber: 'Uchwała nr 3/2026', adoptedOn: isoDay(3) } }));
    expect(future.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'adoptedOn' });
    const notCouncil = onlyError(await coordinator.gql(ADOPT, { i: { id: plan.id, expectedVersion: closed.version, resolutionNumber: 'Uchwała nr 3/2026', adoptedOn: isoDay(0) } }));
    expect(notCouncil.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'plan.adopt' });
    const adopted = await must(council, ADOPT, { i: { id: plan.id, expectedVersion: closed.version, resolutionNumber: 'Uchwała nr 3/2026 Rady Partnerstwa', adoptedOn: isoDay(0) } });
    expect(adopted).toMatchObject({ status: 'ADOPTED', resolutionNumber: 'Uchwała nr 3/2026 Rady Partnerstwa' });
    const onAdopted = onlyError(await rajcza.gql(COMMENT, { i: { planId: plan.id, revisionId: plan.currentRevision.id, sectionKey: keyOf(plan, 'Diagnoza'), body: 'Po przyjęciu' } }));
    expect(onAdopted).toMatchObject({ extensions: { code: 'CONFLICT' }, message: 'The plan „Strategia rozwoju ponadlokalnego (przykład)” is adopted: it takes no more comments.' });
    const edit = onlyError(await coordinator.gql(PUBLISH, { i: { planId: plan.id, expectedVersion: adopted.version, markdown: `${plan.currentRevision.markdown}\nPo przyjęciu.`, summary: 'x' } }));
    expect(edit.extensions).toMatchObject({ code: 'CONFLICT' });
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM comment WHERE scope_id = $1`, [plan.id]);
    expect(n).toBe(1);
  });

  it('refuses a foreign revision, an unknown section and a quote that is not in the section, naming the field', async () => {
    const plan = await createPlan(coordinator, partnershipId);
    const other = await createPlan(coordinator, partnershipId, { title: 'Diagnoza (przykład)' });
    const base = { planId: plan.id, revisionId: plan.currentRevision.id, sectionKey: keyOf(plan, 'Diagnoza'), body: 'Uwaga' };
    const foreign = onlyError(await rajcza.gql(COMMENT, { i: { ...base, revisionId: other.currentRevision.id } }));
    expect(foreign.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'revisionId' });
    const section = onlyError(await rajcza.gql(COMMENT, { i: { ...base, sectionKey: 's999' } }));
    expect(section).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'sectionKey' }, message: 'Revision 1 of „Strategia rozwoju ponadlokalnego (przykład)” has no section „s999”.' });
    const quote = onlyError(await rajcza.gql(COMMENT, { i: { ...base, quote: { text: 'Tatry', start: 0, end: 5 } } }));
    expect(quote.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quote' });
    const empty = onlyError(await rajcza.gql(COMMENT, { i: { ...base, body: ' \n ' } }));
    expect(empty.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    const long = onlyError(await rajcza.gql(COMMENT, { i: { ...base, body: 'ż'.repeat(5001) } }));
    expect(long).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'body' } });
    expect(long.message).toContain('5000');
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM plan_thread WHERE plan_id = $1`, [plan.id]);
    expect(n).toBe(0);
  });

  it('reads a plan with its sections, threads, replies and authors in the same statements for 3 threads or 40', async () => {
    const plan = await createPlan(coordinator, partnershipId);
    const READ = `query ($id: UUID!) { plan(id: $id) { title authors { displayName } currentRevision { author { displayName } sections { key heading
      threads { status anchor quote { text } startedBy { displayName } trail { step } comments { body deleted author { displayName } edits { body } mentions { displayName } } } } }
      threads { id } rounds { number } } }`;
    const people = [rajcza, ujsoly, council];
    const add = async (count: number) => {
      for (let i = 0; i < count; i += 1) {
        const who = people[i % people.length];
        const started = await start(plan, who, `Uwaga ${i} @[${coordinator.account.displayName}](${coordinator.account.id})`, ['Diagnoza', 'Cele strategiczne', 'Kierunki działań'][i % 3]);
        await must(people[(i + 1) % people.length], REPLY, { i: { commentId: started.comments[0].id, body: `Odpowiedź ${i}` } });
      }
    };
    // The same people write in both, so neither read finds someone the other had to look up.
    await add(3);
    let small: any;
    const few = await api.countStatements(async () => (small = await must(coordinator, READ, { id: plan.id })));
    await add(37);
    let large: any;
    const many = await api.countStatements(async () => (large = await must(coordinator, READ, { id: plan.id })));
    expect(many).toBe(few);
    expect(small.threads).toHaveLength(3);
    expect(large.threads).toHaveLength(40);
    const comments = large.currentRevision.sections.flatMap((s: any) => s.threads.flatMap((t: any) => t.comments));
    expect(comments).toHaveLength(80);
    expect(comments.every((c: any) => c.author?.displayName)).toBe(true);
  });
});
