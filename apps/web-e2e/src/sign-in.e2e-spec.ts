import { APP_URL, axe, openBrowser, screenshot, type Session, signIn } from './support/browser';

describe('signing in and out', () => {
  let browser: Session;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(() => expect(browser.pageErrors).toEqual([]));

  it('opens at / signed out, in Polish, on an accessible sign-in page', async () => {
    const { page } = await browser.newPage();
    await page.goto(APP_URL + '/');
    await page.waitForURL('**/sign-in');
    expect(await page.getAttribute('html', 'lang')).toBe('pl');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Zaloguj się');
    expect(await page.title()).toBe('Zaloguj się — Wspólnie');
    expect((await axe(page, 'sign-in (pl)')).violations).toEqual([]);
    await screenshot(page, 'sign-in-1366');
  });

  it('names what is missing next to the field and in the summary, and the API refusal in words', async () => {
    const { page } = await browser.newPage();
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    const summary = page.getByRole('alert');
    expect(await summary.textContent()).toContain('Wpisz adres e-mail');
    expect(await page.getByLabel('Adres e-mail').getAttribute('aria-invalid')).toBe('true');
    expect((await axe(page, 'sign-in error (pl)')).violations).toEqual([]);
    await page.getByRole('link', { name: 'Wpisz adres e-mail' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-email');

    await page.getByLabel('Adres e-mail').fill('koordynator@wspolnie.example');
    await page.getByLabel('Hasło').fill('not-the-password');
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    await page.getByRole('alert').getByText('Adres e-mail lub hasło są nieprawidłowe.').waitFor();
    expect(page.url()).toContain('/sign-in');
  });

  it('signs in, keeps the session across a reload without the refresh token in reach of scripts, and signs out', async () => {
    const { page, context } = await browser.newPage();
    await signIn(page, 'koordynator@wspolnie.example');
    expect(new URL(page.url()).pathname).toBe('/partnerships');
    const cookie = (await context.cookies()).find((c) => c.name === 'wspolnie_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/graphql' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('wspolnie_session');
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))).not.toContain(cookie!.value);

    await page.reload();
    await page.getByText('Anna Zięba', { exact: false }).first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/partnerships');

    await page.getByRole('button', { name: 'Wyloguj się' }).click();
    await page.waitForURL('**/sign-in?reason=signedOut');
    await page.getByText('Wylogowano.').waitFor();
    await page.goto('/partnerships');
    await page.waitForURL('**/sign-in?**');
  });
});
