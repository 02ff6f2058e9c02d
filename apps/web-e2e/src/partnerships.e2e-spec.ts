import type { Page } from 'playwright-core';
import { axe, openBrowser, screenshot, type Session, signIn } from './support/browser';

const OVERVIEW = '/partnerships/aglomeracja-beskidzka-6';
const NAME = 'Partnerstwo 6 jst Aglomeracji Beskidzkiej';

/** What Intl gives for Polish in this browser: 12 184 has a no-break space; 8709 (four digits) is not grouped. */
const pl = (n: number) => new Intl.NumberFormat('pl-PL').format(n);

/** Elements reaching past the viewport's right edge outside a .table-scroll (which scrolls on its own). */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !el.closest('.table-scroll'))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right)}px`),
  );
}

async function openOverview(page: Page): Promise<void> {
  await page.goto(OVERVIEW);
  await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
  await page.getByRole('table').first().waitFor();
}

/**
 * The language switch, as a person uses it. Signed in, the choice is kept with the account, and
 * every test file shares the demo accounts: a test that switches to English switches back
 * (switchBack) before it ends, after the account has taken the choice.
 */
async function switchLanguage(page: Page, to: 'en' | 'pl'): Promise<void> {
  if ((await page.getAttribute('html', 'lang')) === to) return;
  const saved = page.waitForResponse((response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('SetPreferredLanguage'));
  await page.getByRole('button', { name: to === 'en' ? 'Switch to English' : 'Przełącz na język polski' }).click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, to);
  await saved;
  // The pointer stays on the switch otherwise, and its hover look is not what is being checked.
  await page.mouse.move(1, 1);
}

/** Pages switched to English in the running test: afterEach switches them back. */
const inEnglish: Page[] = [];
async function toEnglish(page: Page): Promise<void> {
  inEnglish.push(page);
  await switchLanguage(page, 'en');
}

/** Signs in and makes sure the page is in Polish (an earlier failed test may have left English). */
async function signInPolish(page: Page, email: string): Promise<void> {
  await signIn(page, email);
  await page.waitForFunction(() => document.querySelector('main h1') !== null);
  await switchLanguage(page, 'pl');
}

describe('partnerships', () => {
  let browser: Session;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    for (const page of inEnglish.splice(0)) await switchLanguage(page, 'pl');
    expect(browser.pageErrors).toEqual([]);
  });

  it('lists the coordinator’s partnerships with stage, gminas and role, accessibly in both languages', async () => {
    const { page } = await browser.newPage();
    await signInPolish(page, 'koordynator@wspolnie.example');
    await page.goto('/partnerships');
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: NAME }) });
    await card.waitFor();
    expect(await card.textContent()).toContain('Pakiet projektów kluczowych i zintegrowanych');
    expect(await card.textContent()).toContain('6 gmin członkowskich');
    expect(await card.textContent()).toContain('Koordynator');
    expect(await page.title()).toBe('Moje partnerstwa — Wspólnie');
    expect((await axe(page, 'partnerships list (pl)')).violations).toEqual([]);

    await toEnglish(page);
    await page.getByRole('heading', { level: 1, name: 'My partnerships' }).waitFor();
    expect(await card.textContent()).toContain('6 member gminas');
    expect(await card.textContent()).toContain('Coordinator');
    expect((await axe(page, 'partnerships list (en)')).violations).toEqual([]);

    await card.getByRole('link', { name: NAME }).click();
    await page.waitForURL(`**${OVERVIEW}`);
  });

  it('shows the overview: six gminas with TERC codes and Polish numbers, areas, people, and the header', async () => {
    const { page } = await browser.newPage();
    await signInPolish(page, 'koordynator@wspolnie.example');
    await openOverview(page);

    const rows = page.locator('.members-table tbody tr');
    expect(await rows.count()).toBe(6);
    const rajcza = rows.filter({ hasText: 'Rajcza' });
    expect(await rajcza.locator('td').first().textContent()).toBe('2417112');
    expect(await rajcza.textContent()).toContain(pl(8709));
    expect(await rajcza.textContent()).toContain('stan na 31.12.2020');
    expect(await rajcza.getByRole('link', { name: 'Rajcza' }).getAttribute('href')).toBe('/gminas/2417112');
    // Five digits are grouped with a no-break space, as Intl formats Polish.
    expect(await rows.filter({ hasText: 'Istebna' }).textContent()).toContain('12\u00a0184');
    expect(pl(12184)).toBe('12\u00a0184');
    expect(await rows.filter({ hasText: 'Istebna' }).textContent()).toContain('cieszyński');

    const banner = page.locator('.partnership-banner');
    expect(await banner.getByRole('link').textContent()).toBe(NAME);
    expect((await banner.locator('.partnership-banner__role').textContent())?.toLowerCase()).toBe('koordynator');
    expect(await page.getByRole('listitem').filter({ hasText: 'Trasy rowerowe' }).count()).toBe(1);
    const official = page.locator('.people__person').filter({ hasText: 'Katarzyna Kowalczyk (UG Rajcza)' });
    expect(await official.locator('.role-tag').textContent()).toBe('Urzędnik gminy (Rajcza)');
    expect(await page.getByRole('link', { name: 'Projekty wspólne (lejek projektów)' }).getAttribute('href')).toBe(`${OVERVIEW}/pipeline`);
    expect(await page.getByRole('link', { name: 'Aktywność w partnerstwie' }).getAttribute('href')).toBe(`${OVERVIEW}/activity`);
    expect(await page.getByRole('heading', { name: 'Zaproś osobę' }).count()).toBe(1);
    expect((await axe(page, 'partnership overview, coordinator (pl)')).violations).toEqual([]);
    await screenshot(page, 'partnership-overview-1366');

    await toEnglish(page);
    await page.getByRole('heading', { level: 2, name: 'Member gminas' }).waitFor();
    expect(await rajcza.textContent()).toContain('as of 31/12/2020');
    expect(await banner.locator('.partnership-banner__role').textContent()).toBe('Coordinator');
    expect(await page.getByRole('listitem').filter({ hasText: 'Cycling routes' }).count()).toBe(1);
    expect((await axe(page, 'partnership overview, coordinator (en)')).violations).toEqual([]);
  });

  it('lets the coordinator invite an official of Rajcza and shows the invitation waiting', async () => {
    const { page } = await browser.newPage();
    await signInPolish(page, 'koordynator@wspolnie.example');
    await openOverview(page);
    const email = `urzednik.${Date.now()}@rajcza.example`;
    await page.getByLabel('Adres e-mail', { exact: true }).fill(email);
    await page.getByLabel('Rola', { exact: true }).selectOption('GMINA_OFFICIAL');
    await page.getByLabel('Gmina, w imieniu której działa').selectOption('2417112');
    await page.getByRole('button', { name: 'Wyślij zaproszenie' }).click();
    await page.getByRole('status').getByText(`Wysłano zaproszenie do ${email} (Urzędnik gminy (Rajcza)).`).waitFor();
    const row = page.getByRole('row').filter({ hasText: email });
    await row.waitFor();
    expect(await row.textContent()).toContain('Urzędnik gminy (Rajcza)');
    expect(await row.textContent()).toContain('Czeka na przyjęcie');
    expect(await page.getByLabel('Adres e-mail', { exact: true }).inputValue()).toBe('');
    expect((await axe(page, 'partnership overview, invitation sent (pl)')).violations).toEqual([]);
  });

  it('shows the API’s refusal of an invalid e-mail next to the field and in the summary', async () => {
    const { page } = await browser.newPage();
    await signInPolish(page, 'koordynator@wspolnie.example');
    await openOverview(page);
    await page.getByLabel('Adres e-mail', { exact: true }).fill('to-nie-jest-adres');
    await page.getByLabel('Rola', { exact: true }).selectOption('OBSERVER');
    await page.getByRole('button', { name: 'Wyślij zaproszenie' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    const apiMessage = 'email musi być adresem e-mail.';
    expect(await summary.textContent()).toContain(apiMessage);
    const input = page.getByLabel('Adres e-mail', { exact: true });
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent()).toContain(apiMessage);
    expect(await page.title()).toBe(`Błąd: ${NAME} — Wspólnie`);
    expect((await axe(page, 'partnership invite error (pl)')).violations).toEqual([]);
    await page.getByRole('link', { name: new RegExp(apiMessage) }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('invite-field-email');

    await toEnglish(page);
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    await summary.getByText(/must be an e-mail address/i).waitFor();
    expect((await axe(page, 'partnership invite error (en)')).violations).toEqual([]);
  });

  it('lets the coordinator open a role editor, and keeps the last coordinator with the API’s words', async () => {
    const { page } = await browser.newPage();
    await signInPolish(page, 'koordynator@wspolnie.example');
    await openOverview(page);
    const opener = page.getByRole('button', { name: 'Zmień rolę: Anna Zięba (Stowarzyszenie Aglomeracja Beskidzka)' });
    await opener.click();
    expect(await opener.getAttribute('aria-expanded')).toBe('true');
    const editor = page.locator('form[id^="role-"]');
    await editor.getByLabel('Rola', { exact: true }).selectOption('OBSERVER');
    await editor.getByRole('button', { name: 'Zapisz rolę' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Anna Zięba');
    expect((await axe(page, 'partnership role editor error (pl)')).violations).toEqual([]);
    await page.getByRole('button', { name: 'Anuluj' }).click();
    expect(await opener.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.error-summary').count()).toBe(0);
    // Nothing changed: she is still the coordinator.
    expect((await page.locator('.partnership-banner__role').textContent())?.toLowerCase()).toBe('koordynator');
  });

  for (const [email, role] of [
    ['obserwator@wspolnie.example', 'Obserwator'],
    ['urzednik.rajcza@wspolnie.example', 'Urzędnik gminy (Rajcza)'],
  ] as const) {
    it(`shows ${email} the overview without invitations or role controls`, async () => {
      const { page } = await browser.newPage();
      await signInPolish(page, email);
      await openOverview(page);
      expect(await page.locator('.partnership-banner__role').textContent()).toBe(role);
      expect(await page.getByRole('heading', { name: 'Zaproś osobę' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /Zmień rolę|Wyślij zaproszenie|Odbierz rolę/ }).count()).toBe(0);
      expect(await page.getByRole('heading', { name: 'Zaproszenia bez odpowiedzi' }).count()).toBe(0);
      expect(await page.locator('.members-table tbody tr').count()).toBe(6);
      expect((await axe(page, `partnership overview, ${role} (pl)`)).violations).toEqual([]);
      await toEnglish(page);
      await page.getByRole('heading', { level: 2, name: 'People and their roles' }).waitFor();
      expect((await axe(page, `partnership overview, ${role} (en)`)).violations).toEqual([]);
    });
  }

  it('lets a platform administrator create a partnership (errors on their fields) and appoint its coordinator', async () => {
    const { page } = await browser.newPage();
    await signInPolish(page, 'admin@wspolnie.example');
    await page.goto('/partnerships');
    await page.getByRole('button', { name: 'Utwórz partnerstwo' }).click();
    const run = Date.now();
    const name = `Partnerstwo testowe ${run}`;
    await page.getByLabel('Nazwa partnerstwa').fill(name);
    expect(await page.getByLabel('Krótka nazwa w adresie').inputValue()).toBe(`partnerstwo-testowe-${run}`);
    // A gmina of no other test (Warszawa), and a code that is no gmina's.
    await page.getByLabel('Gminy członkowskie (kody TERC)').fill('1465011, 9999999');
    await page.getByRole('button', { name: 'Utwórz partnerstwo' }).last().click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('9999999');
    expect(await page.getByLabel('Gminy członkowskie (kody TERC)').getAttribute('aria-invalid')).toBe('true');
    expect((await axe(page, 'create partnership error (pl)')).violations).toEqual([]);

    await page.getByLabel('Gminy członkowskie (kody TERC)').fill('1465011');
    await page.getByRole('button', { name: 'Utwórz partnerstwo' }).last().click();
    await page.waitForURL(`**/partnerships/partnerstwo-testowe-${run}`);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    expect(await page.locator('.members-table tbody tr').textContent()).toContain('1465011');
    expect(await page.locator('.partnership-banner__role').textContent()).toBe('Administrator platformy (bez roli)');
    expect(await page.getByRole('heading', { name: 'Zaproś osobę' }).count()).toBe(0);

    await page.getByLabel('Adres e-mail koordynatora').fill(`koordynator.${run}@partnerstwo.example`);
    await page.getByRole('button', { name: 'Zaproś koordynatora' }).click();
    await page.getByRole('status').getByText(`Wysłano zaproszenie do koordynator.${run}@partnerstwo.example.`).waitFor();
    expect((await axe(page, 'new partnership, platform administrator (pl)')).violations).toEqual([]);
  });

  it('reads well on a phone', async () => {
    const { page } = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await signInPolish(page, 'koordynator@wspolnie.example');
    await openOverview(page);
    // Only the table scrolls sideways, never the page.
    expect(await overflowing(page)).toEqual([]);
    expect((await axe(page, 'partnership overview, phone (pl)')).violations).toEqual([]);
    await screenshot(page, 'partnership-overview-390');
    await page.goto('/partnerships');
    await page.getByRole('link', { name: NAME }).waitFor();
    expect(await overflowing(page)).toEqual([]);
    await screenshot(page, 'partnerships-list-390');
  });
});
