import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { type ApiSession, apiSignIn, invitedPerson, partnershipId } from './support/api';
import { axe, openBrowser, screenshot, type Session, signIn } from './support/browser';

const SLUG = 'aglomeracja-beskidzka-6';
const COORDINATOR = 'koordynator@wspolnie.example';
const OFFICIAL = 'urzednik.rajcza@wspolnie.example';
const OBSERVER = 'obserwator@wspolnie.example';
const ANNA = 'Anna Zięba (Stowarzyszenie Aglomeracja Beskidzka)';
const KATARZYNA = 'Katarzyna Kowalczyk (UG Rajcza)';
const DEMO_TITLE = 'Strategia rozwoju ponadlokalnego Partnerstwa 6 jst Aglomeracji Beskidzkiej na lata 2026–2035 (przykład)';

/** This file's own plan (the demo's strategy is only read): three sections, a draft until a round opens. */
const TITLE = `Program rewitalizacji centrum Soli (test ${Date.now()})`;
const MARKDOWN = `Projekt programu do rozmowy z mieszkańcami.

# Diagnoza

Sól leży nad potokiem Sołka, przy linii kolejowej Katowice–Zwardoń.

# Cele

Nowy plac przy stacji Sól i ścieżka wzdłuż potoku dla pieszych i rowerzystów.
`;
const COMMENT = 'Proszę dopisać oświetlenie ścieżki — zimą zmrok zapada przed 16.';
const REPLY = 'Dziękuję, dopiszemy oświetlenie w wersji 2.';

const plain = (text: string | null) =>
  (text ?? '')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
/** A LocalDate `days` after today in Warsaw. */
const warsawDay = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date(Date.now() + days * 86_400_000));
const polishDay = (iso: string) => iso.split('-').reverse().join('.');

async function openPlan(page: Page, id: string, title: string): Promise<void> {
  await page.goto(`/plans/${id}`);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.locator('.plan-section').first().waitFor();
}

/** The section of the plan page whose heading is `heading`. */
const section = (page: Page, heading: string) => page.getByRole('region', { name: heading, exact: true });

describe('plans: reading, commenting in consultation, revisions compared, the report', () => {
  let browser: Session;
  let coordinator: ApiSession;
  let demoPlanId = '';
  let planId = '';
  const closesOn = warsawDay(30);

  beforeAll(async () => {
    browser = await openBrowser();
    coordinator = await apiSignIn(COORDINATOR);
    const partnership = await partnershipId(coordinator, SLUG);
    const { plans } = await coordinator.run<{ plans: { edges: { node: { id: string; title: string } }[] } }>(
      'query ($p: UUID!) { plans(partnershipId: $p, first: 100) { edges { node { id title } } } }',
      { p: partnership },
    );
    demoPlanId = plans.edges.find((edge) => edge.node.title === DEMO_TITLE)!.node.id;
    const { createPlan } = await coordinator.run<{ createPlan: { id: string } }>('mutation ($input: CreatePlanInput!) { createPlan(input: $input) { id } }', {
      input: { partnershipId: partnership, title: TITLE, kind: 'REVITALISATION_PROGRAMME', markdown: MARKDOWN, summary: 'Pierwszy projekt' },
    });
    planId = createPlan.id;
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(() => expect(browser.pageErrors).toEqual([]));

  it('lists the partnership’s plans with kind, status and round, and names what a new plan lacks', async () => {
    const { page } = await browser.newPage();
    await signIn(page, COORDINATOR);
    await page.goto(`/partnerships/${SLUG}/plans`);
    await page.getByRole('heading', { level: 1, name: 'Plany i dokumenty' }).waitFor();
    const demo = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: DEMO_TITLE }) });
    const facts = plain(await demo.textContent());
    expect(facts).toContain('Strategia rozwoju ponadlokalnego');
    expect(facts).toContain('W konsultacjach');
    expect(facts).toMatch(/Konsultacje do \d{2}\.\d{2}\.\d{4}/);
    expect(facts).toContain('2 wersje');
    expect(facts).toMatch(/\d+ otwart(y wątek|e wątki|ych wątków)/);
    expect(
      plain(
        await page
          .getByRole('listitem')
          .filter({ has: page.getByRole('link', { name: TITLE }) })
          .textContent(),
      ),
    ).toContain('Projekt dokumentu');
    expect((await axe(page, 'plans list (pl)')).violations).toEqual([]);
    await screenshot(page, 'plans-list-1366');

    await page.getByRole('button', { name: 'Nowy plan' }).click();
    await page.getByRole('button', { name: 'Utwórz plan' }).click();
    const summary = page.getByRole('alert');
    await summary.getByRole('link', { name: 'Tytuł: Wpisz tytuł planu' }).waitFor();
    expect(await page.getByLabel('Tekst planu (Markdown)').getAttribute('aria-invalid')).toBe('true');
    expect((await axe(page, 'plans list, new plan in error (pl)')).violations).toEqual([]);
  });

  it('shows the demo strategy section by section, with its threads, outdated ones marked in words', async () => {
    const { page } = await browser.newPage();
    await signIn(page, COORDINATOR);
    await page.goto(`/partnerships/${SLUG}/plans`);
    await page.getByRole('link', { name: DEMO_TITLE }).click();
    await page.getByRole('heading', { level: 1, name: DEMO_TITLE }).waitFor();
    await page.locator('.partnership-banner').getByText('koordynator').waitFor();
    expect(plain(await page.locator('.plan-facts').textContent())).toMatch(/Konsultacje do \d{2}\.\d{2}\.\d{4}/);

    const diagnosis = section(page, '1. Diagnoza sytuacji społeczno-gospodarczej');
    expect(await diagnosis.textContent()).toContain('Rajcza i Ujsoły należą do obszarów zagrożonych trwałą marginalizacją');
    await diagnosis.getByRole('heading', { name: /^2 komentarze/ }).waitFor();
    await diagnosis.getByText('Katarzyna Kowalczyk').first().waitFor();

    const directions = section(page, '4. Kierunki działań');
    await directions.getByText('Rozstrzygnięty', { exact: true }).waitFor();
    await directions.getByText('Przyjęto — zmieniono w wersji 2').waitFor();
    await directions.getByText('Łączniki od trasy VeloSoła do Ujsół i do Istebnej').first().waitFor();
    await section(page, '6. Finansowanie').getByText('@Anna Zięba').waitFor();

    const removed = section(page, 'Wątki do usuniętych sekcji');
    await removed.getByText(/Nieaktualny: sekcji nie ma w najnowszej wersji/).waitFor();
    expect((await axe(page, 'demo plan (pl)')).violations).toEqual([]);
    await screenshot(page, 'plan-1366');

    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(phone.page, COORDINATOR);
    await openPlan(phone.page, demoPlanId, DEMO_TITLE);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(phone.page, 'plan-390');
    expect((await axe(phone.page, 'demo plan, phone (pl)')).violations).toEqual([]);
  });

  it('offers an observer no comment form on a draft, saying why', async () => {
    const { page } = await browser.newPage();
    await signIn(page, OBSERVER);
    await openPlan(page, planId, TITLE);
    await page.getByText('Jako obserwator możesz komentować plan tylko w czasie konsultacji.').waitFor();
    expect(await page.getByRole('button', { name: /Skomentuj sekcję/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Opublikuj nową wersję' }).count()).toBe(0);
  });

  it('takes a gmina official’s comment on a quoted passage during the consultation', async () => {
    const { plan } = await coordinator.run<{ plan: { version: number } }>('query ($id: UUID!) { plan(id: $id) { version } }', { id: planId });
    await coordinator.run('mutation ($input: OpenConsultationInput!) { openPlanConsultation(input: $input) { id } }', { input: { id: planId, expectedVersion: plan.version, closesOn } });

    // The coordinator has the plan open meanwhile: the comment reaches their page live.
    const watcher = (await browser.newPage()).page;
    await signIn(watcher, COORDINATOR);
    await openPlan(watcher, planId, TITLE);
    await watcher.getByText('Aktualizacje na żywo włączone').waitFor();

    const { page } = await browser.newPage();
    await signIn(page, OFFICIAL);
    await openPlan(page, planId, TITLE);
    expect(plain(await page.locator('.plan-facts').textContent())).toContain(`Konsultacje do ${polishDay(closesOn)}`);
    const goals = section(page, 'Cele');
    await goals.getByRole('button', { name: 'Skomentuj sekcję — sekcja „Cele”' }).click();
    await goals.getByRole('button', { name: 'Dodaj komentarz' }).click();
    await goals.getByRole('alert').getByRole('link', { name: 'Komentarz: Wpisz treść komentarza' }).waitFor();

    // Select a passage of the section's text, as a reader would with the mouse.
    await goals.locator('.plan-text p').evaluate((paragraph) => {
      const text = paragraph.firstChild!;
      const start = text.textContent!.indexOf('ścieżka wzdłuż potoku');
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + 'ścieżka wzdłuż potoku'.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    const quote = goals.getByLabel('Cytowany fragment (nieobowiązkowy)');
    // The page hears of the selection in a moment (selectionchange): asked until it has.
    for (let attempt = 0; attempt < 20 && (await quote.inputValue()) === ''; attempt++) {
      await goals.getByRole('button', { name: 'Cytuj zaznaczenie' }).click();
      if ((await quote.inputValue()) === '') await page.waitForTimeout(100);
    }
    expect(await quote.inputValue()).toBe('ścieżka wzdłuż potoku');
    await goals.getByLabel('Komentarz', { exact: true }).fill(`${COMMENT} `);
    await goals.getByLabel('Wzmianka o osobie').selectOption({ label: ANNA });
    await goals.getByRole('button', { name: 'Wstaw wzmiankę' }).click();
    await goals.getByRole('button', { name: 'Dodaj komentarz' }).click();

    await goals.getByRole('heading', { name: '1 komentarz — sekcja „Cele”' }).waitFor();
    const thread = goals.getByRole('article');
    await thread.locator('blockquote').getByText('ścieżka wzdłuż potoku').waitFor();
    await thread.getByText(`@${ANNA}`).waitFor();
    await thread.getByText('Otwarty', { exact: true }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Dodano komentarz.' }).waitFor();

    const live = section(watcher, 'Cele');
    await live.getByRole('heading', { name: '1 komentarz — sekcja „Cele”' }).waitFor();
    await live.getByText(COMMENT, { exact: false }).waitFor();
    await watcher.getByRole('status').filter({ hasText: 'Komentarze zaktualizowano.' }).waitFor();
  });

  it('lets the coordinator reply (the reply form in error first), edit the reply and resolve the thread with a note', async () => {
    const { page } = await browser.newPage();
    await signIn(page, COORDINATOR);
    await openPlan(page, planId, TITLE);
    const goals = section(page, 'Cele');
    await goals
      .getByRole('group', { name: `Działania: komentarz ${KATARZYNA}` })
      .getByRole('button', { name: 'Odpowiedz' })
      .click();
    await goals.getByRole('button', { name: 'Wyślij odpowiedź' }).click();
    await goals
      .getByRole('alert')
      .getByRole('link', { name: /Wpisz treść odpowiedzi/ })
      .waitFor();
    expect((await axe(page, 'plan with a thread and the reply form in error (pl)')).violations).toEqual([]);
    await screenshot(page, 'plan-reply-error-1366');

    await goals.getByLabel(`Odpowiedź na komentarz: ${KATARZYNA}`).fill('Dziękuję, dopiszemy.');
    await goals.getByRole('button', { name: 'Wyślij odpowiedź' }).click();
    await goals.getByRole('heading', { name: '2 komentarze — sekcja „Cele”' }).waitFor();

    await goals
      .getByRole('group', { name: `Działania: komentarz ${ANNA}` })
      .getByRole('button', { name: 'Edytuj' })
      .click();
    await goals.getByLabel('Treść komentarza').fill(REPLY);
    await goals.getByRole('button', { name: 'Zapisz zmiany' }).click();
    await goals.getByText(REPLY).waitFor();
    await goals.getByText(/edytowano/).waitFor();
    await goals.getByText('Pokaż wcześniejszą wersję').click();
    await goals.locator('.plan-comment__edits').getByText('Dziękuję, dopiszemy.', { exact: true }).waitFor();

    await goals.getByRole('button', { name: /^Rozstrzygnij/ }).click();
    await goals.getByLabel('Decyzja').fill('Przyjęto — dopiszemy w wersji 2');
    await goals.getByRole('button', { name: 'Rozstrzygnij wątek' }).click();
    await goals.getByText('Rozstrzygnięty', { exact: true }).waitFor();
    await goals.locator('.plan-thread__decision').getByText('Przyjęto — dopiszemy w wersji 2').waitFor();
    await goals.getByRole('button', { name: 'Otwórz ponownie' }).waitFor();

    // A comment of one's own can go; a placeholder stays in its thread.
    const diagnosis = section(page, 'Diagnoza');
    await diagnosis.getByRole('button', { name: /Skomentuj sekcję/ }).click();
    await diagnosis.getByLabel('Komentarz', { exact: true }).fill('Do usunięcia.');
    await diagnosis.getByRole('button', { name: 'Dodaj komentarz' }).click();
    await diagnosis
      .getByRole('group', { name: `Działania: komentarz ${ANNA}` })
      .getByRole('button', { name: 'Usuń' })
      .click();
    await diagnosis.getByRole('button', { name: 'Tak, usuń' }).click();
    await diagnosis.getByText(/^Komentarz usunięty/).waitFor();
    await diagnosis.getByRole('heading', { name: '0 komentarzy — sekcja „Diagnoza”' }).waitFor();
  });

  it('publishes a second revision (a wrong key refused with its line) and compares the two, in Polish and English', async () => {
    const { page } = await browser.newPage();
    await signIn(page, COORDINATOR);
    await openPlan(page, planId, TITLE);
    await page.getByRole('link', { name: 'Opublikuj nową wersję' }).click();
    const text = page.getByLabel('Tekst planu (Markdown)');
    const current = await text.inputValue();
    expect(current).toMatch(/^# Cele \{#s\d+\}$/m);

    await text.fill(current.replace(/^# Cele \{#s\d+\}$/m, '# Cele {#s99}'));
    await page.getByLabel('Co zmieniono w tej wersji').fill('Oświetlenie ścieżki');
    await page.getByRole('button', { name: 'Opublikuj wersję 2' }).click();
    const error = page.locator('.field--error .field__error');
    await error.getByText(/Wiersz \d+ \(„Cele”\).*\{#s99\}/).waitFor();
    expect((await axe(page, 'publish with a refused key (pl)')).violations).toEqual([]);

    await text.fill(current.replace('dla pieszych i rowerzystów.', 'dla pieszych i rowerzystów, oświetlona przez cały rok.'));
    await page.getByRole('button', { name: 'Opublikuj wersję 2' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText(/Wersja 2 z/).waitFor();
    // The resolved thread stays with its section.
    await section(page, 'Cele').getByText('Przyjęto — dopiszemy w wersji 2').waitFor();

    await page.getByRole('link', { name: 'Porównaj wersje' }).click();
    await page.getByRole('heading', { level: 2, name: 'Wersja 1 → wersja 2' }).waitFor();
    const changed = page.getByRole('article', { name: 'Cele' });
    await changed.getByText('Treść zmieniona').waitFor();
    const added = (await changed.locator('ins').allTextContents()).map(plain);
    expect(added.every((run) => run.startsWith('[dodano:') && run.endsWith(', koniec zmiany]'))).toBe(true);
    expect(added.join(' ')).toContain('oświetlona');
    expect(await page.getByText('2 sekcje bez zmian').count()).toBe(1);
    expect((await axe(page, 'comparison (pl)')).violations).toEqual([]);
    await screenshot(page, 'plan-compare-1366');

    // In English as a person of this test's own (the language is kept with the account; demo people stay Polish).
    const reader = await invitedPerson(coordinator, 'Obserwatorka Planów', 'Plany-test-2026!');
    const english = (await browser.newPage()).page;
    await signIn(english, reader.email, 'Plany-test-2026!');
    await english.goto(`/plans/${planId}/compare`);
    await english.getByRole('heading', { level: 2, name: 'Wersja 1 → wersja 2' }).waitFor();
    await english.getByRole('button', { name: 'Switch to English' }).click();
    await english.getByRole('heading', { level: 2, name: 'Revision 1 → revision 2' }).waitFor();
    await english.getByRole('article', { name: 'Cele' }).getByText('Text changed').waitFor();
    expect(await english.getAttribute('html', 'lang')).toBe('en');
    // Off the header's language button: hovered, its white text is on a light background (reported).
    await english.mouse.move(600, 700);
    expect((await axe(english, 'comparison (en)')).violations).toEqual([]);
  });

  it('counts the consultation by gmina and downloads every comment as CSV', async () => {
    const { page } = await browser.newPage();
    await signIn(page, COORDINATOR);
    await page.goto(`/plans/${planId}/report`);
    await page.getByRole('heading', { level: 1, name: `Raport z konsultacji: ${TITLE}` }).waitFor();
    const byGmina = page.getByRole('table', { name: /według gminy/ });
    const rajcza = byGmina.getByRole('row', { name: /Rajcza/ });
    expect((await rajcza.getByRole('cell').allTextContents()).map(plain)).toEqual(['1', '1']);
    expect((await axe(page, 'consultation report (pl)')).violations).toEqual([]);
    await screenshot(page, 'plan-report-1366');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Pobierz komentarze (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain(COMMENT);
    expect(csv).toContain(REPLY);
    await page
      .getByRole('status')
      .filter({ hasText: /^Pobrano plik .*\.csv\.$/ })
      .waitFor();
  });

  it('on a publish CONFLICT shows what their revision changed against the starting text before "keep mine" is offered', async () => {
    const partnership = await partnershipId(coordinator, SLUG);
    const title = `Program rewitalizacji Rajczy (test ${Date.now()})`;
    const { createPlan } = await coordinator.run<{ createPlan: { id: string; version: number } }>('mutation ($input: CreatePlanInput!) { createPlan(input: $input) { id version } }', {
      input: { partnershipId: partnership, title, kind: 'REVITALISATION_PROGRAMME', markdown: MARKDOWN, summary: 'Pierwszy projekt' },
    });
    const { page } = await browser.newPage();
    await signIn(page, COORDINATOR);
    await page.goto(`/plans/${createPlan.id}/publish`);
    const text = page.getByLabel('Tekst planu (Markdown)');
    await expect(text.inputValue()).resolves.toMatch(/Sołka/);
    const started = await text.inputValue();

    // Someone else publishes revision 2 while this draft is open.
    const { plan } = await coordinator.run<{ plan: { version: number; currentRevision: { markdown: string } } }>('query ($id: UUID!) { plan(id: $id) { version currentRevision { markdown } } }', { id: createPlan.id });
    await coordinator.run('mutation ($input: PublishPlanRevisionInput!) { publishPlanRevision(input: $input) { id } }', {
      input: { planId: createPlan.id, expectedVersion: plan.version, markdown: plan.currentRevision.markdown.replace('potokiem Sołka', 'potokiem Sołka i drogą krajową 69'), summary: 'Droga krajowa' },
    });

    await text.fill(started.replace('dla pieszych i rowerzystów.', 'dla pieszych i rowerzystów, z ławkami.'));
    await page.getByLabel('Co zmieniono w tej wersji').fill('Ławki');
    await page.getByRole('button', { name: 'Opublikuj wersję 2' }).click();
    const notice = page.getByRole('alert').filter({ hasText: 'W międzyczasie ktoś opublikował wersję 2' });
    const theirs = notice.getByRole('article', { name: 'Diagnoza' });
    await theirs.getByText('Treść zmieniona').waitFor();
    expect((await theirs.locator('ins').allTextContents()).map(plain).join(' ')).toContain('krajową 69');
    // Their change is not in the draft: keeping it means publishing over theirs, and the button says so.
    expect(await text.inputValue()).not.toContain('krajową');
    const keepMine = notice.getByRole('button', { name: /^Opublikuję mój tekst zamiast wersji 2/ });
    await keepMine.waitFor();
    expect((await axe(page, 'publish conflict with their changes (pl)')).violations).toEqual([]);
    await screenshot(page, 'plan-publish-conflict-1366');

    await keepMine.click();
    await page.getByRole('button', { name: 'Opublikuj wersję 3' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText(/Wersja 3 z/).waitFor();
  });
});
