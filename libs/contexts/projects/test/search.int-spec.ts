import { gminasMigrations, GminasModule } from '@wspolnie/gminas';
import { AccessService, AccountsService, identityMigrations, IdentityModule, PartnershipRole } from '@wspolnie/identity';
import { notificationsMigrations, NotificationsModule } from '@wspolnie/notifications';
import { partnershipsMigrations, PartnershipsModule } from '@wspolnie/partnerships';
import { databaseMigrations } from '@wspolnie/platform-database';
import { mailMigrations } from '@wspolnie/platform-mail';
import { realtimeMigrations } from '@wspolnie/platform-realtime';
import { createTestApp, type GraphqlClient, onlyError, type TestApp } from '@wspolnie/platform-testing';
import { projectsMigrations, ProjectsModule } from '../src';

const RAJCZA = '2417112';
const PASSWORD = 'hasło-testowe-123';

const SEARCH = `query ($p: UUID!, $t: String!, $first: Int, $archived: Boolean) {
  search(partnershipId: $p, text: $t, first: $first, includeArchived: $archived) { kind rank highlight project { id title } task { id title } }
}`;

interface Hit {
  kind: 'PROJECT' | 'TASK';
  rank: number;
  highlight: string;
  project: { id: string; title: string };
  task: { id: string; title: string } | null;
}

describe('searching a partnership’s projects and tasks', () => {
  let api: TestApp;
  let coordinator: GraphqlClient;
  let outsider: GraphqlClient;
  let partnershipId: string;
  let otherPartnershipId: string;
  const ids: Record<string, string> = {};

  async function partnership(name: string): Promise<string> {
    const [{ id }] = await api.dataSource.query(`INSERT INTO partnership (slug, name) VALUES ($1, $2) RETURNING id`, [`p-${Math.random().toString(36).slice(2)}`, name]);
    await api.dataSource.query(`INSERT INTO partnership_member (partnership_id, gmina_id, role, joined_on) SELECT $1, id, 'MEMBER', current_date FROM gmina WHERE terc = $2`, [id, RAJCZA]);
    return id;
  }

  async function person(displayName: string, partnerships: string[]): Promise<GraphqlClient> {
    const email = `${displayName.split(' ')[0].toLowerCase()}.${Math.random().toString(36).slice(2)}@test.example`;
    const account = await api.app.get(AccountsService).create({ email, displayName, password: PASSWORD });
    for (const id of partnerships) await api.app.get(AccessService).grant(account.id, id, PartnershipRole.COORDINATOR, null);
    return api.signIn(email, PASSWORD);
  }

  async function project(by: GraphqlClient, inPartnership: string, title: string, summary = ''): Promise<string> {
    const result = await by.gql(`mutation ($i: CreateProjectInput!) { createProject(input: $i) { id } }`, {
      i: { partnershipId: inPartnership, title, summary, budget: { totalCost: '1000.00', participants: [{ gminaTerc: RAJCZA, role: 'LEAD', costShare: '1000.00' }], funding: [] } },
    });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data['createProject'].id;
  }

  async function task(projectId: string, title: string, description = ''): Promise<string> {
    const result = await coordinator.gql(`mutation ($i: CreateTaskInput!) { createTask(input: $i) { id } }`, { i: { projectId, title, description } });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data['createTask'].id;
  }

  async function search(text: string, variables: Record<string, unknown> = {}, who: GraphqlClient = coordinator): Promise<Hit[]> {
    const result = await who.gql(SEARCH, { p: partnershipId, t: text, ...variables });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data['search'];
  }
  const titles = (hits: Hit[]) => hits.map((hit) => hit.task?.title ?? hit.project.title);

  beforeAll(async () => {
    api = await createTestApp({
      imports: [GminasModule, IdentityModule, PartnershipsModule, NotificationsModule, ProjectsModule],
      migrations: [
        ...databaseMigrations,
        ...realtimeMigrations,
        ...mailMigrations,
        ...gminasMigrations,
        ...partnershipsMigrations,
        ...identityMigrations,
        ...projectsMigrations,
        ...notificationsMigrations,
      ],
    });
    partnershipId = await partnership('Partnerstwo Doliny Soły');
    otherPartnershipId = await partnership('Partnerstwo obce');
    coordinator = await person('Anna Zięba', [partnershipId, otherPartnershipId]);
    outsider = await person('Obcy Człowiek', []);
    ids['nursery'] = await project(coordinator, partnershipId, 'Żłobek gminny – nowe miejsca opieki', 'Trzydzieści miejsc dla dzieci do lat trzech w Rajczy.');
    ids['nurseryExact'] = await project(coordinator, partnershipId, 'Żłobek', 'Sam żłobek, bez przymiotników.');
    ids['lodz'] = await project(coordinator, partnershipId, 'Wizyta studyjna w ŁODZI', 'Wyjazd do Łodzi po dobre praktyki.');
    ids['trail'] = await project(coordinator, partnershipId, 'Szlak rowerowy wzdłuż doliny', 'Trasa przez Żabnicę i Ujsoły; kładka nad Sołą.');
    ids['roads'] = await project(coordinator, partnershipId, 'Przebudowa dróg gminnych', 'Nawierzchnia, chodniki i oświetlenie.');
    ids['nurseryTask'] = await task(ids['roads'], 'Uzgodnić dojazd', 'Droga dojazdowa pod nowy żłobek przy ul. Górskiej musi być gotowa, zanim żłobek zostanie otwarty.');
    ids['studyTask'] = await task(ids['trail'], 'Przygotować studium wykonalności', '');
    ids['percentTask'] = await task(ids['trail'], 'Zniżka 100% dla grup_szkolnych', '');
    ids['foreign'] = await project(coordinator, otherPartnershipId, 'Żłobek w obcym partnerstwie', 'Żłobek, którego nie wolno znaleźć.');
  });
  afterAll(() => api?.close());

  it('folds the platform’s way: ł and Ł to l, every Polish diacritic off, lower case', async () => {
    expect(await api.dataSource.query(`SELECT search_fold('ŻÓŁW Łódź źdźbło ĄĘŚĆŃ') AS folded`)).toEqual([{ folded: 'zolw lodz zdzblo aescn' }]);
    const [{ volatility }] = await api.dataSource.query(`SELECT provolatile AS volatility FROM pg_proc WHERE proname = 'search_fold'`);
    expect(volatility).toBe('i');
  });

  it('finds "zlobek" in titles, summaries and task descriptions, the exact title first, never another partnership’s', async () => {
    const hits = await search('zlobek');
    expect(titles(hits)).toEqual(['Żłobek', 'Żłobek gminny – nowe miejsca opieki', 'Uzgodnić dojazd']);
    expect(hits.map((hit) => hit.kind)).toEqual(['PROJECT', 'PROJECT', 'TASK']);
    expect(hits[0].rank).toBeGreaterThanOrEqual(3);
    expect(hits[1].rank).toBeGreaterThanOrEqual(2);
    expect(hits[1].rank).toBeLessThan(3);
    expect(hits[2].rank).toBeLessThan(1);
    expect(hits[2]).toMatchObject({ project: { id: ids['roads'] }, task: { id: ids['nurseryTask'] } });
    expect(hits[2].highlight).toContain('pod nowy żłobek');
    expect(JSON.stringify(hits)).not.toContain('obcym');
  });

  it('ignores case and diacritics either way: "LODZ" finds "ŁODZI" and "Łodzi"; "ŻŁÓBEK" finds "żłobek"', async () => {
    expect(titles(await search('LODZ'))).toEqual(['Wizyta studyjna w ŁODZI']);
    // A word is found inside longer ones: the stem finds every inflected form (no Polish stemmer is assumed).
    expect(titles(await search('zlob'))).toEqual(titles(await search('zlobek')));
    expect(titles(await search('ŻŁÓBEK'))).toEqual(titles(await search('zlobek')));
  });

  it('needs every word, in the title or the text; a title holding them ranks above a text that does', async () => {
    expect(titles(await search('kladka sola'))).toEqual(['Szlak rowerowy wzdłuż doliny']);
    expect(titles(await search('kladka rajcza'))).toEqual([]);
    // Words of one or two letters count too (they are matched without the trigram index).
    expect(titles(await search('ul gorskiej'))).toEqual(['Uzgodnić dojazd']);
    expect(titles(await search('w lodzi'))).toEqual(['Wizyta studyjna w ŁODZI']);
    const hits = await search('studium');
    expect(hits).toEqual([expect.objectContaining({ kind: 'TASK', highlight: 'Przygotować studium wykonalności', project: expect.objectContaining({ id: ids['trail'] }) })]);
    const both = await search('doliny');
    expect(both[0]).toMatchObject({ kind: 'PROJECT', project: { id: ids['trail'] } });
  });

  it('answers in two statements however many hits, projects and tasks with their projects', async () => {
    const statements = await api.countStatements(() => search('a', { first: 50 }));
    // Besides the access check: the best projects, the best tasks (with their projects).
    const refused = await api.countStatements(() => coordinator.gql(SEARCH, { p: partnershipId, t: '%%%' }));
    expect(statements - refused).toBe(2);
  });

  it('treats % and _ as no letters: wildcard-only input is refused, and inside words they match nothing extra', async () => {
    for (const text of ['%%%', '___', '%_%', ' \\% ']) {
      const error = onlyError(await coordinator.gql(SEARCH, { p: partnershipId, t: text }));
      expect(error).toMatchObject({ message: 'A search must contain a letter or a digit.', extensions: { code: 'BAD_USER_INPUT', field: 'text' } });
    }
    expect(titles(await search('100%'))).toEqual(['Zniżka 100% dla grup_szkolnych']);
    expect(titles(await search('grup_szk'))).toEqual(['Zniżka 100% dla grup_szkolnych']);
    expect(titles(await search("zlobek' OR 1=1 --"))).toEqual([]);
  });

  it('refuses a search of 10,000 characters before searching, and an empty one, in either language', async () => {
    const long = onlyError(await coordinator.gql(SEARCH, { p: partnershipId, t: 'żłobek '.repeat(1429).slice(0, 10_000) }));
    expect(long).toMatchObject({ message: 'A search can be at most 200 characters long; this one has 10000.', extensions: { code: 'BAD_USER_INPUT', field: 'text' } });
    const polish = onlyError(await coordinator.gql(SEARCH, { p: partnershipId, t: '   ' }, { 'accept-language': 'pl' }));
    expect(polish).toMatchObject({ message: 'Wpisz, czego szukasz.', extensions: { code: 'BAD_USER_INPUT', field: 'text' } });
    const many = onlyError(await coordinator.gql(SEARCH, { p: partnershipId, t: 'a b c d e f g h i j k' }));
    expect(many.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect(onlyError(await coordinator.gql(SEARCH, { p: partnershipId, t: 'zlobek', first: 0 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(onlyError(await coordinator.gql(SEARCH, { p: partnershipId, t: 'zlobek', first: 51 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('answers an outsider NOT_FOUND, as if the partnership did not exist', async () => {
    const error = onlyError(await outsider.gql(SEARCH, { p: partnershipId, t: 'zlobek' }));
    expect(error.extensions?.code).toBe('NOT_FOUND');
  });

  it('leaves archived projects and tasks (and tasks of archived projects) out unless asked for', async () => {
    await api.dataSource.query(`UPDATE project SET archived_at = now() WHERE id = $1`, [ids['roads']]);
    await api.dataSource.query(`UPDATE task SET archived_at = now() WHERE id = $1`, [ids['studyTask']]);
    try {
      expect(titles(await search('zlobek'))).toEqual(['Żłobek', 'Żłobek gminny – nowe miejsca opieki']);
      expect(await search('studium')).toEqual([]);
      expect(titles(await search('zlobek', { archived: true }))).toEqual(['Żłobek', 'Żłobek gminny – nowe miejsca opieki', 'Uzgodnić dojazd']);
      expect(titles(await search('studium', { archived: true }))).toEqual(['Przygotować studium wykonalności']);
    } finally {
      await api.dataSource.query(`UPDATE project SET archived_at = NULL WHERE id = $1`, [ids['roads']]);
      await api.dataSource.query(`UPDATE task SET archived_at = NULL WHERE id = $1`, [ids['studyTask']]);
    }
  });

  it('is planned on the search indexes, not a scan of every partnership’s rows', async () => {
    // The test tables are tiny, so the planner would rather scan them; forbidding that shows the index serves the query.
    const plan = (sql: string) =>
      api.dataSource.transaction(async (manager) => {
        await manager.query(`SET LOCAL enable_seqscan = off`);
        return JSON.stringify(await manager.query(`EXPLAIN ${sql}`));
      });
    expect(await plan(`SELECT id FROM task WHERE partnership_id = '${partnershipId}' AND search_fold(title || ' ' || description) LIKE '%zlobek%'`)).toContain('task_search_idx');
    // A one-letter word has no trigram: it stays out of the index condition, which keeps to the partnership.
    const short = await plan(`SELECT id FROM task WHERE partnership_id = '${partnershipId}' AND strpos(search_fold(title || ' ' || description), search_fold('a')) > 0`);
    expect(short).toContain('task_search_idx');
    expect(short).toMatch(/Index Cond: \(partnership_id = /);
    expect(short).not.toMatch(/Index Cond:[^"]*strpos/);
    // A partnership's few projects may be read through its btree index instead; the text alone needs the GIN one.
    expect(await plan(`SELECT id FROM project WHERE search_fold(title || ' ' || summary) LIKE '%zlobek%'`)).toContain('project_search_idx');
  });
});
