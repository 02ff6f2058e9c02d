import { formatPln, type Pln } from '@wspolnie/kernel';
import { apiSignIn, demoPartnershipId } from './support/api';
import { axe, openBrowser, screenshot, type Session, signIn } from './support/browser';
import { api, COORDINATOR, openPipeline, plain } from './support/projects';

const SLUG = 'aglomeracja-beskidzka-6';
const OBSERVER = 'obserwator@wspolnie.example';
const STAGES: [string, string][] = [
  ['IDEA', 'Pomysł'],
  ['CONCEPT', 'Koncepcja'],
  ['PREPARATION', 'Przygotowanie (dokumentacja, studium)'],
  ['APPLICATION_SUBMITTED', 'Wniosek złożony'],
  ['FUNDED', 'Dofinansowany (umowa)'],
  ['IN_IMPLEMENTATION', 'W realizacji'],
  ['COMPLETED', 'Zakończony'],
  ['REJECTED', 'Odrzucony'],
  ['WITHDRAWN', 'Wycofany'],
];
/** An amount as the page writes it, white space made plain. */
const money = (amount: string) => plain(formatPln(amount as Pln));
const PLURAL = new Intl.PluralRules('pl');
const projects = (n: number) => `${n} ${{ one: 'projekt', few: 'projekty', many: 'projektów', other: 'projektu' }[PLURAL.select(n) as 'one' | 'few' | 'many' | 'other']}`;

const partnershipId = async () => demoPartnershipId(await apiSignIn(COORDINATOR));

describe('projects: the pipeline, a project and a new project (its changes and conflicts: project-changes.e2e-spec)', () => {
  let browser: Session;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(() => expect(browser.pageErrors).toEqual([]));

  it('shows every stage as a column with the count and total the API computes, as a chart with a table', async () => {
    const id = await partnershipId();
    const { projectPipeline } = await api<{
      projectPipeline: { stage: string; projects: number; totalCost: string }[];
    }>('query ($p: UUID!) { projectPipeline(partnershipId: $p) { stage projects totalCost } }', { p: id });
    const { page } = await browser.newPage();
    await signIn(page, COORDINATOR);
    await openPipeline(page);
    expect(await page.title()).toBe('Projekty partnerstwa — Wspólnie');
    await page.getByText('Partnerstwo 6 jst Aglomeracji Beskidzkiej').first().waitFor();
    await page.locator('.partnership-banner').getByText('koordynator').waitFor();

    const columns = page.locator('.stage-column');
    expect(await columns.count()).toBe(STAGES.length);
    for (const [index, [stage, label]] of STAGES.entries()) {
      const row = projectPipeline.find((candidate) => candidate.stage === stage)!;
      const column = columns.nth(index);
      expect(plain(await column.getByRole('heading', { level: 3 }).textContent())).toBe(label);
      expect(plain(await column.locator('.stage-column__summary').textContent())).toBe(`${projects(row.projects)} · razem ${money(row.totalCost)}`);
      expect(await column.getByRole('listitem').count()).toBe(row.projects);
    }
    const table = page.getByRole('table', {
      name: 'Liczba projektów i ich łączny koszt na każdym etapie',
    });
    for (const [stage, label] of STAGES) {
      const row = projectPipeline.find((candidate) => candidate.stage === stage)!;
      expect(
        plain(
          await table
            .getByRole('row', {
              name: new RegExp(`^${label.replace(/[()]/g, '\\$&')} `),
            })
            .textContent(),
        ),
      ).toBe(`${label}${row.projects}${money(row.totalCost)}`);
    }
    await page
      .getByRole('img', { name: /Wykres słupkowy łącznego kosztu/ })
      .locator('svg')
      .first()
      .waitFor();
    await page.getByRole('link', { name: 'Nowy projekt' }).waitFor();
    expect((await axe(page, 'pipeline (pl)')).violations).toEqual([]);
    await screenshot(page, 'pipeline-1366');
  });

  it('filters by thematic area and lead gmina, as the API filters', async () => {
    const id = await partnershipId();
    const { partnership } = await api<{
      partnership: { thematicAreas: { id: string; namePl: string }[] };
    }>('query ($slug: String) { partnership(slug: $slug) { thematicAreas { id namePl } } }', { slug: SLUG });
    const cycling = partnership.thematicAreas.find((area) => area.namePl === 'Trasy rowerowe')!;
    const { projects: matching } = await api<{
      projects: { edges: { node: { title: string } }[] };
    }>('query ($p: UUID!, $a: UUID) { projects(partnershipId: $p, filter: { thematicAreaId: $a }, first: 100) { edges { node { title } } } }', { p: id, a: cycling.id });
    const { page } = await browser.newPage({
      viewport: { width: 390, height: 844 },
    });
    await signIn(page, COORDINATOR);
    await openPipeline(page);
    await screenshot(page, 'pipeline-390');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    await page.getByLabel('Obszar tematyczny').selectOption({ label: 'Trasy rowerowe' });
    await page.waitForURL(`**/pipeline?area=${cycling.id}`);
    await page
      .getByRole('status')
      .filter({
        hasText: `Projekty spełniające filtry: ${projects(matching.edges.length)}.`,
      })
      .waitFor();
    const titles = await page.locator('.project-card__title').allTextContents();
    expect(titles.sort()).toEqual(matching.edges.map((edge) => edge.node.title).sort());
    expect(titles).toContain('VeloSoła+ — łączniki rowerowe do Ujsół i Istebnej');
    expect((await axe(page, 'pipeline filtered by area (pl, phone)')).violations).toEqual([]);

    await page.getByLabel('Gmina wiodąca').selectOption({ label: 'Istebna' });
    await page.getByRole('status').filter({ hasText: 'Projekty spełniające filtry: 0 projektów.' }).waitFor();
    await page.getByRole('button', { name: 'Wyczyść filtry' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Wszystkie projekty partnerstwa: / })
      .waitFor();
  });

  it('opens a project from its card and shows its sheet, budget shares, funding and stage history', async () => {
    const id = await partnershipId();
    const { projects: found } = await api<{
      projects: {
        edges: {
          node: {
            id: string;
            participants: { costShare: string; gmina: { name: string } }[];
            ownContribution: string;
            totalCost: string;
          };
        }[];
      };
    }>('query ($p: UUID!) { projects(partnershipId: $p, first: 100) { edges { node { id title ownContribution totalCost participants { costShare gmina { name } } } } } }', { p: id });
    const { page } = await browser.newPage();
    await signIn(page, COORDINATOR);
    await openPipeline(page);
    await page
      .getByRole('link', {
        name: 'VeloSoła+ — łączniki rowerowe do Ujsół i Istebnej',
      })
      .click();
    await page
      .getByRole('heading', {
        level: 1,
        name: 'VeloSoła+ — łączniki rowerowe do Ujsół i Istebnej',
      })
      .waitFor();
    const projectId = new URL(page.url()).pathname.split('/').pop()!;
    const project = found.edges.find((edge) => edge.node.id === projectId)!.node;

    const shares = page.getByRole('table', {
      name: 'Udział każdej uczestniczącej gminy w koszcie całkowitym',
    });
    for (const participant of project.participants) {
      expect(
        plain(
          await shares
            .getByRole('row', {
              name: new RegExp(`^${participant.gmina.name} `),
            })
            .textContent(),
        ),
      ).toContain(money(participant.costShare));
    }
    expect(plain(await shares.locator('tfoot').textContent())).toContain(money(project.totalCost));
    await page
      .getByRole('img', { name: /udziałów gmin w kosztach/ })
      .locator('svg')
      .first()
      .waitFor();
    expect(plain(await page.locator('.budget-figures').textContent())).toContain(`Wkład własny gmin${money(project.ownContribution)}`);
    await page.getByRole('table', { name: 'Wskaźniki produktu i rezultatu projektu' }).getByText('Długość wybudowanych dróg rowerowych').waitFor();
    await page.getByRole('link', { name: 'Tablica zadań projektu' }).waitFor();
    expect(await page.getByRole('link', { name: 'Tablica zadań projektu' }).getAttribute('href')).toBe(`/projects/${projectId}/board`);
    expect((await axe(page, 'project (pl)')).violations).toEqual([]);
    await screenshot(page, 'project-1366');

    const phone = await browser.newPage({
      viewport: { width: 390, height: 844 },
    });
    await signIn(phone.page, COORDINATOR);
    await phone.page.goto(`/projects/${projectId}`);
    await phone.page
      .getByRole('img', { name: /udziałów gmin w kosztach/ })
      .locator('svg')
      .first()
      .waitFor();
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect((await axe(phone.page, 'project (pl, phone)')).violations).toEqual([]);
    await screenshot(phone.page, 'project-390');
  });

  it('creates a project with a budget split between three gminas typed the Polish way', async () => {
    const { page } = await browser.newPage();
    await signIn(page, COORDINATOR);
    await openPipeline(page);
    await page.getByRole('link', { name: 'Nowy projekt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nowy projekt' }).waitFor();
    expect((await axe(page, 'new project (pl)')).violations).toEqual([]);

    // Nothing filled in: the form says what is missing, next to each field and in the summary.
    await page.getByRole('button', { name: 'Utwórz projekt' }).click();
    const summary = page.locator('.error-summary');
    await summary.getByText('Wpisz tytuł projektu.').waitFor();
    await summary.getByText('Koszt całkowity (zł): Wpisz koszt całkowity projektu.').waitFor();
    await summary.getByText('Wybierz gminę wiodącą.').waitFor();
    expect(await page.title()).toBe('Błąd: Nowy projekt — Wspólnie');
    expect(await page.getByLabel('Tytuł projektu').getAttribute('aria-invalid')).toBe('true');
    expect((await axe(page, 'new project: missing fields (pl)')).violations).toEqual([]);

    const title = `Wspólne oświetlenie LED tras rowerowych (test ${Date.now()})`;
    await page.getByLabel('Tytuł projektu').fill(title);
    await page.getByLabel('Opis i cele').fill('Test przeglądarkowy: oświetlenie odcinków tras w trzech gminach.');
    await page.getByLabel('Obszar tematyczny').selectOption({ label: 'Trasy rowerowe' });
    await page.getByLabel('Koszt całkowity (zł)').fill('1 234 567,89');
    await page.getByLabel('Udział gminy Rajcza (zł)').fill('600.000,00');
    await page.getByLabel('Udział gminy Ujsoły (zł)').fill('1.234');
    await page.getByLabel('Udział gminy Milówka (zł)').fill('234 567,88');
    await page.getByLabel('Gmina wiodąca').selectOption({ label: 'Rajcza' });
    await page.getByLabel('Udział gminy Milówka (zł)').blur();
    // "1.234" could be złoty or grosze: refused with the reason, before anything is sent.
    await page
      .getByText('Nie wiadomo, czy „1.234” to złote czy grosze.', {
        exact: false,
      })
      .first()
      .waitFor();
    await page.getByLabel('Udział gminy Ujsoły (zł)').fill('400 000,00');
    await page.getByText('Suma udziałów: 1 234 567,88 zł. Brakuje 0,01 zł do kosztu całkowitego 1 234 567,89 zł.').waitFor();
    await page.getByRole('button', { name: 'Dodaj źródło finansowania' }).click();
    await page.getByLabel('Kwota (zł)').fill('1 000 000,00');
    await page.getByLabel('Poziom dofinansowania w procentach (nieobowiązkowo)').fill('81,00');
    await page.getByText('Dofinansowanie razem: 1 000 000,00 zł. Wkład własny gmin: 234 567,89 zł.').waitFor();

    // The shares are one grosz short: the API says so, at the shares.
    await page.getByRole('button', { name: 'Utwórz projekt' }).click();
    await summary.getByText(/brakuje 0,01\szł/).waitFor();
    await page
      .locator('.budget-shares .field__error')
      .getByText(/brakuje 0,01\szł/)
      .waitFor();
    expect((await axe(page, 'new project: shares do not add up (pl)')).violations).toEqual([]);

    await page.getByLabel('Udział gminy Milówka (zł)').fill('234 567,89');
    await page.getByText('Suma udziałów: 1 234 567,89 zł. Zgadza się z kosztem całkowitym.').waitFor();
    await page.getByRole('button', { name: 'Utwórz projekt' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/projects\/[0-9a-f-]{36}$/);

    const shares = page.getByRole('table', {
      name: 'Udział każdej uczestniczącej gminy w koszcie całkowitym',
    });
    expect(plain(await shares.getByRole('row', { name: /^Rajcza / }).textContent())).toBe('Rajczagmina wiodąca600 000,00 zł48,6%');
    expect(plain(await shares.getByRole('row', { name: /^Ujsoły / }).textContent())).toBe('Ujsołypartner400 000,00 zł32,4%');
    expect(plain(await shares.getByRole('row', { name: /^Milówka / }).textContent())).toBe('Milówkapartner234 567,89 zł19,0%');
    expect(plain(await page.locator('.budget-figures').textContent())).toBe('Koszt całkowity1 234 567,89 złDofinansowanie razem1 000 000,00 złWkład własny gmin234 567,89 zł');
    await page
      .getByRole('table', {
        name: 'Dofinansowanie zewnętrzne i wkład własny gmin',
      })
      .getByText('81%')
      .waitFor();
    expect((await axe(page, 'created project (pl)')).violations).toEqual([]);
  });

  it('shows an observer no "Nowy projekt" and no stage or budget controls', async () => {
    const { page } = await browser.newPage();
    await signIn(page, OBSERVER);
    await openPipeline(page);
    await page.locator('.partnership-banner').getByText('obserwator').waitFor();
    expect(await page.getByRole('link', { name: 'Nowy projekt' }).count()).toBe(0);
    expect((await axe(page, 'pipeline as observer (pl)')).violations).toEqual([]);
    await page
      .getByRole('link', {
        name: 'VeloSoła+ — łączniki rowerowe do Ujsół i Istebnej',
      })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Historia etapów' }).waitFor();
    await page
      .getByRole('table', {
        name: 'Udział każdej uczestniczącej gminy w koszcie całkowitym',
      })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Zmień etap' }).count()).toBe(0);
    expect(await page.getByLabel('Nowy etap').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Zmień budżet' }).count()).toBe(0);
    expect((await axe(page, 'project as observer (pl)')).violations).toEqual([]);
    await page.goto(`/partnerships/${SLUG}/projects/new`);
    await page.getByText('Twoja rola w tym partnerstwie nie pozwala tworzyć projektów.').waitFor();
    expect(await page.getByRole('button', { name: 'Utwórz projekt' }).count()).toBe(0);
  });
});
