import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { apiSignIn } from './support/api';
import { axe, openBrowser, screenshot, type Session, signIn } from './support/browser';

const WEST_CONSULTANT = 'konsultant.zachodniopomorskie@wspolnie.example';
const MANAGER = 'kierownik.programu@wspolnie.example';
const CWD_ADVISOR = 'doradca@wspolnie.example';
const COORDINATOR = 'koordynator@wspolnie.example';
const WEST_TEAM = 'Urząd Marszałkowski Województwa Zachodniopomorskiego';
const REVITALISATION = /^Regiony Rewitalizacji/;
const SEMINAR = 'Seminarium Forum Rozwoju Lokalnego: 29 miast przedstawia efekty lokalnych planów rozwoju';
// This run's own records (the run shares one database): a consultation in a month no demo activity is in.
const RUN = Date.now().toString(36);
const TITLE = `Konsultacja gminnego programu rewitalizacji (e2e ${RUN})`;

async function openProgramme(page: Page, name: RegExp | string): Promise<void> {
  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Programy doradcze' }).click();
  await page.getByRole('heading', { level: 1, name: 'Programy doradcze' }).waitFor();
  await page.getByRole('heading', { level: 2, name }).getByRole('link').click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** The newest confirmation link e-mailed to `email`, read from the outbox as `npm run outbox` shows it. */
async function confirmationToken(email: string): Promise<string> {
  const { runCli } = await import('@wspolnie/testing-api-process');
  const { stdout, stderr, code } = await runCli(['outbox', email], { DATA_DIR: process.env['WEB_E2E_DATA_DIR'] ?? '' });
  const token = /rejestracja\/potwierdz#token=([\w-]+)/.exec(stdout)?.[1];
  if (!token) throw new Error(`no confirmation link for ${email} (exit ${code}):\n${stdout}\n${stderr}`);
  return token;
}

describe('advisory support', () => {
  let browser: Session;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(() => expect(browser.pageErrors).toEqual([]));

  it('shows the team consultant their programmes with their team, and the team’s activities only', async () => {
    const { page } = await browser.newPage();
    await signIn(page, WEST_CONSULTANT);
    await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Programy doradcze' }).click();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: REVITALISATION }) });
    await card.waitFor();
    expect(await card.textContent()).toContain(`Konsultant — zespół: ${WEST_TEAM}`);
    expect((await axe(page, 'advisory programmes (pl)')).violations).toEqual([]);

    await card.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: REVITALISATION }).waitFor();
    await page.getByText('4 działania', { exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'Spotkanie edukacyjne 1/4: Wykorzystanie narzędzi wynikających z ustawy o rewitalizacji' }).count()).toBe(1);
    // The other team's meeting is not theirs to see, nor a team filter to pick it.
    expect(await page.getByRole('link', { name: /Monitoring i ewaluacja/ }).count()).toBe(0);
    expect(await page.getByLabel('Zespół regionalny').count()).toBe(0);
    expect((await axe(page, 'advisory programme (pl)')).violations).toEqual([]);
    await screenshot(page, 'advisory-programme-1366');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(page, 'advisory-programme-390');
  });

  it('records a consultation reaching a gmina with its participants, lists it and counts it in the report', async () => {
    const { page } = await browser.newPage();
    await signIn(page, WEST_CONSULTANT);
    await openProgramme(page, REVITALISATION);
    await page.getByRole('link', { name: 'Zapisz wsparcie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zapisz wsparcie' }).waitFor();
    expect(await page.getByText(`Zespół: ${WEST_TEAM}`).count()).toBe(1);
    await screenshot(page, 'advisory-activity-form-1366');

    await page.getByRole('button', { name: 'Zapisz działanie' }).click();
    const summary = page.getByRole('alert');
    await summary.getByText('Wybierz rodzaj działania').waitFor();
    expect(await summary.textContent()).toContain('Wpisz tytuł działania');
    expect(await page.title()).toMatch(/^Błąd: /);
    expect((await axe(page, 'advisory activity form error (pl)')).violations).toEqual([]);
    await page.getByRole('link', { name: /Wpisz tytuł działania/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-title');

    await page.getByLabel('Konsultacja', { exact: true }).check();
    await page.getByLabel('Tytuł').fill(TITLE);
    await page.getByLabel('Data', { exact: true }).fill('15.09.2021');
    await page.getByLabel('Godzina rozpoczęcia (nieobowiązkowo)').fill('10:00');
    await page.getByLabel('Miejsce', { exact: true }).fill('Police, Urząd Miejski, sala narad');
    await page.getByLabel('Dodaj gminę').fill('Police');
    await page.getByRole('button', { name: 'Dodaj: Police', exact: true }).click();
    const participants = page.getByRole('group', { name: 'Police', exact: true }).getByLabel('Liczba uczestników');
    await participants.fill('siedem');
    await page.getByLabel('Ustalenia i notatki').fill('Omówiono harmonogram konsultacji społecznych programu.');
    await page.getByRole('button', { name: 'Zapisz działanie' }).click();
    await page.getByRole('alert').getByText(/Police: wpisz liczbę uczestników/).waitFor();
    expect(await participants.getAttribute('aria-invalid')).toBe('true');
    expect((await axe(page, 'advisory activity form participants error (pl)')).violations).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'advisory-activity-form-390');
    await page.setViewportSize({ width: 1366, height: 768 });

    await participants.fill('7');
    await page.getByRole('button', { name: 'Zapisz działanie' }).click();
    await page.waitForURL(/\/activities\/[0-9a-f-]{36}$/);
    await page.getByText('Zapisano działanie. Liczy się w raporcie programu.').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE);
    expect(await page.getByRole('row', { name: /Police/ }).textContent()).toContain('7');
    expect((await axe(page, 'advisory activity (pl)')).violations).toEqual([]);
    const activityUrl = page.url();

    await page.getByRole('link', { name: REVITALISATION }).click();
    await page.getByRole('link', { name: TITLE }).waitFor();
    expect(await page.getByText('5 działań', { exact: true }).count()).toBe(1);

    await page.getByRole('link', { name: 'Raport programu' }).click();
    await page.getByRole('heading', { level: 1, name: 'Raport programu' }).waitFor();
    await page.getByLabel('Od dnia').fill('01.09.2021');
    await page.getByLabel('Do dnia').fill('30.09.2021');
    await page.getByRole('button', { name: 'Pokaż raport' }).click();
    await page.getByRole('heading', { level: 2, name: 'Podsumowanie: 01.09.2021 – 30.09.2021' }).waitFor();
    const consultations = page.getByRole('region', { name: 'Według rodzaju działania' }).getByRole('row', { name: /^Konsultacja/ });
    expect((await consultations.getByRole('cell').allTextContents()).slice(0, 4)).toEqual(['1', '1', '7', '1,00']);
    expect(await page.getByText(`Raport obejmuje działania zespołu: ${WEST_TEAM}.`).count()).toBe(1);
    expect((await axe(page, 'advisory report (pl)')).violations).toEqual([]);

    // Two tabs edit the activity: the second save is told the first one won, and keeps its draft.
    const context = page.context();
    const theirs = await context.newPage();
    await page.goto(`${activityUrl}/edit`);
    await theirs.goto(`${activityUrl}/edit`);
    await theirs.getByLabel('Tytuł').fill(`${TITLE} — poprawiona`);
    await theirs.getByRole('button', { name: 'Zapisz zmiany' }).click();
    await theirs.waitForURL(activityUrl);
    await page.getByLabel('Ustalenia i notatki').fill('Uzgodniono termin kolejnej konsultacji.');
    await page.getByRole('button', { name: 'Zapisz zmiany' }).click();
    const conflict = page.getByRole('region', { name: 'Ktoś zmienił to w międzyczasie' });
    await conflict.waitFor();
    // Theirs against mine where I changed something; their title is kept whatever I choose.
    expect(await conflict.getByRole('listitem').filter({ hasText: 'Ustalenia i notatki' }).textContent()).toContain('Uzgodniono termin kolejnej konsultacji.');
    expect(await conflict.textContent()).toContain('Ich pozostałe zmiany zostaną zachowane: Tytuł.');
    expect(await page.getByLabel('Ustalenia i notatki').inputValue()).toBe('Uzgodniono termin kolejnej konsultacji.');
    expect((await axe(page, 'advisory activity conflict (pl)')).violations).toEqual([]);
    await conflict.getByRole('button', { name: 'Zapisz moje' }).click();
    await page.waitForURL(activityUrl);
    // Only what this tab changed was sent again: their title stays.
    await page.getByRole('heading', { level: 1, name: `${TITLE} — poprawiona` }).waitFor();
    await page.getByText('Uzgodniono termin kolejnej konsultacji.').waitFor();
  });

  it('shows the programme manager every team’s activities and downloads the report as CSV', async () => {
    const { page } = await browser.newPage();
    await signIn(page, MANAGER);
    await openProgramme(page, REVITALISATION);
    await page.getByRole('link', { name: 'Spotkanie edukacyjne: Monitoring i ewaluacja działań rewitalizacyjnych' }).waitFor();
    await page.getByRole('link', { name: 'Spotkanie edukacyjne 4/4: Wykorzystanie narzędzi wynikających z ustawy o rewitalizacji' }).waitFor();
    expect(await page.getByRole('cell', { name: 'Urząd Marszałkowski Województwa Lubelskiego' }).count()).toBeGreaterThan(0);
    await page.getByLabel('Zespół regionalny').selectOption({ label: 'Urząd Marszałkowski Województwa Lubelskiego' });
    await page.getByRole('button', { name: 'Pokaż działania' }).click();
    await page.getByText('1 działanie', { exact: true }).waitFor();
    expect((await axe(page, 'advisory programme, manager (pl)')).violations).toEqual([]);

    await page.getByRole('link', { name: 'Raport programu' }).click();
    await page.getByRole('heading', { level: 2, name: /^Podsumowanie/ }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Pobierz CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(';');
    expect(csv).toContain('Regiony Rewitalizacji');
    await page.getByText(`Pobrano plik ${download.suggestedFilename()}.`).waitFor();

    // English is checked signed out (below): a demo person's language is their account's, which others sign in to.
  });

  it('shows a partnership’s coordinator the support it received, without the organisers’ actions', async () => {
    const advisor = await apiSignIn(CWD_ADVISOR);
    const { programmes } = await advisor.gql<{ programmes: { edges: { node: { id: string; name: string } }[] } }>('{ programmes { edges { node { id name } } } }');
    const cwd = programmes.edges.find(({ node }) => node.name.startsWith('Pilotaż'))?.node;
    const { activities } = await advisor.gql<{ activities: { edges: { node: { id: string; title: string } }[] } }>('query ($p: UUID!) { activities(programmeId: $p, kind: WORKSHOP) { edges { node { id title } } } }', { p: cwd?.id });
    const workshop = activities.edges[0].node;

    const { page } = await browser.newPage();
    await signIn(page, COORDINATOR);
    await page.goto(`/activities/${workshop.id}`);
    await page.getByRole('heading', { level: 1, name: workshop.title }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Dalsze kroki' }).waitFor();
    expect(await page.getByRole('link', { name: 'Popraw' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Zapisy' }).count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Programy doradcze' }).count()).toBe(0);
    expect((await axe(page, 'advisory activity, partnership coordinator (pl)')).violations).toEqual([]);
  });

  it('lets the manager open registration for a seminar with a limit and a deadline, and close it', async () => {
    const manager = await apiSignIn(MANAGER);
    const { programmes } = await manager.gql<{ programmes: { edges: { node: { id: string; name: string } }[] } }>('{ programmes { edges { node { id name } } } }');
    const forum = programmes.edges.find(({ node }) => node.name.startsWith('Rozwój lokalny'))?.node;
    const title = `Seminarium e2e ${RUN}: finansowanie lokalnych planów`;
    const { createActivity } = await manager.gql<{ createActivity: { id: string } }>('mutation ($i: CreateActivityInput!) { createActivity(input: $i) { id } }', {
      i: { programmeId: forum?.id, kind: 'SEMINAR', title, heldOn: '2031-05-20', format: 'ONLINE', link: 'https://transmisja.example/e2e' },
    });

    const { page } = await browser.newPage();
    await signIn(page, MANAGER);
    await page.goto(`/activities/${createActivity.id}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('Zapisy zamknięte.', { exact: false }).waitFor();
    const form = page.getByRole('form', { name: 'Otwórz zapisy' });
    await form.getByLabel('Liczba miejsc').fill('0');
    await form.getByRole('button', { name: 'Otwórz zapisy' }).click();
    await page.getByRole('alert').getByText('Wpisz liczbę miejsc od 1 do 100 000 albo zostaw pole puste').waitFor();
    expect((await axe(page, 'advisory open registration error (pl)')).violations).toEqual([]);
    await form.getByLabel('Liczba miejsc').fill('30');
    await form.getByLabel('Zapisy do dnia').fill('18.05.2031');
    await form.getByLabel('Do godziny').fill('23:59');
    await form.getByRole('button', { name: 'Otwórz zapisy' }).click();
    await page.getByText('Zapisy otwarte do 18.05.2031, 23:59.', { exact: false }).waitFor();
    expect(await page.getByText('Zajęte miejsca: 0 z 30.').count()).toBe(1);
    expect(await page.getByLabel('Link do formularza zapisów').inputValue()).toContain(`/rejestracja/${createActivity.id}`);
    expect((await axe(page, 'advisory registration open (pl)')).violations).toEqual([]);

    await page.getByRole('button', { name: 'Zamknij zapisy teraz' }).click();
    await page.getByText('Zamknięto zapisy.', { exact: false }).waitFor();
    await page.getByRole('form', { name: 'Otwórz zapisy' }).waitFor();
    expect(await page.getByLabel('Link do formularza zapisów').count()).toBe(0);
  });

  it('lets an anonymous visitor register for the open seminar and confirm by the e-mailed link', async () => {
    const manager = (await browser.newPage()).page;
    await signIn(manager, MANAGER);
    await openProgramme(manager, /^Rozwój lokalny/);
    await manager.getByRole('link', { name: SEMINAR }).click();
    await manager.getByRole('heading', { level: 1, name: SEMINAR }).waitFor();
    await manager.getByRole('heading', { level: 2, name: 'Zapisy' }).waitFor();
    expect(await manager.getByText(/^Zapisy otwarte do /).count()).toBe(1);
    await manager.getByRole('cell', { name: 'j.kubica@cieszyn.example' }).waitFor();
    expect((await axe(manager, 'advisory seminar, manager (pl)')).violations).toEqual([]);
    const link = await manager.getByLabel('Link do formularza zapisów').inputValue();
    expect(link).toMatch(/\/rejestracja\/[0-9a-f-]{36}$/);

    const { page } = await browser.newPage();
    await page.goto(new URL(link).pathname);
    await page.getByRole('heading', { level: 1, name: SEMINAR }).waitFor();
    await page.getByText('Rozwój lokalny – Forum Rozwoju Lokalnego').waitFor();
    expect((await axe(page, 'advisory public registration (pl)')).violations).toEqual([]);
    await page.getByRole('button', { name: 'Wyślij zgłoszenie' }).click();
    const summary = page.getByRole('alert');
    await summary.getByText('Wpisz imię i nazwisko').waitFor();
    expect(await summary.textContent()).toContain('Wybierz gminę, którą reprezentujesz');
    expect((await axe(page, 'advisory public registration error (pl)')).violations).toEqual([]);

    const email = `e2e.${RUN}@gmina.example`;
    await page.getByLabel('Imię i nazwisko').fill('Ewa Testowa');
    await page.getByLabel('Adres e-mail').fill(email);
    await page.getByLabel('Gmina, którą reprezentujesz').fill('Cieszyn');
    await page.getByRole('button', { name: 'Wybierz: Cieszyn', exact: true }).first().click();
    await page.getByRole('button', { name: 'Zmień gminę' }).waitFor();
    await page.getByRole('button', { name: 'Wyślij zgłoszenie' }).click();
    await page.getByRole('heading', { level: 2, name: 'Sprawdź skrzynkę e-mail' }).waitFor();
    expect(await page.getByText(`Wysłaliśmy link na adres ${email}.`, { exact: false }).count()).toBe(1);
    expect((await axe(page, 'advisory public registration sent (pl)')).violations).toEqual([]);

    await page.getByRole('button', { name: 'English' }).click();
    // Away from the language button: its hover colours are the header's (reported separately).
    await page.mouse.move(600, 700);
    await page.getByRole('heading', { level: 2, name: 'Check your e-mail' }).waitFor();
    expect((await axe(page, 'advisory public registration sent (en)')).violations).toEqual([]);
    await page.getByRole('button', { name: 'Polski' }).click();

    const token = await confirmationToken(email);
    await page.goto(`/rejestracja/potwierdz#token=${token}`);
    await page.getByRole('heading', { level: 1, name: 'Zgłoszenie potwierdzone' }).waitFor();
    expect(new URL(page.url()).hash).toBe('');
    expect((await axe(page, 'advisory registration confirmed (pl)')).violations).toEqual([]);

    // The same link opened again (a new load, as from the e-mail) confirms nothing.
    await page.goto('about:blank');
    await page.goto(`/rejestracja/potwierdz#token=${token}`);
    await page.getByRole('heading', { level: 1, name: 'Nie udało się potwierdzić zgłoszenia' }).waitFor();

    await manager.reload();
    const row = manager.getByRole('row', { name: /Ewa Testowa/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Potwierdzone');
  });
});
