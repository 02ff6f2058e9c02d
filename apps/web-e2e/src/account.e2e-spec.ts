import type { Page } from 'playwright-core';
import { apiSignIn, type ApiSession, createProject, createTask, invitedPerson, mailedLinkPath } from './support/api';
import { axe, openBrowser, screenshot, type Session, signIn } from './support/browser';

const FIRST_PASSWORD = 'pierwsze hasło testu 2026';

/** The header's link to the inbox, by its accessible name ("Powiadomienia (2 nieprzeczytane)"). */
const inboxLink = (page: Page) => page.getByRole('link', { name: /^(Powiadomienia|Notifications)/ });

describe('the account: password, sessions, language and notifications', () => {
  let browser: Session;
  let coordinator: ApiSession;
  beforeAll(async () => {
    browser = await openBrowser();
    coordinator = await apiSignIn('koordynator@wspolnie.example');
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(() => expect(browser.pageErrors).toEqual([]));

  it('changes the password with the API’s refusals next to the fields; the old one stops working; signing out everywhere ends every session', async () => {
    const person = await invitedPerson(coordinator, 'Hasło Zmieniające', FIRST_PASSWORD);
    const elsewhere = await browser.newPage();
    await signIn(elsewhere.page, person.email, FIRST_PASSWORD);
    const { page } = await browser.newPage();
    await signIn(page, person.email, FIRST_PASSWORD);
    await page.getByRole('link', { name: 'Zmień hasło' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zmień hasło' }).waitFor();
    // The pointer would stay on the header's link, whose hover look is not what is checked here.
    await page.mouse.move(1, 1);
    expect((await axe(page, 'change password (pl)')).violations).toEqual([]);

    await page.getByRole('button', { name: 'Zmień hasło' }).click();
    await page.getByRole('alert').getByText('Wpisz obecne hasło').waitFor();
    expect((await axe(page, 'change password missing fields (pl)')).violations).toEqual([]);

    await page.getByLabel('Obecne hasło').fill('to nie jest moje hasło');
    await page.getByLabel('Nowe hasło').fill('drugie hasło testu 2026');
    await page.getByRole('button', { name: 'Zmień hasło' }).click();
    await page.locator('.field__error').getByText('Obecne hasło jest nieprawidłowe.').waitFor();
    expect(await page.getByLabel('Obecne hasło').getAttribute('aria-invalid')).toBe('true');
    expect((await axe(page, 'change password wrong current (pl)')).violations).toEqual([]);

    await page.getByLabel('Obecne hasło').fill(FIRST_PASSWORD);
    await page.getByLabel('Nowe hasło').fill('krótkie');
    await page.getByRole('button', { name: 'Zmień hasło' }).click();
    await page.locator('.field__error').getByText('Hasło musi mieć co najmniej 12 znaków.').waitFor();
    expect(await page.getByLabel('Nowe hasło').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Nowe hasło').fill('drugie hasło testu 2026');
    await page.getByRole('button', { name: 'Zmień hasło' }).click();
    await page.getByRole('status').getByText('Hasło zmienione.', { exact: false }).waitFor();
    expect((await axe(page, 'change password done (pl)')).violations).toEqual([]);
    await screenshot(page, 'change-password-done');
    // This tab carries on with its new session, after a reload too; the old password is refused.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Zmień hasło' }).waitFor();
    await expect(apiSignIn(person.email, FIRST_PASSWORD)).rejects.toThrow(/sign-in of .* failed/);
    await apiSignIn(person.email, 'drugie hasło testu 2026');
    // The other browser's session ended with the old password.
    await elsewhere.page.goto('/account/password');
    await elsewhere.page.waitForURL('**/sign-in?**');

    await page.getByRole('button', { name: 'Wyloguj się ze wszystkich urządzeń' }).click();
    await page.waitForURL('**/sign-in?reason=signedOutEverywhere');
    await page.getByRole('status').getByText('Wylogowano Cię ze wszystkich urządzeń.', { exact: false }).waitFor();
    expect((await axe(page, 'sign-in after signing out everywhere (pl)')).violations).toEqual([]);
    await page.goto('/account/password');
    await page.waitForURL('**/sign-in?**');
  });

  it('resets a forgotten password through the e-mailed link, then signs in with it', async () => {
    const person = await invitedPerson(coordinator, 'Zapominalska Osoba', FIRST_PASSWORD);
    const { page } = await browser.newPage();
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Nie pamiętasz hasła?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nie pamiętasz hasła?' }).waitFor();
    expect((await axe(page, 'forgot password (pl)')).violations).toEqual([]);
    await page.getByLabel('Adres e-mail').fill('to-nie-adres');
    await page.getByRole('button', { name: 'Wyślij link' }).click();
    await page.getByRole('alert').getByText('Wpisz adres e-mail w poprawnej postaci', { exact: false }).waitFor();
    expect((await axe(page, 'forgot password bad address (pl)')).violations).toEqual([]);
    await page.getByLabel('Adres e-mail').fill(person.email);
    await page.getByRole('button', { name: 'Wyślij link' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sprawdź swoją skrzynkę e-mail' }).waitFor();
    await page.getByText('Odpowiadamy tak samo bez względu na to, czy konto istnieje', { exact: false }).waitFor();
    expect((await axe(page, 'forgot password sent (pl)')).violations).toEqual([]);

    const link = await mailedLinkPath(person.email, '/reset-password');
    const reset = await browser.newPage();
    await reset.page.goto(link);
    await reset.page.getByRole('heading', { level: 1, name: 'Ustaw nowe hasło' }).waitFor();
    await reset.page.waitForFunction(() => location.hash === '');
    await reset.page.getByRole('button', { name: 'Ustaw nowe hasło' }).click();
    await reset.page.getByRole('alert').getByText('Wpisz nowe hasło').waitFor();
    await reset.page.getByLabel('Nowe hasło').fill('krótkie');
    await reset.page.getByRole('button', { name: 'Ustaw nowe hasło' }).click();
    await reset.page.locator('.field__error').getByText('Hasło musi mieć co najmniej 12 znaków.').waitFor();
    expect((await axe(reset.page, 'reset password weak (pl)')).violations).toEqual([]);
    await reset.page.getByLabel('Nowe hasło').fill('hasło po resecie 2026');
    await reset.page.getByRole('button', { name: 'Ustaw nowe hasło' }).click();
    await reset.page.waitForURL('**/sign-in?reason=passwordReset');
    await reset.page.getByRole('status').getByText('Ustawiono nowe hasło.', { exact: false }).waitFor();
    await signIn(reset.page, person.email, 'hasło po resecie 2026');
    await expect(apiSignIn(person.email, FIRST_PASSWORD)).rejects.toThrow(/sign-in of .* failed/);

    // The link worked once; in English, the page says so.
    const used = await browser.newPage({ locale: 'en-GB' });
    await used.page.goto('/forgot-password');
    await used.page.getByRole('button', { name: 'Switch to English' }).click();
    await used.page.mouse.move(1, 1);
    await used.page.getByRole('heading', { level: 1, name: 'Forgotten your password?' }).waitFor();
    expect((await axe(used.page, 'forgot password (en)')).violations).toEqual([]);
    await used.page.goto(link);
    await used.page.getByRole('heading', { level: 1, name: 'Set a new password' }).waitFor();
    await used.page.getByLabel('New password').fill('jeszcze inne hasło 2026');
    await used.page.getByRole('button', { name: 'Set the new password' }).click();
    await used.page.getByRole('heading', { level: 1, name: 'This link for a new password does not work' }).waitFor();
    expect((await axe(used.page, 'reset password used link (en)')).violations).toEqual([]);
  });

  it('remembers English for the person: a new browser signs in in English, html[lang] "en"', async () => {
    const person = await invitedPerson(coordinator, 'Językowa Osoba', FIRST_PASSWORD);
    const first = await browser.newPage();
    await signIn(first.page, person.email, FIRST_PASSWORD);
    const saved = first.page.waitForResponse((response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('SetPreferredLanguage'));
    await first.page.getByRole('button', { name: 'Switch to English' }).click();
    await first.page.mouse.move(1, 1);
    await saved;
    expect(await first.page.getAttribute('html', 'lang')).toBe('en');
    await first.page.goto('/account/password');
    await first.page.getByRole('heading', { level: 1, name: 'Change password' }).waitFor();
    expect((await axe(first.page, 'change password (en)')).violations).toEqual([]);
    await first.page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await first.page.waitForURL('**/sign-in?reason=signedOut');

    // A new context: no stored choice in this browser, Polish at first.
    const second = await browser.newPage();
    await second.page.goto('/sign-in');
    expect(await second.page.getAttribute('html', 'lang')).toBe('pl');
    await signIn(second.page, person.email, FIRST_PASSWORD);
    await second.page.waitForFunction(() => document.documentElement.lang === 'en');
    await second.page.goto('/account/password');
    await second.page.getByRole('heading', { level: 1, name: 'Change password' }).waitFor();
    expect(await second.page.getAttribute('html', 'lang')).toBe('en');
    expect((await person.session.gql<{ me: { preferredLanguage: string } }>('{ me { preferredLanguage } }')).me.preferredLanguage).toBe('EN');
  });

  it('lists the person’s notifications, live, and marking them read updates the count', async () => {
    const person = await invitedPerson(coordinator, 'Powiadamiana Osoba', FIRST_PASSWORD);
    const project = await createProject(coordinator, `Projekt powiadomień ${Date.now().toString(36)}`);
    await createTask(coordinator, project.id, 'Zebrać zgody właścicieli działek', { assigneeId: person.session.userId });
    await createTask(coordinator, project.id, 'Przygotować mapę tras', { assigneeId: person.session.userId });

    const { page } = await browser.newPage();
    await signIn(page, person.email, FIRST_PASSWORD);
    await page.getByRole('link', { name: 'Powiadomienia (2 nieprzeczytane)' }).waitFor();
    await inboxLink(page).click();
    await page.getByRole('heading', { level: 1, name: 'Powiadomienia' }).waitFor();
    await page.mouse.move(1, 1);
    const list = page.getByRole('list', { name: 'Twoje powiadomienia, od najnowszych' });
    await list.getByText('Anna Zięba (Stowarzyszenie Aglomeracja Beskidzka) przydziela Ci zadanie „Przygotować mapę tras”.').waitFor();
    // Newest first; unread said in words, not only by colour.
    expect(await list.locator('.notification__text').allTextContents()).toEqual([
      'Anna Zięba (Stowarzyszenie Aglomeracja Beskidzka) przydziela Ci zadanie „Przygotować mapę tras”.',
      'Anna Zięba (Stowarzyszenie Aglomeracja Beskidzka) przydziela Ci zadanie „Zebrać zgody właścicieli działek”.',
    ]);
    expect(await list.getByText('Nowe', { exact: true }).count()).toBe(2);
    expect((await axe(page, 'notifications (pl)')).violations).toEqual([]);

    await list.getByRole('button', { name: 'Oznacz jako przeczytane' }).first().click();
    await page.getByRole('link', { name: 'Powiadomienia (1 nieprzeczytane)' }).waitFor();
    expect(await list.getByText('Nowe', { exact: true }).count()).toBe(1);

    // Live: a new assignment appears without a reload, and the count follows.
    await createTask(coordinator, project.id, 'Zamówić tablice informacyjne', { assigneeId: person.session.userId });
    await list.getByText('Anna Zięba (Stowarzyszenie Aglomeracja Beskidzka) przydziela Ci zadanie „Zamówić tablice informacyjne”.').waitFor();
    await page.getByRole('link', { name: 'Powiadomienia (2 nieprzeczytane)' }).waitFor();
    expect(await list.locator('.notification__text').first().textContent()).toContain('Zamówić tablice informacyjne');
    await screenshot(page, 'notifications-1366');

    await page.getByRole('button', { name: 'Oznacz wszystkie jako przeczytane' }).click();
    await page.getByRole('link', { name: 'Powiadomienia', exact: true }).waitFor();
    expect(await list.getByText('Nowe', { exact: true }).count()).toBe(0);
    await page.getByText('Wszystko przeczytane').waitFor();
    expect((await axe(page, 'notifications all read (pl)')).violations).toEqual([]);

    // In English the sentences come again in English.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.mouse.move(1, 1);
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await list.or(page.getByRole('list', { name: 'Your notifications, newest first' })).getByText('Anna Zięba (Stowarzyszenie Aglomeracja Beskidzka) assigned you the task „Zamówić tablice informacyjne”.').waitFor();
    expect((await axe(page, 'notifications (en)')).violations).toEqual([]);
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(phone.page, person.email, FIRST_PASSWORD);
    await phone.page.goto('/notifications');
    await phone.page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(phone.page, 'notifications-390');
  });
});
