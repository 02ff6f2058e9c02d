import type { Page } from 'playwright-core';
import { apiSignIn, DEMO_SLUG, partnershipId } from './support/api';
import { axe, openBrowser, type Session, signIn } from './support/browser';

/** The demo partnership's first project in the pipeline (any project works: only controls are looked at). */
async function openFirstProject(page: Page): Promise<void> {
  await page.goto(`/partnerships/${DEMO_SLUG}/pipeline`);
  await page.locator('a[href^="/projects/"]').first().click();
  await page.waitForURL(/\/projects\/[0-9a-f-]+$/);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/**
 * Each demo person signs in and sees what their role allows and not what it does not. The API
 * decides (its refusals are tested there); here the page offers only what the API would take.
 */
describe('each demo role in the browser', () => {
  let browser: Session;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(() => expect(browser.pageErrors).toEqual([]));

  it('the platform administrator may create partnerships', async () => {
    const { page } = await browser.newPage();
    await signIn(page, 'admin@wspolnie.example');
    await page.getByRole('button', { name: 'Utwórz partnerstwo' }).waitFor();
    expect((await axe(page, 'partnerships (admin)')).violations).toEqual([]);
  });

  it('the coordinator invites people, starts projects and changes stages, and sees the role in the header', async () => {
    const { page } = await browser.newPage();
    await signIn(page, 'koordynator@wspolnie.example');
    await page.goto(`/partnerships/${DEMO_SLUG}`);
    await page.getByRole('heading', { name: 'Zaproś osobę' }).waitFor();
    expect(await page.locator('.partnership-banner').textContent()).toContain('Koordynator');
    await page.goto(`/partnerships/${DEMO_SLUG}/pipeline`);
    await page.getByRole('link', { name: 'Nowy projekt' }).waitFor();
    await openFirstProject(page);
    await page.getByRole('heading', { name: 'Zmień etap' }).waitFor();
    expect(await page.getByRole('button', { name: 'Utwórz partnerstwo' }).count()).toBe(0);
  });

  it('a council member changes stages but invites nobody and does not start projects', async () => {
    const { page } = await browser.newPage();
    await signIn(page, 'rada@wspolnie.example');
    await page.goto(`/partnerships/${DEMO_SLUG}`);
    await page.locator('.partnership-banner').getByText('Członek Rady Partnerstwa').waitFor();
    expect(await page.getByRole('heading', { name: 'Zaproś osobę' }).count()).toBe(0);
    await page.goto(`/partnerships/${DEMO_SLUG}/pipeline`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Nowy projekt' }).count()).toBe(0);
    await openFirstProject(page);
    await page.getByRole('heading', { name: 'Zmień etap' }).waitFor();
  });

  it("a gmina official starts projects for their gmina, acts under the gmina's name, and invites nobody", async () => {
    const { page } = await browser.newPage();
    await signIn(page, 'urzednik.rajcza@wspolnie.example');
    await page.goto(`/partnerships/${DEMO_SLUG}`);
    await page.locator('.partnership-banner').getByText('Urzędnik gminy (Rajcza)').waitFor();
    expect(await page.getByRole('heading', { name: 'Zaproś osobę' }).count()).toBe(0);
    await page.goto(`/partnerships/${DEMO_SLUG}/pipeline`);
    await page.getByRole('link', { name: 'Nowy projekt' }).waitFor();
    await openFirstProject(page);
    expect(await page.getByRole('heading', { name: 'Zmień etap' }).count()).toBe(0);
  });

  it('the observer reads everything and changes nothing', async () => {
    const { page } = await browser.newPage();
    await signIn(page, 'obserwator@wspolnie.example');
    await page.goto(`/partnerships/${DEMO_SLUG}`);
    await page.locator('.partnership-banner').getByText('Obserwator').waitFor();
    expect(await page.getByRole('heading', { name: 'Zaproś osobę' }).count()).toBe(0);
    await page.goto(`/partnerships/${DEMO_SLUG}/pipeline`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Nowy projekt' }).count()).toBe(0);
    await openFirstProject(page);
    expect(await page.getByRole('heading', { name: 'Zmień etap' }).count()).toBe(0);
    // A demo project with tasks, so there are cards whose controls could show.
    const observer = await apiSignIn('obserwator@wspolnie.example');
    const projects = await observer.gql<{ projects: { edges: { node: { id: string; tasks: { id: string }[] } }[] } }>(
      'query ($p: UUID!) { projects(partnershipId: $p, first: 50) { edges { node { id tasks { id } } } } }',
      { p: await partnershipId(observer) },
    );
    const withTasks = projects.projects.edges.find((edge) => edge.node.tasks.length > 0);
    expect(withTasks).toBeDefined();
    await page.goto(`/projects/${withTasks!.node.id}/board`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('section[aria-labelledby] li').first().waitFor();
    expect(await page.getByRole('button', { name: /^Przenieś/ }).count()).toBe(0);
    expect((await axe(page, 'board (observer)')).violations).toEqual([]);
  });

  it.each([
    ['doradca@wspolnie.example', 'Pilotaż'],
    ['kierownik.programu@wspolnie.example', 'Regiony Rewitalizacji'],
    ['konsultant.zachodniopomorskie@wspolnie.example', 'Regiony Rewitalizacji'],
  ])('%s reaches the advisory programmes from the navigation', async (email, programme) => {
    const { page } = await browser.newPage();
    await signIn(page, email);
    await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Programy doradcze' }).click();
    await page.getByRole('link', { name: new RegExp(programme) }).first().waitFor();
  });

  it('people without a programme role are not offered the programmes', async () => {
    const { page } = await browser.newPage();
    await signIn(page, 'obserwator@wspolnie.example');
    await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Moje partnerstwa' }).waitFor();
    expect(await page.getByRole('link', { name: 'Programy doradcze' }).count()).toBe(0);
  });
});
