import type { Page } from 'playwright-core';
import { type ApiSession, apiSignIn, createProject, createTask, DEMO_SLUG } from './support/api';
import { axe, openBrowser, screenshot, type Session, signIn } from './support/browser';

const COORDINATOR = 'koordynator@wspolnie.example';
const OFFICIAL = 'urzednik.rajcza@wspolnie.example';

/** A Warsaw day as the API counts them, `days` from today. */
function warsawDay(days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const card = (page: Page, title: string) => page.getByRole('article', { name: title, exact: true });

describe('everyday work: my work, search, archive and following', () => {
  let browser: Session;
  let coordinator: ApiSession;
  let official: ApiSession;
  let project: { id: string; partnershipId: string };
  const title = `Praca codzienna ${Date.now()}`;

  beforeAll(async () => {
    browser = await openBrowser();
    coordinator = await apiSignIn(COORDINATOR);
    official = await apiSignIn(OFFICIAL);
    project = await createProject(coordinator, title);
    // Made by the official for themselves (no notices to anyone): three to look at, and enough
    // after them (due later) that my work has a second page.
    const mine = { assigneeId: official.userId };
    await createTask(official, project.id, 'Złożyć sprawozdanie z naboru', { ...mine, dueOn: warsawDay(-2), priority: 'URGENT' });
    await createTask(official, project.id, 'Zamówić mapy do konsultacji', { ...mine, dueOn: warsawDay(0), priority: 'LOW' });
    await createTask(official, project.id, 'Przygotować ankietę dla sołectw', mine);
    await createTask(official, project.id, 'Żłobek w Rajczy: odbiór budynku', { description: 'Protokół odbioru żłobka z inspektorem nadzoru.' });
    for (let n = 1; n <= 20; n += 1) await createTask(official, project.id, `Zadanie zapasowe ${String(n).padStart(2, '0')}`, { ...mine, dueOn: `2031-01-${String(n).padStart(2, '0')}` });
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(() => expect(browser.pageErrors).toEqual([]));

  async function open(email: string, path: string) {
    const { page, context } = await browser.newPage();
    await signIn(page, email);
    await page.goto(path);
    return { page, context };
  }

  it('shows the official their tasks and counts; the bucket and the order change the list and the address', async () => {
    const { page } = await open(OFFICIAL, '/partnerships');
    const nav = page.getByRole('navigation', { name: 'Nawigacja główna' });
    await nav.getByRole('link', { name: 'Moja praca' }).waitFor();
    expect((await nav.getByRole('link').first().textContent())?.trim()).toBe('Moja praca');
    await nav.getByRole('link', { name: 'Moja praca' }).click();
    await page.getByRole('heading', { level: 1, name: 'Moja praca' }).waitFor();

    const { myWork } = await official.gql<{ myWork: { taskCounts: { open: number; dueThisWeek: number; overdue: number } } }>('{ myWork { taskCounts { open dueThisWeek overdue } } }');
    const counts = page.locator('.work-counts__item');
    await counts.first().waitFor();
    const openWords = { one: 'otwarte zadanie', few: 'otwarte zadania', many: 'otwartych zadań', other: 'otwartego zadania' } as Record<string, string>;
    expect(await counts.allTextContents()).toEqual([
      `${myWork.taskCounts.open} ${openWords[new Intl.PluralRules('pl').select(myWork.taskCounts.open)]}`,
      `${myWork.taskCounts.dueThisWeek} z terminem w tym tygodniu`,
      `${myWork.taskCounts.overdue} po terminie`,
    ]);
    expect(myWork.taskCounts.open).toBeGreaterThanOrEqual(23);

    const overdue = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Złożyć sprawozdanie z naboru', exact: true }) });
    expect(await overdue.textContent()).toContain('po terminie');
    expect(await overdue.getByRole('link', { name: title, exact: true }).getAttribute('href')).toBe(`/projects/${project.id}`);
    // The title leads to the task's page, its board linked among the facts.
    expect(await overdue.getByRole('link', { name: 'Złożyć sprawozdanie z naboru', exact: true }).getAttribute('href')).toMatch(/^\/tasks\/[0-9a-f-]{36}$/);
    expect(await overdue.getByRole('link', { name: `Tablica zadań projektu „${title}”` }).getAttribute('href')).toBe(`/projects/${project.id}/board`);
    expect(await overdue.getByRole('link', { name: 'Partnerstwo 6 jst Aglomeracji Beskidzkiej' }).getAttribute('href')).toBe(`/partnerships/${DEMO_SLUG}`);
    expect((await axe(page, 'my work (pl)')).violations).toEqual([]);
    await screenshot(page, 'my-work-1366');

    // "Pokaż więcej": the next page after the cursor, focus on its first task.
    await page.getByText(/^Wyświetlono 20 z \d+\.$/).waitFor();
    await page.getByRole('button', { name: 'Pokaż więcej' }).first().click();
    await page
      .getByRole('status')
      .getByText(/^Wczytano kolejne zadania: \d+ zada/)
      .waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-work-task') === '20');

    await page.getByRole('radio', { name: /^Po terminie \(\d+\)$/ }).click();
    await page.waitForURL(/[?&]bucket=overdue\b/);
    await page.getByRole('link', { name: 'Złożyć sprawozdanie z naboru', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Przygotować ankietę dla sołectw', exact: true }).waitFor({ state: 'detached' });
    expect(await page.getByRole('link', { name: 'Zamówić mapy do konsultacji', exact: true }).count()).toBe(0);

    await page.getByRole('radio', { name: /^Z terminem w tym tygodniu/ }).click();
    await page.waitForURL(/[?&]bucket=due-this-week\b/);
    await page.getByRole('link', { name: 'Zamówić mapy do konsultacji', exact: true }).waitFor();

    await page.getByRole('radio', { name: /^Wszystkie otwarte/ }).click();
    await page.getByLabel('Kolejność').selectOption({ label: 'Według priorytetu (najpilniejsze najpierw)' });
    await page.waitForURL(/[?&]sort=priority\b/);
    expect(page.url()).not.toContain('bucket=');
    const titles = page.locator('.work-list [data-work-task]');
    await page.waitForFunction(() => !document.querySelector('.my-work [aria-busy="true"]'));
    const order = await titles.allTextContents();
    expect(order.indexOf('Złożyć sprawozdanie z naboru')).toBeLessThan(order.indexOf('Zamówić mapy do konsultacji') === -1 ? Infinity : order.indexOf('Zamówić mapy do konsultacji'));
    expect((await axe(page, 'my work, by priority (pl)')).violations).toEqual([]);

    // The address keeps the view: a reload shows the same.
    await page.goto('/my-work?bucket=overdue&sort=updated-at');
    expect(await page.getByRole('radio', { name: /^Po terminie/ }).isChecked()).toBe(true);
    expect(await page.getByLabel('Kolejność').inputValue()).toBe('UPDATED_AT');
  });

  it('finds "żłobek" from "zlobek" in the partnership banner, and shows a refused search on the field', async () => {
    const { page } = await open(OFFICIAL, `/partnerships/${DEMO_SLUG}/pipeline`);
    const search = page.getByRole('search', { name: 'Wyszukiwanie w partnerstwie' });
    await search.getByLabel('Szukaj w projektach i zadaniach').fill('zlobek');
    await search.getByLabel('Szukaj w projektach i zadaniach').press('Enter');
    await page.waitForURL(`**/partnerships/${DEMO_SLUG}/search?q=zlobek`);
    await page
      .getByRole('status')
      .getByText(/^Znaleziono \d+ wynik(i|ów)? dla „zlobek”\.$/)
      .waitFor();
    const taskHit = page.getByRole('heading', { level: 3, name: 'Zadanie: Żłobek w Rajczy: odbiór budynku' });
    await taskHit.waitFor();
    expect(await taskHit.locator('mark').first().textContent()).toBe('Żłobek');
    // The demo's żłobki project says "żłobek" in its summary.
    await page.getByRole('heading', { level: 3, name: 'Projekt: Pierwsze żłobki w Ujsołach i Rajczy' }).waitFor();
    expect((await axe(page, 'search results (pl)')).violations).toEqual([]);

    // The demo's project says "żłobki": found by that word, whatever the letters typed.
    const field = page.getByRole('main').getByLabel('Szukaj w projektach i zadaniach');
    await field.fill('ZLOBKI');
    await field.press('Enter');
    const hit = page.getByRole('heading', { level: 3, name: 'Projekt: Pierwsze żłobki w Ujsołach i Rajczy' });
    await hit.waitFor();
    expect(await hit.locator('mark').first().textContent()).toBe('żłobki');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-field-text');
    await screenshot(page, 'search-1366');

    // A task is told apart from a project, and leads to its own page (its board linked beside).
    await field.fill('sprawozdanie naboru');
    await field.press('Enter');
    const task = page.getByRole('heading', { level: 3, name: 'Zadanie: Złożyć sprawozdanie z naboru' });
    await task.waitFor();
    expect(await task.getByRole('link').getAttribute('href')).toMatch(/^\/tasks\/[0-9a-f-]{36}$/);
    expect(await page.getByRole('link', { name: 'Pokaż na tablicy zadań' }).first().getAttribute('href')).toBe(`/projects/${project.id}/board`);

    await field.fill('x'.repeat(201));
    await field.press('Enter');
    await page.getByRole('main').locator('.field__error').getByText('Wyszukiwana fraza może mieć najwyżej 200 znaków; ta ma 201.').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect((await axe(page, 'search, too long (pl)')).violations).toEqual([]);
    await field.fill('%%%');
    await field.press('Enter');
    await page.getByRole('main').locator('.field__error').getByText('Wyszukiwana fraza musi zawierać literę lub cyfrę.').waitFor();
  });

  it('still ranks the gmina register with its exact name first', async () => {
    const { page } = await open(OFFICIAL, '/gminas?q=lodz');
    const firstRow = page.getByRole('table').getByRole('row').nth(1);
    await firstRow.getByText('Łódź', { exact: true }).waitFor();
  });

  it('archives a task from the board by keyboard: it leaves the board, shows with "Pokaż zarchiwizowane", and comes back', async () => {
    await createTask(coordinator, project.id, 'Zadanie do archiwum');
    const { page } = await open(COORDINATOR, `/projects/${project.id}/board`);
    const watcher = await open(OFFICIAL, `/projects/${project.id}/board`);
    await card(page, 'Zadanie do archiwum').waitFor();
    await card(watcher.page, 'Zadanie do archiwum').waitFor();
    await watcher.page.getByText('Aktualizacje na żywo włączone').waitFor();

    await page.getByRole('button', { name: 'Zadanie do archiwum, edytuj' }).focus();
    await page.keyboard.press('Enter');
    const archive = page.getByRole('button', { name: 'Archiwizuj zadanie' });
    await archive.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.textContent === 'Tak, archiwizuj');
    expect((await axe(page, 'board, archive question (pl)')).violations).toEqual([]);
    await page.keyboard.press('Enter');
    await card(page, 'Zadanie do archiwum').waitFor({ state: 'detached' });
    await page.getByRole('status').getByText('Zarchiwizowano zadanie „Zadanie do archiwum”: zniknęło z tablicy.').waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H2' && document.activeElement.textContent?.startsWith('Do zrobienia'));
    // Someone else's board: the card leaves it too, said politely.
    await card(watcher.page, 'Zadanie do archiwum').waitFor({ state: 'detached' });
    await watcher.page.getByRole('status').getByText('Ktoś zarchiwizował zadanie „Zadanie do archiwum”: zniknęło z tablicy.').waitFor();

    const show = page.getByRole('checkbox', { name: 'Pokaż zarchiwizowane zadania' });
    await show.focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/[?&]archived=1\b/);
    const archived = card(page, 'Zadanie do archiwum');
    await archived.getByText('Zarchiwizowane', { exact: true }).waitFor();
    // The board stayed while the archived ones were read: focus is still on the checkbox.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('board-show-archived');
    expect((await axe(page, 'board, archived shown (pl)')).violations).toEqual([]);
    await screenshot(page, 'board-archived-1366');
    await archived.getByRole('button', { name: 'Przywróć zadanie „Zadanie do archiwum”' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Przywrócono zadanie „Zadanie do archiwum” do kolumny „Do zrobienia”.').waitFor();
    await archived.getByText('Zarchiwizowane', { exact: true }).waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-card-focus')?.startsWith('move:'));
    await show.click();
    await page.waitForURL((url) => !url.search.includes('archived='));
    await card(page, 'Zadanie do archiwum').waitFor();
    await card(watcher.page, 'Zadanie do archiwum').waitFor();
  });

  it('lets the official follow the project and stop, with aria-pressed', async () => {
    const { page } = await open(OFFICIAL, `/projects/${project.id}`);
    const button = page.getByRole('button', { name: 'Obserwuj projekt' });
    await button.waitFor();
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.project-follow__button')?.getAttribute('aria-pressed') === 'true');
    await page.getByRole('status').getByText(`Obserwujesz projekt „${title}”.`).waitFor();
    expect((await official.gql<{ project: { followedByMe: boolean } }>('query ($id: UUID!) { project(id: $id) { followedByMe } }', { id: project.id })).project.followedByMe).toBe(true);
    expect((await axe(page, 'project, followed (pl)')).violations).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.project-follow__button')?.getAttribute('aria-pressed') === 'false');
    expect((await official.gql<{ project: { followedByMe: boolean } }>('query ($id: UUID!) { project(id: $id) { followedByMe } }', { id: project.id })).project.followedByMe).toBe(false);
  });

  it('links a task change to the task board in the notifications', async () => {
    const { myWork } = await official.gql<{ myWork: { tasks: { edges: { node: { id: string; version: number; title: string } }[] } } }>(
      '{ myWork { tasks(filter: { bucket: DUE_THIS_WEEK }, first: 50) { edges { node { id version title } } } } }',
    );
    const task = myWork.tasks.edges.map((edge) => edge.node).find((node) => node.title === 'Zamówić mapy do konsultacji');
    if (!task) throw new Error('the task due this week is not in my work');
    await coordinator.gql('mutation ($i: UpdateTaskInput!) { updateTask(input: $i) { id } }', {
      i: { id: task.id, expectedVersion: task.version, priority: 'HIGH', title: 'Zamówić mapy do konsultacji społecznych' },
    });
    const { page } = await open(OFFICIAL, '/notifications');
    const item = page.getByRole('listitem').filter({ hasText: 'zmienia zadanie „Zamówić mapy do konsultacji społecznych”' }).first();
    await item.waitFor();
    expect(await item.getByRole('link', { name: 'Przejdź do tablicy zadań' }).getAttribute('href')).toBe(`/projects/${project.id}/board`);
    expect((await axe(page, 'notifications, task changed (pl)')).violations).toEqual([]);
  });

  it('speaks English on my work and in the search, as accessibly', async () => {
    const { page } = await browser.newPage();
    // The demo person's account keeps its language for the other tests: the choice stays in this page.
    await page.route('**/graphql', (route) => ((route.request().postData() ?? '').includes('SetPreferredLanguage') ? route.abort() : route.continue()));
    await signIn(page, OFFICIAL);
    await page.goto('/my-work?bucket=overdue');
    await page.getByRole('heading', { level: 1, name: 'Moja praca' }).waitFor();
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    await page.getByText(/^\d+ open tasks?$/).waitFor();
    expect(await page.getByRole('radio', { name: /^Overdue \(\d+\)$/ }).isChecked()).toBe(true);
    expect((await axe(page, 'my work (en)')).violations).toEqual([]);
    // Within the app (a reload would take the account's Polish again).
    await page.evaluate((path) => {
      history.pushState({}, '', path);
      dispatchEvent(new PopStateEvent('popstate'));
    }, `/partnerships/${DEMO_SLUG}/search?q=zlobek`);
    await page
      .getByRole('status')
      .getByText(/^Found \d+ results? for “zlobek”\.$/)
      .waitFor();
    await page.getByRole('heading', { level: 3, name: /^Task: Żłobek w Rajczy/ }).waitFor();
    expect((await axe(page, 'search results (en)')).violations).toEqual([]);
  });

  it('archives and restores the project as the coordinator, and a stale page is told so', async () => {
    const { page } = await open(COORDINATOR, `/projects/${project.id}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('button', { name: 'Archiwizuj projekt' }).click();
    await page.getByText(`Zarchiwizować projekt „${title}”?`, { exact: false }).waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Tak, archiwizuj');
    expect((await axe(page, 'project, archive question (pl)')).violations).toEqual([]);
    await page.keyboard.press('Enter');
    await page.getByText(/^Projekt jest zarchiwizowany od \d{1,2}\.\d{2}\.\d{4}/).waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Przywróć projekt');
    await page.getByRole('status').getByText(`Zarchiwizowano projekt „${title}”.`).waitFor();
    expect((await axe(page, 'project, archived (pl)')).violations).toEqual([]);
    await screenshot(page, 'project-archived-1366');

    // The pipeline leaves it out unless asked to show archived ones.
    await page.goto(`/partnerships/${DEMO_SLUG}/pipeline`);
    await page.locator('.stage-column').first().waitFor();
    await page.getByRole('link', { name: 'Pierwsze żłobki w Ujsołach i Rajczy' }).waitFor();
    expect(await page.getByRole('link', { name: title }).count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Pokaż zarchiwizowane projekty' }).check();
    await page.waitForURL(/[?&]archived=1\b/);
    const archivedCard = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
    await archivedCard.getByText('Zarchiwizowany', { exact: true }).waitFor();
    expect((await axe(page, 'pipeline, archived shown (pl)')).violations).toEqual([]);

    // A page that missed a change (no live updates) is told, and shows the project as it is.
    const stale = await browser.newPage();
    await signIn(stale.page, COORDINATOR);
    await stale.context.routeWebSocket(/\/graphql$/, () => undefined);
    await stale.page.goto(`/projects/${project.id}`);
    const restore = stale.page.getByRole('button', { name: 'Przywróć projekt' });
    await restore.waitFor();
    // Its own reads are done (the page reads the project once more when it learns the stream's position).
    await stale.page.waitForLoadState('networkidle');
    const { project: current } = await coordinator.gql<{ project: { version: number } }>('query ($id: UUID!) { project(id: $id) { version } }', { id: project.id });
    await coordinator.gql('mutation ($i: ArchiveInput!) { restoreProject(input: $i) { id } }', { i: { id: project.id, expectedVersion: current.version } });
    await restore.click();
    await stale.page
      .getByRole('alert')
      .getByText(/^Projekt zmieniono w międzyczasie, więc niczego nie zapisano:/)
      .waitFor();
    await stale.page.getByRole('button', { name: 'Archiwizuj projekt' }).waitFor();
    expect(await stale.page.getByText(/^Projekt jest zarchiwizowany/).count()).toBe(0);
    expect((await axe(stale.page, 'project, archive conflict (pl)')).violations).toEqual([]);

    await page.goto(`/partnerships/${DEMO_SLUG}/pipeline`);
    await page.getByRole('link', { name: title }).waitFor();
  });
});
