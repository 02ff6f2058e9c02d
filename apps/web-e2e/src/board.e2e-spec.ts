import type { Locator, Page } from 'playwright-core';
import { type ApiSession, apiSignIn, createProject, createTask, readTask } from './support/api';
import { axe, openBrowser, screenshot, type Session, signIn } from './support/browser';

const COORDINATOR = 'koordynator@wspolnie.example';
const OFFICIAL = 'urzednik.rajcza@wspolnie.example';
const OBSERVER = 'obserwator@wspolnie.example';

/** A column of the board: a section named by its heading ("W toku, 2 zadania"). */
const column = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name},`) });
/** A card, by its title, wherever it is. */
const card = (scope: Page | Locator, title: string) => scope.getByRole('article', { name: title, exact: true });
/** What dnd-kit says to screen readers while dragging. */
const dragAnnouncer = (page: Page) => page.locator('[id^="DndLiveRegion"]');

describe('the project board', () => {
  let browser: Session;
  let coordinator: ApiSession;
  let project: { id: string; partnershipId: string };
  const board = () => `/projects/${project.id}/board`;

  beforeAll(async () => {
    browser = await openBrowser();
    coordinator = await apiSignIn(COORDINATOR);
    project = await createProject(coordinator, `Tablica testowa ${Date.now()}`);
    for (const title of ['Mapa tras', 'Regulamin', 'Ankieta mieszkańców']) await createTask(coordinator, project.id, title);
    await createTask(coordinator, project.id, 'Harmonogram', { status: 'IN_PROGRESS', dueOn: '2026-12-31' });
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(() => expect(browser.pageErrors).toEqual([]));

  async function openBoard(email: string, viewport?: { width: number; height: number }) {
    const { page, context } = await browser.newPage(viewport ? { viewport } : undefined);
    await signIn(page, email);
    await page.goto(board());
    await page.getByRole('heading', { level: 1, name: /^Tablica zadań:/ }).waitFor();
    return { page, context };
  }

  it('shows every column with its count, in Polish plural forms, and adds a task in place', async () => {
    const { page } = await openBoard(COORDINATOR);
    await card(page, 'Mapa tras').waitFor();
    for (const [name, count] of [['Do zrobienia', '3 zadania'], ['W toku', '1 zadanie'], ['Wstrzymane', '0 zadań'], ['Zrobione', '0 zadań']]) {
      expect(await column(page, name).getByRole('heading', { level: 2 }).textContent()).toBe(`${name}, ${count}`);
    }
    expect(await card(column(page, 'W toku'), 'Harmonogram').textContent()).toContain('31.12.2026');
    await page.getByText('Aktualizacje na żywo włączone').waitFor();
    expect((await axe(page, 'board (pl)')).violations).toEqual([]);
    await screenshot(page, 'board-1366');

    await page.getByRole('button', { name: 'Dodaj zadanie do kolumny „Wstrzymane”' }).click();
    const form = page.locator('form#new-task-BLOCKED');
    await page.waitForFunction(() => document.activeElement?.id === 'new-task-BLOCKED-field-title');
    await form.getByLabel('Tytuł').fill('Uzgodnienia z nadleśnictwem');
    await form.getByLabel('Osoba odpowiedzialna (nieobowiązkowo)').selectOption({ label: 'Katarzyna Kowalczyk (UG Rajcza)' });
    await form.getByLabel('Termin (nieobowiązkowo)').fill('31.02.2027');
    await form.getByRole('button', { name: 'Dodaj zadanie' }).click();
    await form.getByRole('alert').getByText('Wpisz termin jako dzień w postaci dd.mm.rrrr, np. 31.12.2026').waitFor();
    expect((await axe(page, 'board, new task error (pl)')).violations).toEqual([]);
    await form.getByLabel('Termin (nieobowiązkowo)').fill('28.02.2027');
    await form.getByRole('button', { name: 'Dodaj zadanie' }).click();
    const added = card(column(page, 'Wstrzymane'), 'Uzgodnienia z nadleśnictwem');
    await added.waitFor();
    expect(await added.textContent()).toContain('Katarzyna Kowalczyk (UG Rajcza)');
    expect(await added.textContent()).toContain('28.02.2027');
    expect(await column(page, 'Wstrzymane').getByRole('heading', { level: 2 }).textContent()).toBe('Wstrzymane, 1 zadanie');
  });

  it('looks calm on a phone too, with no sideways scrolling', async () => {
    const { page } = await openBoard(COORDINATOR, { width: 390, height: 844 });
    await card(page, 'Harmonogram').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect((await axe(page, 'board 390 (pl)')).violations).toEqual([]);
    await screenshot(page, 'board-390');
  });

  it('moves a card with the mouse, and the move is stored', async () => {
    const { page } = await openBoard(COORDINATOR);
    const moving = card(column(page, 'Do zrobienia'), 'Mapa tras');
    const from = (await moving.boundingBox())!;
    const to = (await column(page, 'Zrobione').locator('.board-column__body').boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + 12);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 12, from.y + 16, { steps: 4 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 20 });
    await page.mouse.up();
    await card(column(page, 'Zrobione'), 'Mapa tras').waitFor();
    await page.getByRole('status').getByText(/^Przeniesiono zadanie „Mapa tras”: kolumna „Zrobione”/).waitFor();
    await page.reload();
    await card(column(page, 'Zrobione'), 'Mapa tras').waitFor();
    expect(await card(column(page, 'Do zrobienia'), 'Mapa tras').count()).toBe(0);
  });

  it('moves a card with the keyboard: Space lifts, arrows move, Space drops, with Polish announcements', async () => {
    const { page } = await openBoard(COORDINATOR);
    const handle = page.getByRole('button', { name: 'Przeciągnij zadanie „Regulamin”' });
    expect(await handle.getAttribute('aria-roledescription')).toBe('zadanie do przeniesienia');
    await handle.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('[id^="DndLiveRegion"]')?.textContent?.includes('Podniesiono zadanie „Regulamin”: kolumna „Do zrobienia”'));
    expect((await axe(page, 'board, card lifted (pl)')).violations).toEqual([]);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('[id^="DndLiveRegion"]')?.textContent?.includes('kolumna „W toku”'));
    await page.keyboard.press('Space');
    await card(column(page, 'W toku'), 'Regulamin').waitFor();
    expect(await dragAnnouncer(page).textContent()).toMatch(/Upuszczono zadanie „Regulamin”: kolumna „W toku”, pozycja \d z 2\./);
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Przeciągnij zadanie „Regulamin”');
    await page.getByRole('status').getByText(/^Przeniesiono zadanie „Regulamin”: kolumna „W toku”/).waitFor();

    // Escape puts a lifted card back. The board refetches after its own move (the live event):
    // a key pressed while the card is drawn again is lost, so the refetch is let finish first and
    // the lift is pressed until it is announced.
    await page.waitForLoadState('networkidle');
    for (let attempt = 0; ; attempt += 1) {
      await handle.focus();
      await page.keyboard.press('Space');
      const lifted = await page
        .waitForFunction(() => document.querySelector('[id^="DndLiveRegion"]')?.textContent?.includes('Podniesiono zadanie „Regulamin”: kolumna „W toku”'), undefined, { timeout: 3_000 })
        .then(() => true)
        .catch(() => false);
      if (lifted) break;
      if (attempt === 3) throw new Error('the card was never lifted again');
    }
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('[id^="DndLiveRegion"]')?.textContent?.includes('Anulowano przenoszenie'));
    await page.reload();
    await card(column(page, 'W toku'), 'Regulamin').waitFor();
  });

  it('offers every move in a "Przenieś…" menu, keeping focus on the card', async () => {
    const { page } = await openBoard(COORDINATOR);
    await page.getByRole('button', { name: 'Przenieś zadanie „Ankieta mieszkańców”' }).click();
    const menu = page.getByRole('menu', { name: 'Przenieś zadanie „Ankieta mieszkańców”' });
    await menu.waitFor();
    const items = await menu.getByRole('menuitem').allTextContents();
    expect(items).toEqual(expect.arrayContaining(['Do kolumny „W toku” (na koniec)', 'Do kolumny „Wstrzymane” (na koniec)', 'Do kolumny „Zrobione” (na koniec)']));
    expect(items).not.toContain('Do kolumny „Do zrobienia” (na koniec)');
    expect((await axe(page, 'board, move menu open (pl)')).violations).toEqual([]);
    await menu.getByRole('menuitem', { name: 'Do kolumny „Zrobione” (na koniec)' }).click();
    await card(column(page, 'Zrobione'), 'Ankieta mieszkańców').waitFor();
    await page.getByRole('status').getByText('Przeniesiono zadanie „Ankieta mieszkańców”: kolumna „Zrobione”, pozycja 2 z 2.').waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-card-focus')?.startsWith('move:') && document.activeElement.textContent?.includes('„Ankieta mieszkańców”'));

    // Up within the column, from the keyboard.
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'W górę' }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Przeniesiono zadanie „Ankieta mieszkańców”: kolumna „Zrobione”, pozycja 1 z 2.').waitFor();
    await page.reload();
    const done = column(page, 'Zrobione').getByRole('article');
    await done.first().waitFor();
    expect(await done.evaluateAll((cards) => cards.map((c) => c.querySelector('h3 span')?.textContent))).toEqual(['Ankieta mieszkańców', 'Mapa tras']);
  });

  it('shows a move made by someone else without a reload', async () => {
    const first = await openBoard(COORDINATOR);
    const second = await openBoard(OFFICIAL);
    await first.page.getByText('Aktualizacje na żywo włączone').waitFor();
    await second.page.getByRole('button', { name: 'Przenieś zadanie „Harmonogram”' }).click();
    await second.page.getByRole('menuitem', { name: 'Do kolumny „Wstrzymane” (na koniec)' }).click();
    await card(column(second.page, 'Wstrzymane'), 'Harmonogram').waitFor();
    await card(column(first.page, 'Wstrzymane'), 'Harmonogram').waitFor();
    expect(await card(column(first.page, 'W toku'), 'Harmonogram').count()).toBe(0);
  });

  it('answers a conflicting edit with both versions, and "Zapisz moje" keeps the other change', async () => {
    const task = await createTask(coordinator, project.id, 'Spotkanie z KGW');
    const a = await openBoard(COORDINATOR);
    const b = await openBoard(OFFICIAL);
    await a.page.getByRole('button', { name: 'Spotkanie z KGW, edytuj' }).click();
    const formA = a.page.locator(`form#task-${task.id}`);
    await formA.getByLabel('Tytuł').fill('Spotkanie z KGW w Rajczy');

    await b.page.getByRole('button', { name: 'Spotkanie z KGW, edytuj' }).click();
    const formB = b.page.locator(`form#task-${task.id}`);
    await formB.getByLabel('Tytuł').fill('Spotkanie z kołem gospodyń');
    await formB.getByLabel('Opis').fill('Sala OSP, godz. 17');
    await formB.getByRole('button', { name: 'Zapisz zmiany' }).click();
    await card(b.page, 'Spotkanie z kołem gospodyń').waitFor();

    await formA.getByRole('button', { name: 'Zapisz zmiany' }).click();
    const panel = a.page.getByRole('region', { name: 'Ktoś zmienił to w międzyczasie' });
    await panel.waitFor();
    expect(await a.page.evaluate(() => document.activeElement?.classList.contains('conflict-panel'))).toBe(true);
    const title = panel.getByRole('listitem').filter({ has: a.page.getByRole('heading', { name: 'Tytuł' }) });
    expect(await title.locator('dd').allTextContents()).toEqual(['Spotkanie z kołem gospodyń', 'Spotkanie z KGW w Rajczy']);
    expect(await panel.textContent()).toContain('Ich pozostałe zmiany zostaną zachowane: Opis.');
    expect((await axe(a.page, 'board, conflict panel (pl)')).violations).toEqual([]);
    await screenshot(a.page, 'board-conflict-1366');
    await panel.getByRole('button', { name: 'Zapisz moje' }).click();
    await card(a.page, 'Spotkanie z KGW w Rajczy').waitFor();
    const stored = await readTask(coordinator, task.id);
    expect(stored).toMatchObject({ title: 'Spotkanie z KGW w Rajczy', description: 'Sala OSP, godz. 17', version: 3 });
    await card(b.page, 'Spotkanie z KGW w Rajczy').waitFor();
  });

  it('rolls a refused move back and offers to try again', async () => {
    const task = await createTask(coordinator, project.id, 'Wniosek o dofinansowanie');
    const { page, context } = await browser.newPage();
    await signIn(page, COORDINATOR);
    // No live updates for this page: it keeps the version it loaded while someone else edits.
    await context.routeWebSocket(/\/graphql$/, () => undefined);
    await page.goto(board());
    await card(page, 'Wniosek o dofinansowanie').waitFor();
    await coordinator.gql('mutation ($i: UpdateTaskInput!) { updateTask(input: $i) { id } }', { i: { id: task.id, expectedVersion: task.version, description: 'Zmiana z innego miejsca' } });
    await page.getByRole('button', { name: 'Przenieś zadanie „Wniosek o dofinansowanie”' }).click();
    await page.getByRole('menuitem', { name: 'Do kolumny „W toku” (na koniec)' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Zadanie zmieniono w międzyczasie — nie przeniesiono' });
    await alert.waitFor();
    await card(column(page, 'Do zrobienia'), 'Wniosek o dofinansowanie').waitFor();
    expect((await axe(page, 'board, move refused (pl)')).violations).toEqual([]);
    await alert.getByRole('button', { name: 'Spróbuj ponownie' }).click();
    await card(column(page, 'W toku'), 'Wniosek o dofinansowanie').waitFor();
    // Said once the API has answered (the card itself moves at once).
    await page.getByRole('status').getByText(/^Przeniesiono zadanie „Wniosek o dofinansowanie”: kolumna „W toku”/).waitFor();
    expect(await alert.count()).toBe(0);
    expect((await readTask(coordinator, task.id)).status).toBe('IN_PROGRESS');
  });

  it('speaks English in the English interface, as accessibly', async () => {
    const { page } = await browser.newPage();
    // The demo person's account keeps its language for the other tests: the choice stays in this page.
    await page.route('**/graphql', (route) => ((route.request().postData() ?? '').includes('SetPreferredLanguage') ? route.abort() : route.continue()));
    await signIn(page, COORDINATOR);
    await page.goto(board());
    await page.getByRole('heading', { level: 1, name: /^Tablica zadań:/ }).waitFor();
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Task board:/ }).waitFor();
    await page.mouse.move(600, 700);
    expect(await column(page, 'To do').getByRole('heading', { level: 2 }).textContent()).toMatch(/^To do, \d+ tasks?$/);
    expect((await axe(page, 'board (en)')).violations).toEqual([]);
    await page.getByRole('button', { name: /^Move task “/ }).first().click();
    await page.getByRole('menu').waitFor();
    expect(await page.getByRole('menuitem', { name: /^To column “/ }).count()).toBe(3);
    expect((await axe(page, 'board, move menu open (en)')).violations).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('shows the observer the board without move, add or edit controls', async () => {
    const { page } = await openBoard(OBSERVER);
    await card(page, 'Harmonogram').waitFor();
    await page.getByText('Twoja rola pozwala oglądać tablicę, ale nie zmieniać zadań.').waitFor();
    expect(await page.getByRole('button', { name: /^Przeciągnij zadanie/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Przenieś zadanie/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Dodaj zadanie/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Harmonogram, pokaż opis' }).click();
    await card(page, 'Harmonogram').getByText('Bez opisu.').waitFor();
    expect(await page.locator('.partnership-banner__role').textContent()).toBe('Obserwator');
    expect((await axe(page, 'board, observer (pl)')).violations).toEqual([]);
  });
});
