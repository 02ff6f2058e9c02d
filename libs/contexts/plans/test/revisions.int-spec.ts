import { PartnershipRole } from '@wspolnie/identity';
import { onlyError, type TestApp } from '@wspolnie/platform-testing';
import { COMMENT, createPlan, keyOf, must, partnership, person, type Person, PUBLISH, RAJCZA, startPlansApp, THREAD } from './plans.factory';

describe('plan revisions', () => {
  let api: TestApp;
  let partnershipId: string;
  let coordinator: Person;
  let official: Person;

  beforeAll(async () => {
    api = await startPlansApp();
    partnershipId = await partnership(api);
    coordinator = await person(api, partnershipId, PartnershipRole.COORDINATOR);
    official = await person(api, partnershipId, PartnershipRole.GMINA_OFFICIAL, RAJCZA);
  });
  afterAll(() => api?.close());

  it('splits the text into sections whose keys survive edits of their text and of headings above them', async () => {
    const plan = await createPlan(coordinator, partnershipId);
    expect(plan).toMatchObject({ status: 'DRAFT', revisionCount: 1, currentRevision: { number: 1, summary: 'Pierwsza wersja', author: { displayName: coordinator.account.displayName } } });
    const sections = plan.currentRevision.sections;
    expect(sections.map((s: any) => s.heading)).toEqual(['', 'Diagnoza', 'Cele strategiczne', 'Kierunki działań', 'System wdrażania']);
    expect(plan.currentRevision.markdown).toContain(`# Diagnoza {#${keyOf(plan, 'Diagnoza')}}`);
    // The author renames the first heading, rewrites a body and keeps the keys the editor carried.
    const edited = plan.currentRevision.markdown
      .replace(/# Diagnoza/, '# Diagnoza społeczno-gospodarcza')
      .replace('Cel 1: spójna sieć tras rowerowych', 'Cel 1: spójna i bezpieczna sieć tras rowerowych');
    const next = await must(coordinator, PUBLISH, { i: { planId: plan.id, expectedVersion: plan.version, markdown: edited, summary: 'Uwagi z warsztatów' } });
    expect(next.revisionCount).toBe(2);
    expect(keyOf(next, 'Diagnoza społeczno-gospodarcza')).toBe(keyOf(plan, 'Diagnoza'));
    expect(keyOf(next, 'Cele strategiczne')).toBe(keyOf(plan, 'Cele strategiczne'));
    // A client that drops the keys keeps them for unchanged headings; a new heading gets a new key.
    const stripped = next.currentRevision.markdown.replace(/ \{#s\d+\}/g, '') + '\n# Monitoring\n\nWskaźniki raz w roku.\n';
    const third = await must(coordinator, PUBLISH, { i: { planId: plan.id, expectedVersion: next.version, markdown: stripped, summary: 'Monitoring' } });
    expect(keyOf(third, 'Kierunki działań')).toBe(keyOf(plan, 'Kierunki działań'));
    expect(third.currentRevision.sections.map((s: any) => s.key)).toHaveLength(6);
    expect(new Set(third.currentRevision.sections.map((s: any) => s.key)).size).toBe(6);
  });

  it('lists a partnership\'s plans by title as Poles sort them, page by page', async () => {
    const own = await partnership(api);
    const author = await person(api, own, PartnershipRole.COORDINATOR);
    for (const title of ['Zieleń i klimat', 'Łączniki rowerowe', 'Lasy i turystyka', 'Ludność']) await createPlan(author, own, { title });
    const PAGE = `query ($p: UUID!, $after: String) { plans(partnershipId: $p, first: 2, after: $after) { totalCount edges { node { title } } pageInfo { hasNextPage endCursor } } }`;
    const first = await must(author, PAGE, { p: own });
    const second = await must(author, PAGE, { p: own, after: first.pageInfo.endCursor });
    expect([...first.edges, ...second.edges].map((edge: any) => edge.node.title)).toEqual(['Lasy i turystyka', 'Ludność', 'Łączniki rowerowe', 'Zieleń i klimat']);
    expect([first.totalCount, first.pageInfo.hasNextPage, second.pageInfo.hasNextPage]).toEqual([4, true, false]);
  });

  it('never changes or deletes a published revision', async () => {
    const plan = await createPlan(coordinator, partnershipId);
    const id = plan.currentRevision.id;
    await expect(api.dataSource.query(`UPDATE plan_revision SET summary = 'inna' WHERE id = $1`, [id])).rejects.toThrow(/never changed or deleted/);
    await expect(api.dataSource.query(`DELETE FROM plan_revision WHERE id = $1`, [id])).rejects.toThrow(/never changed or deleted/);
    await expect(api.dataSource.query(`UPDATE plan_section SET body = 'inna' WHERE revision_id = $1`, [id])).rejects.toThrow(/never changed or deleted/);
    const [row] = await api.dataSource.query(`SELECT summary FROM plan_revision WHERE id = $1`, [id]);
    expect(row.summary).toBe('Pierwsza wersja');
    // They go only with their plan.
    await api.dataSource.query(`DELETE FROM plan WHERE id = $1`, [plan.id]);
    expect(await api.dataSource.query(`SELECT id FROM plan_revision WHERE id = $1`, [id])).toEqual([]);
  });

  it('compares two revisions section by section: added, removed, moved, changed with a word diff', async () => {
    const plan = await createPlan(coordinator, partnershipId);
    const md: string = plan.currentRevision.markdown;
    const [preamble, diagnosis, goals, directions, system] = md.split(/\n(?=# )/);
    const changedGoals = goals.replace('wszystkie gminy', 'wszystkie sześć gmin');
    const next = [preamble, directions, diagnosis, changedGoals, '# Finansowanie\n\nFE SL 2021–2027.'].join('\n');
    void system;
    await must(coordinator, PUBLISH, { i: { planId: plan.id, expectedVersion: plan.version, markdown: next, summary: 'Przebudowa' } });
    const compared = await must(coordinator, `query ($id: UUID!) { plan(id: $id) { compare(from: 1, to: 2) { key added removed moved changed before { heading } after { heading } bodyDiff { kind text } } } }`, { id: plan.id });
    const byHeading = Object.fromEntries(compared.compare.map((c: any) => [(c.after ?? c.before).heading, c]));
    expect(byHeading['Finansowanie']).toMatchObject({ added: true, removed: false, before: null });
    expect(byHeading['System wdrażania']).toMatchObject({ added: false, removed: true, after: null });
    expect(byHeading['Kierunki działań']).toMatchObject({ moved: true, changed: false });
    expect(byHeading['Diagnoza']).toMatchObject({ moved: false, changed: false });
    expect(byHeading['Cele strategiczne']).toMatchObject({ changed: true, moved: false });
    const diff = byHeading['Cele strategiczne'].bodyDiff;
    expect(diff.filter((d: any) => d.kind === 'REMOVED').map((d: any) => d.text.trim())).toEqual(['gminy']);
    expect(diff.filter((d: any) => d.kind === 'ADDED').map((d: any) => d.text.trim()).join(' ')).toContain('sześć gmin');
    expect(diff.filter((d: any) => d.kind !== 'REMOVED').map((d: any) => d.text).join('')).toBe('Cel 1: spójna sieć tras rowerowych łącząca wszystkie sześć gmin partnerstwa.');
    const same = onlyError(await coordinator.gql(`query ($id: UUID!) { plan(id: $id) { compare(from: 2, to: 9) { key } } }`, { id: plan.id }));
    expect(same.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('carries open threads along: re-anchored quotes, lost quotes, outdated threads, resolved ones left in place', async () => {
    const plan = await createPlan(coordinator, partnershipId);
    const revisionId = plan.currentRevision.id;
    const diagnosis = plan.currentRevision.sections.find((s: any) => s.heading === 'Diagnoza');
    const quoted = 'Ruch turystyczny rośnie';
    const start = diagnosis.body.indexOf(quoted);
    const onQuote = await must(official, COMMENT, { i: { planId: plan.id, revisionId, sectionKey: diagnosis.key, body: 'Skąd te dane?', quote: { text: quoted, start, end: start + quoted.length } } });
    const onLost = await must(official, COMMENT, { i: { planId: plan.id, revisionId, sectionKey: keyOf(plan, 'Cele strategiczne'), body: 'Dodać bezpieczeństwo.', quote: { text: 'spójna sieć', start: 7, end: 18 } } });
    const onRemoved = await must(official, COMMENT, { i: { planId: plan.id, revisionId, sectionKey: keyOf(plan, 'System wdrażania'), body: 'Kto monitoruje?' } });
    const resolved = await must(official, COMMENT, { i: { planId: plan.id, revisionId, sectionKey: keyOf(plan, 'Kierunki działań'), body: 'Dopisać promocję.' } });
    await must(coordinator, `mutation ($i: ResolveThreadInput!) { resolveCommentThread(input: $i) { status } }`, { i: { id: resolved.id, expectedVersion: 1, note: 'przyjęto' } });
    const md: string = plan.currentRevision.markdown;
    const next = md
      .replace('Gminy Rajcza i Ujsoły', 'Sześć gmin, w tym Rajcza i Ujsoły,')
      .replace('spójna sieć', 'bezpieczna sieć')
      .replace(/\n# System wdrażania[^\n]*\n\nRada Partnerstwa przyjmuje roczne plany działania\.\n?/, '\n');
    const second = await must(coordinator, PUBLISH, { i: { planId: plan.id, expectedVersion: plan.version, markdown: next, summary: 'Po konsultacjach' } });
    const read = async (id: string) => (await coordinator.gql(THREAD, { id })).data!['commentThread'];
    const moved = await read(onQuote.id);
    const newBody = second.currentRevision.sections.find((s: any) => s.key === diagnosis.key).body;
    expect(moved).toMatchObject({ anchor: 'CURRENT', revision: { number: 2 }, originRevision: { number: 1 }, version: 1 });
    expect(newBody.slice(moved.quote.start, moved.quote.end)).toBe(quoted);
    expect(moved.quote.start).toBeGreaterThan(start);
    expect(await read(onLost.id)).toMatchObject({ anchor: 'QUOTE_NOT_FOUND', revision: { number: 2 }, quote: { text: 'spójna sieć' } });
    expect(await read(onRemoved.id)).toMatchObject({ anchor: 'OUTDATED', revision: { number: 1 }, sectionKey: keyOf(plan, 'System wdrażania') });
    expect(await read(resolved.id)).toMatchObject({ status: 'RESOLVED', anchor: 'CURRENT', revision: { number: 1 } });
    // Reopened, it comes to the latest revision, where its section still is.
    await must(coordinator, `mutation ($i: ResolveThreadInput!) { reopenCommentThread(input: $i) { status } }`, { i: { id: resolved.id, expectedVersion: 2, note: 'jednak nie' } });
    expect(await read(resolved.id)).toMatchObject({ status: 'OPEN', revision: { number: 2 }, trail: [{ number: 1, step: 'RESOLVED', note: 'przyjęto' }, { number: 2, step: 'REOPENED', note: 'jednak nie' }] });
    // Section beside-thread view: the latest revision's sections carry the threads now on them.
    const view = await must(coordinator, `query ($id: UUID!) { plan(id: $id) { currentRevision { sections { key threads { id } } } } }`, { id: plan.id });
    const beside = Object.fromEntries(view.currentRevision.sections.map((s: any) => [s.key, s.threads.map((t: any) => t.id)]));
    expect(beside[diagnosis.key]).toEqual([onQuote.id]);
    expect(beside[keyOf(plan, 'Kierunki działań')]).toEqual([resolved.id]);
  });

  it('refuses unknown and repeated section keys, a stale version and a text that changes nothing, and changes nothing', async () => {
    const plan = await createPlan(coordinator, partnershipId);
    const md: string = plan.currentRevision.markdown;
    const unknown = onlyError(await coordinator.gql(PUBLISH, { i: { planId: plan.id, expectedVersion: plan.version, markdown: md.replace('# Diagnoza {#s2}', '# Diagnoza {#s99}'), summary: 'x' } }));
    expect(unknown).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'markdown' } });
    expect(unknown.message).toContain('{#s99}');
    const twice = onlyError(await coordinator.gql(PUBLISH, { i: { planId: plan.id, expectedVersion: plan.version, markdown: `${md}\n# Znowu {#s2}\n`, summary: 'x' } }));
    expect(twice.message).toContain('used again');
    const same = onlyError(await coordinator.gql(PUBLISH, { i: { planId: plan.id, expectedVersion: plan.version, markdown: md, summary: 'x' } }));
    expect(same.message).toBe('The text is the same as revision 1: nothing to publish.');
    const stale = onlyError(await coordinator.gql(PUBLISH, { i: { planId: plan.id, expectedVersion: plan.version - 1, markdown: `${md}\nDopisek.`, summary: 'x' } }));
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', current: { revisionCount: 1 } });
    const blank = onlyError(await coordinator.gql(PUBLISH, { i: { planId: plan.id, expectedVersion: plan.version, markdown: `${md}\nDopisek.`, summary: '  ' } }));
    expect(blank.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'summary' });
    const [row] = await api.dataSource.query(`SELECT count(*)::int AS n FROM plan_revision WHERE plan_id = $1`, [plan.id]);
    expect(row.n).toBe(1);
    // Someone who is not an author may not publish.
    const notAuthor = onlyError(await official.gql(PUBLISH, { i: { planId: plan.id, expectedVersion: plan.version, markdown: `${md}\nDopisek.`, summary: 'x' } }));
    expect(notAuthor.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'plan.edit' });
  });
});
