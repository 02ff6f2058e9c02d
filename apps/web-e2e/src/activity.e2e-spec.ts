import type { Page, WebSocketRoute } from 'playwright-core';
import { type ApiSession, apiSignIn, createProject, createTask, DEMO_SLUG } from './support/api';
import { axe, openBrowser, screenshot, type Session, signIn } from './support/browser';

const COORDINATOR = 'koordynator@wspolnie.example';
const feed = (page: Page) => page.getByRole('list').filter({ has: page.locator('.activity-item') });
const sentences = (page: Page) => page.locator('.activity-item__sentence').allTextContents();

describe('the partnership activity feed', () => {
  let browser: Session;
  let coordinator: ApiSession;
  let project: { id: string };

  beforeAll(async () => {
    browser = await openBrowser();
    coordinator = await apiSignIn(COORDINATOR);
    project = await createProject(coordinator, `Dziennik testowy ${Date.now()}`);
    await createTask(coordinator, project.id, 'Zadanie na początek dziennika');
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(() => expect(browser.pageErrors).toEqual([]));

  async function openFeed() {
    const { page, context } = await browser.newPage();
    await signIn(page, COORDINATOR);
    await page.goto(`/partnerships/${DEMO_SLUG}/activity`);
    await page.getByRole('heading', { level: 1, name: 'Aktywność partnerstwa' }).waitFor();
    await feed(page).waitFor();
    return { page, context };
  }

  it('lists what happened, newest first, as sentences with who and when, and pages on', async () => {
    const { page } = await openFeed();
    const first = page.locator('.activity-item').first();
    expect(await first.locator('.activity-item__sentence').textContent()).toBe('Dodano zadanie „Zadanie na początek dziennika” w kolumnie „Do zrobienia”.');
    expect(await first.locator('dd').first().textContent()).toBe('Anna Zięba (Stowarzyszenie Aglomeracja Beskidzka) · Koordynator');
    expect(await first.locator('time').textContent()).toMatch(/^\d{1,2}\.\d{2}\.\d{4}, \d{1,2}:\d{2}$/);
    expect(await first.getByRole('link', { name: 'Tablica zadań' }).getAttribute('href')).toBe(`/projects/${project.id}/board`);
    expect(await page.locator('.partnership-banner__role').textContent()).toBe('Koordynator');
    expect((await axe(page, 'activity (pl)')).violations).toEqual([]);
    await screenshot(page, 'activity-1366');

    const before = await page.locator('.activity-item').count();
    const more = page.getByRole('button', { name: 'Pokaż więcej' });
    if (await more.count()) {
      await more.click();
      await page.waitForFunction((n) => document.querySelectorAll('.activity-item').length > n, before);
      const all = await page.locator('.activity-item').evaluateAll((items) => items.map((item) => item.querySelector('time')?.getAttribute('datetime') ?? ''));
      expect([...all].sort().reverse()).toEqual(all);
    }
  });

  it('reads in English in the English interface', async () => {
    const { page } = await browser.newPage();
    await page.route('**/graphql', (route) => ((route.request().postData() ?? '').includes('SetPreferredLanguage') ? route.abort() : route.continue()));
    await signIn(page, COORDINATOR);
    await page.goto(`/partnerships/${DEMO_SLUG}/activity`);
    await feed(page).waitFor();
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Partnership activity' }).waitFor();
    await page.mouse.move(600, 700);
    expect(await page.locator('.activity-item__sentence').first().textContent()).toBe('Task “Zadanie na początek dziennika” was added in column “To do”.');
    expect((await axe(page, 'activity (en)')).violations).toEqual([]);
  });

  it('puts a change made elsewhere at the top as it commits, without a reload, and says so politely', async () => {
    const { page } = await openFeed();
    await page.getByText('Aktualizacje na żywo włączone').waitFor();
    await createTask(coordinator, project.id, 'Zadanie dodane na żywo');
    const sentence = 'Dodano zadanie „Zadanie dodane na żywo” w kolumnie „Do zrobienia”.';
    await page.waitForFunction((text) => document.querySelector('.activity-item__sentence')?.textContent === text, sentence);
    await page.getByRole('status').getByText(`Nowe zdarzenie: ${sentence}`).waitFor();
    expect((await sentences(page)).filter((text) => text === sentence)).toHaveLength(1);
    expect((await axe(page, 'activity, live event (pl)')).violations).toEqual([]);
  });

  it('misses nothing committed while the connection was down', async () => {
    const { page, context } = await browser.newPage();
    const sockets: WebSocketRoute[] = [];
    await context.routeWebSocket(/\/graphql$/, (socket) => {
      socket.connectToServer();
      sockets.push(socket);
    });
    await signIn(page, COORDINATOR);
    await page.goto(`/partnerships/${DEMO_SLUG}/activity`);
    await page.getByText('Aktualizacje na żywo włączone').waitFor();
    await feed(page).waitFor();
    // The line drops (not a clean close): the client reconnects and resumes from the last seq it saw.
    await sockets.at(-1)!.close({ code: 4000, reason: 'line dropped' });
    await page.getByText('Utracono połączenie — wznawiamy…').waitFor();
    await createTask(coordinator, project.id, 'Zadanie z czasu przerwy');
    await createTask(coordinator, project.id, 'Drugie zadanie z czasu przerwy');
    await page.getByText('Aktualizacje na żywo włączone').waitFor({ timeout: 30_000 });
    const second = 'Dodano zadanie „Drugie zadanie z czasu przerwy” w kolumnie „Do zrobienia”.';
    await page.waitForFunction((text) => document.querySelector('.activity-item__sentence')?.textContent === text, second, { timeout: 30_000 });
    const shown = await sentences(page);
    expect(shown.slice(0, 2)).toEqual([second, 'Dodano zadanie „Zadanie z czasu przerwy” w kolumnie „Do zrobienia”.']);
    for (const text of shown.slice(0, 2)) expect(shown.filter((other) => other === text)).toHaveLength(1);
  });
});
