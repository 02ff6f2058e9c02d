import type { Page } from 'playwright-core';
import { type ApiSession, apiSignIn } from './support/api';
import { axe, openBrowser, screenshot, type Session, signIn } from './support/browser';

const SLUG = 'aglomeracja-beskidzka-6';
const COORDINATOR = 'koordynator@wspolnie.example';
/** The demo council's representatives (one per member gmina; six member gminas, so the quorum is four). */
const REPRESENTATIVES = {
  rajcza: { email: 'rada.rajcza@wspolnie.example', name: 'Jan Kowalik (przedstawiciel Gminy Rajcza, przykład)' },
  ujsoly: { email: 'rada.ujsoly@wspolnie.example', name: 'Barbara Leśniak (przedstawicielka Gminy Ujsoły, przykład)' },
  istebna: { email: 'rada.istebna@wspolnie.example', name: 'Andrzej Łupieżowiec (przedstawiciel Gminy Istebna, przykład)' },
  milowka: { email: 'rada.milowka@wspolnie.example', name: 'Zofia Gąsiorek (przedstawicielka Gminy Milówka, przykład)' },
};
// This run's own meeting (the run shares one database with the other files).
const RUN = Date.now().toString(36);
const TITLE = `Posiedzenie robocze Rady (test ${RUN})`;
const ITEM = `Przyjęcie harmonogramu naboru (test ${RUN})`;
const OTHER_ITEM = `Sprawy różne (test ${RUN})`;
const MOTION = 'Rada Partnerstwa przyjmuje harmonogram naboru wniosków na 2026 rok (treść przykładowa).';

const plain = (text: string | null) =>
  (text ?? '')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
/** A day `days` after today in Warsaw, as the form takes it (dd.mm.rrrr). */
const warsawDay = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' })
    .format(new Date(Date.now() + days * 86_400_000))
    .split('-')
    .reverse()
    .join('.');
/** This year in Warsaw, where the council's resolutions are numbered (not the machine's clock). */
const warsawYear = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw', year: 'numeric' }).format(new Date());
const region = (page: Page, name: string | RegExp) => page.getByRole('region', { name });
/** The meeting page's polite announcements (the visually hidden status line). */
const announcement = (page: Page) => page.locator('p.visually-hidden[role="status"]');
const focusedLabel = (page: Page, label: string) => page.waitForFunction((expected) => document.activeElement?.getAttribute('aria-label') === expected, label);
/** Waits for focus on a `tag` element (not <body>, whose text has everything) saying `text`. */
const focusedText = (page: Page, tag: string, text: string) =>
  page.waitForFunction(([name, expected]) => document.activeElement?.tagName === name && document.activeElement.textContent?.includes(expected) === true, [tag, text] as const);
const quorum = (page: Page) => page.locator('.council-quorum');

async function waitForText(page: Page, selector: string, text: string | RegExp): Promise<void> {
  await page.locator(selector).filter({ hasText: text }).first().waitFor();
}

describe('the partnership council: meetings, attendance, a live vote, the register', () => {
  let browser: Session;
  let coordinator: ApiSession;
  let meetingPath = '';
  let resolutionNumber = '';

  beforeAll(async () => {
    browser = await openBrowser();
    coordinator = await apiSignIn(COORDINATOR);
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(() => expect(browser.pageErrors).toEqual([]));

  it('lists the demo council’s meetings and rules, names what the API refuses, and calls a meeting', async () => {
    const { page } = await browser.newPage();
    await signIn(page, COORDINATOR);
    await page.goto(`/partnerships/${SLUG}`);
    await page.getByRole('navigation', { name: 'W partnerstwie' }).getByRole('link', { name: 'Rada Partnerstwa' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rada Partnerstwa' }).waitFor();

    const upcoming = region(page, /^Nadchodzące posiedzenia/);
    await upcoming.getByRole('link', { name: 'Posiedzenie nr 3: Zatwierdzenie udziałów gmin w kosztach projektu VeloSoła+' }).waitFor();
    const past = region(page, /^Minione posiedzenia/);
    await past.getByRole('link', { name: 'Posiedzenie nr 1: Posiedzenie założycielskie Rady Partnerstwa' }).waitFor();
    const second = past.getByRole('listitem').filter({ hasText: 'Posiedzenie nr 2:' });
    expect(plain(await second.textContent())).toContain('24 września 2025, 10:00–13:00');
    expect(plain(await second.textContent())).toContain('Zamknięte');
    expect(plain(await region(page, 'Zasady podejmowania decyzji').textContent())).toContain('Więcej niż połowa gmin członkowskich');
    expect((await axe(page, 'council (pl)')).violations).toEqual([]);
    await screenshot(page, 'council-1366');

    await page.getByRole('button', { name: 'Zwołaj posiedzenie' }).click();
    await page.getByLabel('Tytuł posiedzenia').fill(TITLE);
    // Today: a meeting starts no earlier than its day, and this one is run in the next test.
    await page.getByLabel('Dzień').fill(warsawDay(0));
    await page.getByLabel('Początek').fill('12:00');
    await page.getByLabel('Koniec').fill('10:00');
    await page.getByRole('button', { name: 'Zwołaj posiedzenie' }).last().click();
    // The API says the end is not after the start, on the end's field.
    await page
      .getByRole('alert')
      .getByRole('link', { name: /^Koniec: / })
      .waitFor();
    expect(await page.getByLabel('Koniec').getAttribute('aria-invalid')).toBe('true');
    expect((await axe(page, 'council, new meeting in error (pl)')).violations).toEqual([]);

    await page.getByLabel('Koniec').fill('23:59');
    await page.getByLabel('Miejsce (opcjonalnie)').fill('Urząd Gminy Milówka, sala 12');
    await page.getByRole('button', { name: 'Zwołaj posiedzenie' }).last().click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`^Posiedzenie nr \\d+: ${TITLE.replace(/[()]/g, '\\$&')}$`) }).waitFor();
    meetingPath = new URL(page.url()).pathname;
    expect(meetingPath).toMatch(/^\/meetings\/[0-9a-f-]{36}$/);
    expect(plain(await page.locator('.council-facts').textContent())).toContain('12:00–23:59');
  });

  it('runs the meeting: attendance makes the quorum, a motion is voted live, the resolution is numbered', async () => {
    const { page } = await browser.newPage();
    await signIn(page, COORDINATOR);
    await page.goto(meetingPath);
    await page.getByRole('button', { name: 'Rozpocznij posiedzenie' }).click();
    await waitForText(page, '.council-status', 'W toku');
    await waitForText(page, '.council-quorum', 'Kworum: 0 z 6 gmin, potrzeba 4 — brak kworum');
    // Once started, its day and hours are fixed: only the title and place change.
    await page.getByRole('button', { name: 'Zmień tytuł lub miejsce' }).click();
    expect(await page.getByLabel('Dzień').count()).toBe(0);
    await page.getByLabel('Miejsce (opcjonalnie)').fill('Urząd Gminy Milówka, sala 14');
    await page.getByRole('button', { name: 'Zapisz zmiany' }).click();
    await waitForText(page, '.council-facts', 'sala 14');
    // The form is gone: focus is back on the button that opened it.
    await focusedText(page, 'BUTTON', 'Zmień tytuł lub miejsce');

    // Three of the six gminas: no quorum yet; the fourth makes it, said politely in words.
    for (const person of [REPRESENTATIVES.rajcza, REPRESENTATIVES.ujsoly, REPRESENTATIVES.istebna]) {
      await page.getByRole('checkbox', { name: `Obecność: ${person.name}` }).check();
    }
    await waitForText(page, '.council-quorum', 'Kworum: 3 z 6 gmin, potrzeba 4 — brak kworum');
    await page.getByRole('checkbox', { name: `Obecność: ${REPRESENTATIVES.milowka.name}` }).check();
    await waitForText(page, '.council-quorum', 'Kworum: 4 z 6 gmin, potrzeba 4 — jest kworum');
    expect(await quorum(page).getAttribute('aria-live')).toBe('polite');

    await page.getByRole('button', { name: 'Dodaj punkt' }).click();
    await page.getByLabel('Tytuł punktu').fill(ITEM);
    await page.getByLabel('Projekt uchwały (opcjonalnie)').fill(MOTION);
    await page.getByRole('button', { name: 'Zapisz punkt' }).click();
    const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: ITEM }) });
    await item.getByText(MOTION).waitFor();

    // A second item, then the first moved below it from the keyboard: the order changes, focus stays on the item moved.
    await page.getByRole('button', { name: 'Dodaj punkt' }).click();
    await page.getByLabel('Tytuł punktu').fill(OTHER_ITEM);
    await page.getByRole('button', { name: 'Zapisz punkt' }).click();
    await page.getByRole('heading', { level: 3, name: OTHER_ITEM }).waitFor();
    await page.getByRole('button', { name: `Przesuń w dół punkt 1: ${ITEM}` }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: `Przesuń w górę punkt 2: ${ITEM}` }).waitFor();
    // Focus follows once the new order has rendered (the pressed "down" button is gone: the item is last).
    await focusedLabel(page, `Przesuń w górę punkt 2: ${ITEM}`);
    expect(await page.locator('.council-agenda__title').allTextContents()).toEqual([OTHER_ITEM, ITEM]);
    await page.getByText(`Punkt „${ITEM}” jest teraz na miejscu 2.`).waitFor();
    await item.getByRole('button', { name: `Poddaj pod głosowanie: ${ITEM}` }).click();
    const vote = region(page, `Głosowanie trwa: ${ITEM}`);
    await vote.waitFor();
    // The button pressed is gone: focus is on the open vote's heading.
    await page.waitForFunction((expected) => document.activeElement?.tagName === 'H4' && document.activeElement.textContent === expected, `Głosowanie trwa: ${ITEM}`);
    expect((await axe(page, 'meeting, vote open (pl)')).violations).toEqual([]);
    await screenshot(page, 'meeting-vote-open-1366');

    // Rajcza's representative votes in their own browser, by keyboard alone.
    const representative = await browser.newPage();
    await signIn(representative.page, REPRESENTATIVES.rajcza.email);
    await representative.page.goto(meetingPath);
    const ballot = representative.page.getByRole('group', { name: 'Twój głos w imieniu gminy Rajcza' });
    await ballot.waitFor();
    let reached = false;
    for (let step = 0; step < 80 && !reached; step++) {
      await representative.page.keyboard.press('Tab');
      reached = await representative.page.evaluate(() => document.activeElement?.textContent === 'Za' && document.activeElement.tagName === 'BUTTON');
    }
    expect(reached).toBe(true);
    await representative.page.keyboard.press('Enter');
    // The line that replaces the buttons (the live announcement says the same words), focused.
    const mine = representative.page.locator('p.council-my-ballot', { hasText: 'Twój głos: za' });
    await mine.waitFor();
    await representative.page.waitForFunction(() => document.activeElement?.matches('p.council-my-ballot') === true);
    expect((await axe(representative.page, 'meeting, after voting as a representative (pl)')).violations).toEqual([]);

    // The others vote through the API; the coordinator's page follows without a reload.
    const voteId = await openVoteId(coordinator, meetingPath.split('/').pop() as string, ITEM);
    for (const [who, choice] of [
      [REPRESENTATIVES.ujsoly, 'FOR'],
      [REPRESENTATIVES.istebna, 'AGAINST'],
      [REPRESENTATIVES.milowka, 'ABSTAIN'],
    ] as const) {
      const session = await apiSignIn(who.email);
      await session.gql('mutation ($i: CastBallotInput!) { castBallot(input: $i) { id } }', { i: { voteId, choice } });
    }
    const tally = vote.getByRole('table', { name: 'Wynik głosowania' });
    for (const row of ['Za 2', 'Przeciw 1', 'Wstrzymało się 1', 'Nie głosowało 2']) await tally.getByRole('row', { name: row }).waitFor();
    const ballots = vote.getByRole('table', { name: 'Głosy gmin' });
    expect(plain(await ballots.getByRole('row', { name: /^Istebna/ }).textContent())).toContain('Przeciw');
    expect(plain(await ballots.getByRole('row', { name: /^Rajcza/ }).textContent())).toContain('Jan Kowalik');

    await vote.getByRole('button', { name: 'Zamknij głosowanie' }).click();
    const adopted = item.locator('.council-result');
    await adopted.filter({ hasText: 'Przyjęto jako uchwałę nr' }).waitFor();
    expect(plain(await adopted.textContent())).toContain('Uchwała przyjęta (za: 2, przeciw: 1, wstrzymało się: 1, nie głosowało: 2)');
    resolutionNumber = /uchwałę nr (\d+\/\d{4})/.exec(plain(await adopted.textContent()))?.[1] ?? '';
    expect(resolutionNumber).toMatch(new RegExp(`^\\d+/${warsawYear()}$`));
    await page.waitForFunction(() => document.activeElement?.classList.contains('council-result') === true);
    // The representative's page follows, and says the chair closed the vote, with its result.
    await representative.page
      .locator('.council-result')
      .filter({ hasText: `Przyjęto jako uchwałę nr ${resolutionNumber}.` })
      .waitFor();
    await announcement(representative.page)
      .filter({ hasText: `Zamknięto głosowanie: ${ITEM}. Uchwała przyjęta (za: 2, przeciw: 1, wstrzymało się: 1, nie głosowało: 2). Przyjęto jako uchwałę nr ${resolutionNumber}.` })
      .waitFor();
  });

  it('keeps the minutes with their version, closes the meeting, and corrects the minutes with a reason', async () => {
    const { page } = await browser.newPage();
    await signIn(page, COORDINATOR);
    await page.goto(meetingPath);
    await page.getByRole('button', { name: 'Edytuj protokół' }).click();
    await page.getByLabel('Treść protokołu (Markdown)').fill('Protokół testowy.\n\n1. Kworum stwierdzono.\n2. Przyjęto harmonogram naboru.');
    await page.getByRole('button', { name: 'Zapisz protokół' }).click();
    await page.getByText(/^Wersja 1, zapisana /).waitFor();
    await page.getByRole('button', { name: 'Zamknij posiedzenie' }).click();
    await waitForText(page, '.council-status', 'Zamknięte');
    await page.getByRole('button', { name: 'Popraw protokół' }).click();
    await page.getByLabel('Treść protokołu (Markdown)').fill('Protokół testowy.\n\n1. Kworum stwierdzono (4 z 6 gmin).\n2. Przyjęto harmonogram naboru.');
    await page.getByRole('button', { name: 'Zapisz poprawkę' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Powód poprawki: Wpisz powód poprawki' }).waitFor();
    await page.getByLabel('Powód poprawki').fill('Uzupełnienie liczby gmin obecnych.');
    await page.getByRole('button', { name: 'Zapisz poprawkę' }).click();
    await page.getByRole('heading', { level: 3, name: 'Poprawki protokołu' }).waitFor();
    await page.getByText('Uzupełnienie liczby gmin obecnych.', { exact: false }).waitFor();
    expect(plain(await page.locator('.council-minutes').textContent())).toContain('4 z 6 gmin');
  });

  it('lists the resolution in the register, by year, with the tally and a link to its meeting; in both languages', async () => {
    const { page } = await browser.newPage();
    await signIn(page, COORDINATOR);
    await page.goto(`/partnerships/${SLUG}/council`);
    await page.getByRole('link', { name: 'Rejestr uchwał' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rejestr uchwał' }).waitFor();
    const table = page.getByRole('table', { name: 'Uchwały Rady Partnerstwa' });
    const row = table.getByRole('row').filter({ hasText: ITEM });
    await row.waitFor();
    expect(plain(await row.textContent())).toContain(`Uchwała nr ${resolutionNumber}`);
    expect(plain(await row.textContent())).toContain('za: 2, przeciw: 1, wstrzymało się: 1, nie głosowało: 2');
    expect(plain(await row.textContent())).toContain('za: Rajcza, Ujsoły; przeciw: Istebna; wstrzymanie się: Milówka');
    expect((await axe(page, 'register (pl)')).violations).toEqual([]);
    await screenshot(page, 'register-1366');

    await page.getByLabel('Rok').selectOption('2025');
    await page.getByRole('button', { name: 'Pokaż' }).click();
    await page.getByRole('heading', { level: 2, name: '2025: 3 uchwały' }).waitFor();
    expect(await table.getByRole('row').filter({ hasText: ITEM }).count()).toBe(0);
    expect(plain(await table.textContent())).toContain('Uchwała nr 3/2025');
    await table
      .getByRole('row')
      .filter({ hasText: 'Uchwała nr 3/2025' })
      .getByRole('link', { name: /^Posiedzenie nr 2: / })
      .waitFor();
    // Back and forward: the year chosen follows the address.
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: /^\d+ uchwał/ }).waitFor();
    expect(await page.getByLabel('Rok').inputValue()).toBe('');
    await page.goForward();
    await page.getByRole('heading', { level: 2, name: '2025: 3 uchwały' }).waitFor();
    expect(await page.getByLabel('Rok').inputValue()).toBe('2025');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Pobierz CSV' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Register of resolutions' }).waitFor();
    await page.getByRole('heading', { level: 2, name: '2025: 3 resolutions' }).waitFor();
    expect((await axe(page, 'register (en)')).violations).toEqual([]);
    await page.goto(meetingPath);
    await page.getByRole('heading', { level: 1, name: /^Meeting no\. \d+: / }).waitFor();
    expect((await axe(page, 'meeting, closed (en)')).violations).toEqual([]);
  });

  it('keeps a draft of the rules over a stale version, and shows the calendar feed’s secret addresses once', async () => {
    const { page } = await browser.newPage();
    await signIn(page, COORDINATOR);
    await page.goto(`/partnerships/${SLUG}/council`);
    const rules = region(page, 'Zasady podejmowania decyzji');
    await rules.getByRole('button', { name: 'Zmień zasady' }).click();
    await rules.getByRole('radio', { name: 'Co najmniej dwie trzecie gmin członkowskich' }).check();
    // Someone else saves the rules meanwhile (the same rules: only the version moves).
    const partnershipId = (await coordinator.gql<{ partnership: { id: string } }>('query ($s: String!) { partnership(slug: $s) { id } }', { s: SLUG })).partnership.id;
    const { councilSettings } = await coordinator.gql<{ councilSettings: { version: number } }>('query ($p: UUID!) { councilSettings(partnershipId: $p) { version } }', { p: partnershipId });
    await coordinator.gql('mutation ($i: UpdateCouncilSettingsInput!) { updateCouncilSettings(input: $i) { version } }', {
      i: { partnershipId, expectedVersion: councilSettings.version, quorumRule: 'MORE_THAN_HALF' },
    });
    await rules.getByRole('button', { name: 'Zapisz zasady' }).click();
    const conflict = page.getByRole('region', { name: 'Ktoś zmienił to w międzyczasie' });
    await conflict.waitFor();
    expect(plain(await conflict.textContent())).toContain('Co najmniej dwie trzecie gmin członkowskich');
    expect((await axe(page, 'council, rules in conflict (pl)')).violations).toEqual([]);
    await conflict.getByRole('button', { name: 'Weź ich' }).click();
    expect(plain(await rules.textContent())).toContain('Więcej niż połowa gmin członkowskich');
    await focusedText(page, 'BUTTON', 'Zmień zasady');

    const calendar = region(page, 'Kalendarz');
    await calendar.getByRole('button', { name: 'Utwórz adres kalendarza' }).click();
    const mine = calendar.getByRole('textbox', { name: 'Posiedzenia, na które jesteś zaproszony', exact: true });
    await mine.waitFor();
    expect(await mine.inputValue()).toMatch(/\/calendar\/[^/]+\/meetings\.ics$/);
    expect(await calendar.getByRole('textbox', { name: 'Wszystkie posiedzenia Rady tego partnerstwa', exact: true }).inputValue()).toMatch(
      new RegExp(`/calendar/[^/]+/partnerships/${partnershipId}\\.ics$`),
    );
    await calendar.getByText('pokazujemy je tylko raz', { exact: false }).waitFor();
    // Focus moves to what was made, starting with "shown once".
    await focusedText(page, 'P', 'pokazujemy je tylko raz');
    await calendar.getByRole('button', { name: 'Kopiuj adres: Posiedzenia, na które jesteś zaproszony' }).waitFor();
    expect((await axe(page, 'council, calendar addresses shown (pl)')).violations).toEqual([]);
    // Once the page is left, the addresses are gone: only when they were made is known.
    await page.reload();
    await region(page, 'Kalendarz')
      .getByText(/^Twój adres kalendarza utworzono /)
      .waitFor();
    expect(await page.getByRole('textbox', { name: 'Posiedzenia, na które jesteś zaproszony' }).count()).toBe(0);
    await region(page, 'Kalendarz').getByText('przestaną się aktualizować', { exact: false }).waitFor();
  });
});

/** The id of the open vote on the meeting's item of this title. */
async function openVoteId(session: ApiSession, meetingId: string, title: string): Promise<string> {
  const data = await session.gql<{ meeting: { agenda: { title: string; votes: { id: string; status: string }[] }[] } }>(
    'query ($id: UUID!) { meeting(id: $id) { agenda { title votes { id status } } } }',
    { id: meetingId },
  );
  const vote = data.meeting.agenda.find((entry) => entry.title === title)?.votes.find((entry) => entry.status === 'OPEN');
  if (!vote) throw new Error(`no open vote on „${title}”`);
  return vote.id;
}
