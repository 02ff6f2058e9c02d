import { PartnershipRole } from '@wspolnie/identity';
import { onlyError, type TestApp } from '@wspolnie/platform-testing';
import { parse } from 'csv-parse/sync';
import { COMMENT, createPlan, keyOf, must, partnership, person, type Person, PUBLISH, RAJCZA, REPLY, startPlansApp, UJSOLY } from './plans.factory';

const EDIT = `mutation ($i: EditCommentInput!) { editComment(input: $i) { id version } }`;
const DELETE = `mutation ($i: CommentVersionInput!) { deleteComment(input: $i) { id } }`;
const RESOLVE = `mutation ($i: ResolveThreadInput!) { resolveCommentThread(input: $i) { id status } }`;
const OPEN = `mutation ($i: OpenConsultationInput!) { openPlanConsultation(input: $i) { id version roundNumber } }`;
const CLOSE = `mutation ($i: PlanVersionInput!) { closePlanConsultation(input: $i) { id version } }`;
const VERSION = `query ($id: UUID!) { plan(id: $id) { version currentRevision { markdown } } }`;
const COUNTS = 'threads comments open resolved outdated';
const REPORT = `query ($id: UUID!, $round: Int) { plan(id: $id) { consultationReport(round: $round) {
  round totals { ${COUNTS} } bySection { sectionKey heading inLatestRevision ${COUNTS} }
  byGmina { terc name label comments threadsStarted } byStatus { status threads comments } } } }`;

const TITLE = 'Strategia „Beskidy” – zażółć gęślą jaźń';
const POLISH = 'Uwaga do projektu: brak „danych” – ąęłńóśźż ĄĘŁŃÓŚŹŻ.';
const FORMULA = '=HYPERLINK("http://zlo.example";"kliknij")';
const AWKWARD = 'Zgoda; dodajmy dane z „Raportu”, "GUS" też.\nDruga linia: źdźbło.';
const NOTE = 'Przyjęto – zmieniono w wersji 2';
const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('consultation report and the comments export', () => {
  let api: TestApp;
  let base: string;
  let coordinator: Person;
  let rajcza: Person;
  let ujsoly: Person;
  let advisor: Person;
  let outsider: Person;
  let outsidersPlan: any;
  let plan: any;
  let keys: Record<string, string>;

  /** The export over real HTTP, as a browser or curl downloads it. */
  const download = async (path: string, token?: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${base}${path}`, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } });
    return { response, bytes: Buffer.from(await response.arrayBuffer()) };
  };
  const rowsOf = (bytes: Buffer): string[][] => parse(bytes, { delimiter: ';', bom: true, relax_column_count: false });
  const report = async (round?: number) => (await must(coordinator, REPORT, { id: plan.id, round })).consultationReport;
  const start = (who: Person, heading: string, body: string, quote?: string) => {
    const section = plan.currentRevision.sections.find((s: any) => s.heading === heading);
    const at = quote ? section.body.indexOf(quote) : -1;
    return must(who, COMMENT, { i: { planId: plan.id, revisionId: plan.currentRevision.id, sectionKey: section.key, body, ...(quote ? { quote: { text: quote, start: at, end: at + quote.length } } : {}) } });
  };
  const version = async () => (await must(coordinator, VERSION, { id: plan.id })).version;

  beforeAll(async () => {
    api = await startPlansApp();
    base = api.url.replace(/\/graphql$/, '');
    const partnershipId = await partnership(api);
    coordinator = await person(api, partnershipId, PartnershipRole.COORDINATOR);
    rajcza = await person(api, partnershipId, PartnershipRole.GMINA_OFFICIAL, RAJCZA);
    ujsoly = await person(api, partnershipId, PartnershipRole.GMINA_OFFICIAL, UJSOLY);
    advisor = await person(api, partnershipId, PartnershipRole.ADVISOR);
    const elsewhere = await partnership(api);
    outsider = await person(api, elsewhere, PartnershipRole.COORDINATOR);
    outsidersPlan = await createPlan(outsider, elsewhere);
    plan = await createPlan(coordinator, partnershipId, { title: TITLE });
    keys = Object.fromEntries(['Diagnoza', 'Cele strategiczne', 'Kierunki działań', 'System wdrażania'].map((heading) => [heading, keyOf(plan, heading)]));

    // On the draft, before any round (round 0).
    await start(rajcza, 'Diagnoza', POLISH);
    await must(coordinator, OPEN, { i: { id: plan.id, expectedVersion: await version(), closesOn: isoDay(14) } });
    // Round 1: a formula, an awkward answer, a resolved thread, one to be outdated, an edited and a deleted comment.
    const formula = await start(rajcza, 'Diagnoza', FORMULA, 'Ruch turystyczny rośnie');
    await must(ujsoly, REPLY, { i: { commentId: formula.comments[0].id, body: AWKWARD } });
    const resolved = await start(ujsoly, 'Cele strategiczne', 'Proponujemy dopisać ścieżki dla pieszych.');
    await must(coordinator, RESOLVE, { i: { id: resolved.id, expectedVersion: 1, note: NOTE } });
    await start(advisor, 'System wdrażania', 'Kto monitoruje wskaźniki?');
    const edited = await start(advisor, 'Kierunki działań', 'Za mało środków na promocję.');
    await must(advisor, EDIT, { i: { id: edited.comments[0].id, expectedVersion: 1, body: 'Za mało środków na promocję (ok. 5% budżetu).' } });
    const withdrawn = await must(ujsoly, REPLY, { i: { commentId: edited.comments[0].id, body: 'Do usunięcia.' } });
    await must(ujsoly, DELETE, { i: { id: withdrawn.id, expectedVersion: 1 } });
    // Revision 2 drops "System wdrażania": the advisor's thread there is outdated.
    const { markdown } = (await must(coordinator, VERSION, { id: plan.id })).currentRevision;
    const shorter = markdown.replace(/\n# System wdrażania[^\n]*\n\nRada Partnerstwa przyjmuje roczne plany działania\.\n?/, '\n');
    plan = await must(coordinator, PUBLISH, { i: { planId: plan.id, expectedVersion: await version(), markdown: shorter, summary: 'Bez systemu wdrażania' } });
    // Round 2.
    await must(coordinator, CLOSE, { i: { id: plan.id, expectedVersion: await version() } });
    await must(coordinator, OPEN, { i: { id: plan.id, expectedVersion: await version(), closesOn: isoDay(14) } });
    await start(rajcza, 'Kierunki działań', 'Druga tura: trasy w Ujsołach.');
  });
  afterAll(() => api?.close());

  it('counts every thread by section (latest revision first, removed sections last), gmina and status', async () => {
    const all = await report();
    expect(all.round).toBeNull();
    expect(all.totals).toEqual({ threads: 6, comments: 7, open: 4, resolved: 1, outdated: 1 });
    expect(all.bySection).toEqual([
      { sectionKey: plan.currentRevision.sections[0].key, heading: '', inLatestRevision: true, threads: 0, comments: 0, open: 0, resolved: 0, outdated: 0 },
      { sectionKey: keys['Diagnoza'], heading: 'Diagnoza', inLatestRevision: true, threads: 2, comments: 3, open: 2, resolved: 0, outdated: 0 },
      { sectionKey: keys['Cele strategiczne'], heading: 'Cele strategiczne', inLatestRevision: true, threads: 1, comments: 1, open: 0, resolved: 1, outdated: 0 },
      { sectionKey: keys['Kierunki działań'], heading: 'Kierunki działań', inLatestRevision: true, threads: 2, comments: 2, open: 2, resolved: 0, outdated: 0 },
      { sectionKey: keys['System wdrażania'], heading: 'System wdrażania', inLatestRevision: false, threads: 1, comments: 1, open: 0, resolved: 0, outdated: 1 },
    ]);
    // The deleted answer counts no comment; the advisor acted for no gmina.
    expect(all.byGmina).toEqual([
      { terc: RAJCZA, name: 'Rajcza', label: `Rajcza (${RAJCZA})`, comments: 3, threadsStarted: 3 },
      { terc: UJSOLY, name: 'Ujsoły', label: `Ujsoły (${UJSOLY})`, comments: 2, threadsStarted: 1 },
      { terc: null, name: null, label: 'no gmina', comments: 2, threadsStarted: 2 },
    ]);
    expect(all.byStatus).toEqual([
      { status: 'OPEN', threads: 4, comments: 5 },
      { status: 'RESOLVED', threads: 1, comments: 1 },
      { status: 'OUTDATED', threads: 1, comments: 1 },
    ]);
    // Two statements whatever the plan's size: one for sections and statuses, one for gminas.
    const bare = await api.countStatements(() => must(coordinator, `query ($id: UUID!) { plan(id: $id) { id } }`, { id: plan.id }));
    expect(await api.countStatements(() => report())).toBe(bare + 2);
    const polish = await must(coordinator, REPORT, { id: plan.id }, { 'accept-language': 'pl' });
    expect(polish.consultationReport.byGmina.map((gmina: any) => gmina.label)).toEqual([`Rajcza (${RAJCZA})`, `Ujsoły (${UJSOLY})`, 'bez gminy']);
  });

  it('counts one round: the threads started in it', async () => {
    const first = await report(1);
    expect(first).toMatchObject({ round: 1, totals: { threads: 4, comments: 5, open: 2, resolved: 1, outdated: 1 } });
    expect(first.byGmina).toEqual([
      expect.objectContaining({ terc: RAJCZA, comments: 1, threadsStarted: 1 }),
      expect.objectContaining({ terc: UJSOLY, comments: 2, threadsStarted: 1 }),
      expect.objectContaining({ terc: null, comments: 2, threadsStarted: 2 }),
    ]);
    const second = await report(2);
    expect(second.totals).toEqual({ threads: 1, comments: 1, open: 1, resolved: 0, outdated: 0 });
    expect(second.bySection.filter((section: any) => section.threads).map((section: any) => section.heading)).toEqual(['Kierunki działań']);
    expect(second.bySection.map((section: any) => section.heading)).toEqual(['', 'Diagnoza', 'Cele strategiczne', 'Kierunki działań']);
    expect(second.byGmina).toEqual([expect.objectContaining({ terc: RAJCZA, comments: 1, threadsStarted: 1 })]);
    expect((await report(0)).totals).toEqual({ threads: 1, comments: 1, open: 1, resolved: 0, outdated: 0 });
    const none = onlyError(await coordinator.gql(REPORT, { id: plan.id, round: 3 }));
    expect(none).toMatchObject({ message: `The plan „${TITLE}” has no round 3; its rounds are numbered 1 to 2 (0 for comments made outside a round).`, extensions: { code: 'BAD_USER_INPUT', field: 'round' } });
  });

  it('exports every comment as CSV a Polish spreadsheet opens: BOM, semicolons, CRLF, Polish intact', async () => {
    const { response, bytes } = await download(`/plans/${plan.id}/comments.csv`, coordinator.accessToken);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const disposition = response.headers.get('content-disposition') ?? '';
    expect(disposition).toContain('attachment; filename="Strategia _Beskidy_ - zazolc gesla jazn - uwagi.csv"');
    expect(decodeURIComponent(/filename\*=UTF-8''(\S+)/.exec(disposition)?.[1] ?? '')).toBe(`${TITLE} – uwagi.csv`);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toBe('\uFEFFWątek;Klucz sekcji;Sekcja;Cytowany fragment;Stan wątku;Miejsce w tekście;Rozstrzygnięcie;Rozstrzygnięte przez;Data rozstrzygnięcia;Tura;Komentarz;W odpowiedzi na;Autor;Gmina autora;Data napisania;Edytowany;Treść');
    expect(text.endsWith('\r\n')).toBe(true);

    const [header, ...rows] = rowsOf(bytes);
    expect(header).toHaveLength(17);
    const column = (name: string) => header.indexOf(name);
    const cell = (row: string[], name: string) => row[column(name)];
    expect(rows).toHaveLength(8);
    // Sections in the latest revision's order, the removed one last; threads oldest first, then their comments.
    expect(rows.map((row) => [cell(row, 'Wątek'), cell(row, 'Sekcja'), cell(row, 'Komentarz'), cell(row, 'Tura')])).toEqual([
      ['1', 'Diagnoza', '1', '0'],
      ['2', 'Diagnoza', '1', '1'],
      ['2', 'Diagnoza', '2', '1'],
      ['3', 'Cele strategiczne', '1', '1'],
      ['4', 'Kierunki działań', '1', '1'],
      ['4', 'Kierunki działań', '2', '1'],
      ['5', 'Kierunki działań', '1', '2'],
      ['6', 'System wdrażania', '1', '1'],
    ]);
    const [draft, formula, awkward, resolved, edited, deleted, , outdated] = rows;
    expect(cell(draft, 'Treść')).toBe(POLISH);
    expect(cell(draft, 'Gmina autora')).toBe(`Rajcza (${RAJCZA})`);
    expect(cell(draft, 'Autor')).toBe(rajcza.account.displayName);
    expect(cell(draft, 'Klucz sekcji')).toBe(keys['Diagnoza']);
    // A cell that would be a formula is text: OWASP's leading apostrophe.
    expect(cell(formula, 'Treść')).toBe(`'${FORMULA}`);
    expect(cell(formula, 'Cytowany fragment')).toBe('Ruch turystyczny rośnie');
    expect(cell(formula, 'Stan wątku')).toBe('otwarty');
    expect(cell(formula, 'Miejsce w tekście')).toBe('aktualne');
    expect(cell(awkward, 'Treść')).toBe(AWKWARD);
    expect(cell(awkward, 'W odpowiedzi na')).toBe('1');
    expect(cell(awkward, 'Gmina autora')).toBe(`Ujsoły (${UJSOLY})`);
    expect(cell(formula, 'W odpowiedzi na')).toBe('');
    expect(cell(resolved, 'Stan wątku')).toBe('rozstrzygnięty');
    expect(cell(resolved, 'Rozstrzygnięcie')).toBe(NOTE);
    expect(cell(resolved, 'Rozstrzygnięte przez')).toBe(coordinator.account.displayName);
    expect(cell(resolved, 'Data rozstrzygnięcia')).toMatch(/^\d{1,2}\.\d{1,2}\.\d{4}, \d{1,2}:\d{2}$/);
    expect(cell(resolved, 'Data napisania')).toMatch(/^\d{1,2}\.\d{1,2}\.\d{4}, \d{1,2}:\d{2}$/);
    expect(cell(edited, 'Edytowany')).toBe('tak');
    expect(cell(edited, 'Treść')).toBe('Za mało środków na promocję (ok. 5% budżetu).');
    expect(cell(edited, 'Gmina autora')).toBe('bez gminy');
    expect(cell(deleted, 'Treść')).toBe('[komentarz usunięty]');
    expect(cell(deleted, 'Edytowany')).toBe('nie');
    expect(cell(outdated, 'Miejsce w tekście')).toBe('nieaktualne (sekcję usunięto)');
    expect(cell(outdated, 'Rozstrzygnięte przez')).toBe('');
  });

  it('heads the export in English on request, and exports one round', async () => {
    const english = await download(`/plans/${plan.id}/comments.csv?round=1`, coordinator.accessToken, { 'accept-language': 'en' });
    expect(english.response.status).toBe(200);
    expect(english.response.headers.get('content-disposition')).toContain(`filename="Strategia _Beskidy_ - zazolc gesla jazn - round 1 - comments.csv"`);
    const [header, ...rows] = rowsOf(english.bytes);
    expect(header).toEqual(['Thread', 'Section key', 'Section', 'Quoted passage', 'Thread status', 'Place in the text', 'Decision note', 'Resolved by', 'Resolved at', 'Round', 'Comment', 'In reply to', 'Author', "Author's gmina", 'Written at', 'Edited', 'Text']);
    expect(rows).toHaveLength(6);
    expect(rows.every((row) => row[header.indexOf('Round')] === '1')).toBe(true);
    expect(rows.map((row) => row[header.indexOf('Text')])).toContain('[comment deleted]');
    expect(rows.map((row) => row[header.indexOf("Author's gmina")])).toContain('no gmina');
    expect(rows.map((row) => row[header.indexOf('Place in the text')])).toContain('outdated (section removed)');
  });

  it('answers refusals as JSON with a code: 401 without a token, 404 outside the partnership, 400 for a bad round or id', async () => {
    const anonymous = await download(`/plans/${plan.id}/comments.csv`);
    expect(anonymous.response.status).toBe(401);
    expect(JSON.parse(anonymous.bytes.toString())).toMatchObject({ code: 'UNAUTHENTICATED' });
    const foreign = await download(`/plans/${plan.id}/comments.csv`, outsider.accessToken, { 'accept-language': 'en' });
    expect(foreign.response.status).toBe(404);
    expect(JSON.parse(foreign.bytes.toString())).toMatchObject({ code: 'NOT_FOUND' });
    const word = await download(`/plans/${plan.id}/comments.csv?round=abc`, coordinator.accessToken, { 'accept-language': 'en' });
    expect(word.response.status).toBe(400);
    expect(JSON.parse(word.bytes.toString())).toEqual({ code: 'BAD_USER_INPUT', message: 'round is the number of a consultation round (1, 2, …), or 0 for comments made outside a round; „abc” is not one.' });
    const past = await download(`/plans/${plan.id}/comments.csv?round=9`, coordinator.accessToken);
    expect(past.response.status).toBe(400);
    expect(JSON.parse(past.bytes.toString())).toEqual({ code: 'BAD_USER_INPUT', message: `Plan „${TITLE}” nie ma tury 9; jego tury mają numery od 1 do 2 (0 dla komentarzy spoza tur).` });
    const notId = await download(`/plans/not-an-id/comments.csv`, coordinator.accessToken, { 'accept-language': 'en' });
    expect(notId.response.status).toBe(400);
    expect(JSON.parse(notId.bytes.toString())).toMatchObject({ code: 'BAD_USER_INPUT' });
    // The path names the plan: an outsider naming their own plan in the query is still refused ours,
    // and a member's stray parameter is refused by the export itself.
    const smuggled = await download(`/plans/${plan.id}/comments.csv?planId=${outsidersPlan.id}`, outsider.accessToken, { 'accept-language': 'en' });
    expect(smuggled.response.status).toBe(404);
    expect(JSON.parse(smuggled.bytes.toString())).toMatchObject({ code: 'NOT_FOUND' });
    const stray = await download(`/plans/${plan.id}/comments.csv?planId=${outsidersPlan.id}`, coordinator.accessToken, { 'accept-language': 'en' });
    expect(stray.response.status).toBe(400);
    expect(JSON.parse(stray.bytes.toString())).toMatchObject({ code: 'BAD_USER_INPUT', message: 'The download takes round; „planId” is not one.' });
  });
});
