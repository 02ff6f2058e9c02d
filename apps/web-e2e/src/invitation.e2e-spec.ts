import { apiSignIn, type ApiSession, DEMO_SLUG, inviteToDemo, mailedLinkPath } from './support/api';
import { axe, openBrowser, screenshot, type Session, signIn } from './support/browser';

const PARTNERSHIP = 'Partnerstwo 6 jst Aglomeracji Beskidzkiej';
const newAddress = (who: string) => `${who}.${Date.now().toString(36)}@test.example`;

describe('an e-mailed invitation link', () => {
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

  it('opens in a new browser, makes an account with a name and a password, and lands in the partnership signed in', async () => {
    const email = newAddress('zaproszona');
    await inviteToDemo(coordinator, email, 'COUNCIL_MEMBER');
    const link = await mailedLinkPath(email, '/accept-invitation');
    const { page, context } = await browser.newPage();
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: `Zaproszenie do partnerstwa „${PARTNERSHIP}”` }).waitFor();
    // The token is off the address and out of the history entry at once.
    await page.waitForFunction(() => location.hash === '');
    expect(page.url()).not.toContain('token');
    const offer = page.getByRole('region', { name: 'Co obejmuje zaproszenie' });
    expect(await offer.textContent()).toContain('członek Rady Partnerstwa');
    expect(await offer.textContent()).toContain(email);
    expect((await axe(page, 'accept-invitation new account (pl)')).violations).toEqual([]);
    await screenshot(page, 'accept-invitation-1366');

    await page.getByRole('button', { name: 'Załóż konto i przyjmij zaproszenie' }).click();
    await page.getByRole('alert').getByText('Wpisz imię i nazwisko').waitFor();
    expect(await page.getByLabel('Imię i nazwisko').getAttribute('aria-invalid')).toBe('true');
    expect(await page.title()).toBe(`Błąd: Zaproszenie do partnerstwa „${PARTNERSHIP}” — Wspólnie`);
    expect((await axe(page, 'accept-invitation missing fields (pl)')).violations).toEqual([]);

    // The API's password rule, in its words, next to the field.
    await page.getByLabel('Imię i nazwisko').fill('Halina Zaproszona');
    await page.getByLabel('Hasło').fill('krótkie');
    await page.getByRole('button', { name: 'Załóż konto i przyjmij zaproszenie' }).click();
    await page.locator('.field__error').getByText('Hasło musi mieć co najmniej 12 znaków.').waitFor();
    expect((await axe(page, 'accept-invitation weak password (pl)')).violations).toEqual([]);

    await page.getByLabel('Hasło').fill('hasło z zaproszenia 2026');
    await page.getByRole('button', { name: 'Załóż konto i przyjmij zaproszenie' }).click();
    await page.waitForURL(`**/partnerships/${DEMO_SLUG}`);
    await page.locator('.site-header__user').getByText('Halina Zaproszona').waitFor();
    expect(page.url()).not.toContain('token');
    expect((await context.cookies()).some((cookie) => cookie.name === 'wspolnie_session')).toBe(true);
    // Signed in for real: the role is there after a reload too.
    const me = await (await apiSignIn(email, 'hasło z zaproszenia 2026')).gql<{ me: { partnershipRoles: { role: string }[] } }>('{ me { partnershipRoles { role } } }');
    expect(me.me.partnershipRoles).toEqual([{ role: 'COUNCIL_MEMBER' }]);
  });

  it('reads in English too, and says clearly in both languages that a used link no longer works', async () => {
    const email = newAddress('wykorzystany');
    await inviteToDemo(coordinator, email);
    const link = await mailedLinkPath(email, '/accept-invitation');
    const { page } = await browser.newPage();
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.mouse.move(1, 1);
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: `Invitation to the partnership “${PARTNERSHIP}”` }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect((await axe(page, 'accept-invitation new account (en)')).violations).toEqual([]);

    // Someone used the link meanwhile (here: through the API).
    const token = link.split('#token=')[1];
    await coordinator.raw('mutation ($i: CreateAccountFromInvitationInput!) { createAccountFromInvitation(input: $i) { accessToken } }', {
      i: { token, displayName: 'Ktoś Wcześniejszy', password: 'hasło z zaproszenia 2026' },
    });
    await page.getByLabel('Full name').fill('Za Późno');
    await page.getByLabel('Password').fill('hasło z zaproszenia 2026');
    await page.getByRole('button', { name: 'Create account and accept the invitation' }).click();
    await page.getByRole('heading', { level: 1, name: 'This invitation link does not work' }).waitFor();
    await page.getByText('was used already', { exact: false }).waitFor();
    expect((await axe(page, 'accept-invitation used meanwhile (en)')).violations).toEqual([]);

    // The API's words follow a switch of language.
    await page.getByRole('button', { name: 'Przełącz na język polski' }).click();
    await page.mouse.move(1, 1);
    await page.getByRole('heading', { level: 1, name: 'Ten link zaproszenia nie działa' }).waitFor();
    await page.getByText('zaproszenie zostało już wykorzystane', { exact: false }).waitFor();
    expect((await axe(page, 'accept-invitation used meanwhile (pl)')).violations).toEqual([]);

    // Opened again later, the used link says the same at once.
    const later = await browser.newPage();
    await later.page.goto(link);
    await later.page.getByRole('heading', { level: 1, name: 'Ten link zaproszenia nie działa' }).waitFor();
    await later.page.getByText('zaproszenie zostało już wykorzystane', { exact: false }).waitFor();
    expect(later.page.url()).not.toContain('token');
    expect((await axe(later.page, 'accept-invitation used link (pl)')).violations).toEqual([]);

    await page.goto('/accept-invitation');
    await page.getByText('W adresie brakuje kodu zaproszenia', { exact: false }).waitFor();
    expect((await axe(page, 'accept-invitation no token (pl)')).violations).toEqual([]);
  });

  it('tells someone signed in as another person that it is not theirs, and lets them sign out to the invitee’s form', async () => {
    const email = newAddress('dla.kogos.innego');
    await inviteToDemo(coordinator, email);
    const link = await mailedLinkPath(email, '/accept-invitation');
    const { page } = await browser.newPage();
    await signIn(page, 'rada@wspolnie.example');
    await page.goto(link);
    await page.getByRole('heading', { level: 2, name: 'Zaproszenie dla innego konta' }).waitFor();
    expect(await page.getByText('Korzystasz teraz z konta rada@wspolnie.example', { exact: false }).isVisible()).toBe(true);
    expect((await axe(page, 'accept-invitation other account (pl)')).violations).toEqual([]);
    await page.getByRole('button', { name: `Wyloguj się, aby przyjąć zaproszenie jako ${email}` }).click();
    await page.getByRole('heading', { level: 2, name: 'Załóż konto' }).waitFor();
    expect(page.url()).not.toContain('token');
  });
});
