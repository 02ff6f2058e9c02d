import type { Locator, Page } from 'playwright-core';
import { type ApiSession, apiSignIn, createProject, createTask } from './support/api';
import { axe, openBrowser, screenshot, type Session, signIn } from './support/browser';

const OFFICIAL = 'urzednik.rajcza@wspolnie.example';
const COLLEAGUE = 'urzednik.ujsoly@wspolnie.example';
const COORDINATOR = 'koordynator@wspolnie.example';
const OFFICIAL_NAME = 'Katarzyna Kowalczyk (UG Rajcza)';
const COLLEAGUE_NAME = 'Paweł Ślęzak (UG Ujsoły)';
const PDF_NAME = 'Karta projektu – żłobek.pdf';

/** A small but real PDF: file-type knows it by its first bytes. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);
/** An executable (its MZ header) named as a PDF: refused by what its bytes are. */
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00', 'latin1'), Buffer.alloc(2048, 0)]);

const discussion = (page: Page) => page.getByRole('region', { name: /^Dyskusja/ });
const files = (page: Page) => page.getByRole('region', { name: 'Załączniki', exact: true });
const commentWith = (scope: Locator, text: string) => scope.getByRole('article').filter({ hasText: text });
const status = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

async function unread(session: ApiSession): Promise<number> {
  return (await session.gql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }')).unreadNotificationCount;
}

async function expectNoViolations(page: Page, name: string): Promise<void> {
  expect((await axe(page, name)).violations).toEqual([]);
}

describe('discussion and attachments of projects and tasks', () => {
  let browser: Session;
  let coordinator: ApiSession;
  let official: ApiSession;
  let colleague: ApiSession;
  let project: { id: string };
  let taskId: string;
  const title = `Dyskusja testowa ${Date.now()}`;
  const FIRST = 'Proszę o opinię w sprawie trasy,';

  beforeAll(async () => {
    browser = await openBrowser();
    coordinator = await apiSignIn(COORDINATOR);
    official = await apiSignIn(OFFICIAL);
    colleague = await apiSignIn(COLLEAGUE);
    project = await createProject(coordinator, title);
    taskId = (await createTask(coordinator, project.id, 'Uzgodnić przebieg trasy')).id;
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(() => expect(browser.pageErrors).toEqual([]));

  async function openProject(email: string): Promise<Page> {
    const { page } = await browser.newPage();
    await signIn(page, email);
    await page.goto(`/projects/${project.id}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await discussion(page).getByText('Nikt jeszcze tu nie pisał.').or(discussion(page).getByRole('article').first()).waitFor();
    await page.getByText('Aktualizacje na żywo włączone').waitFor();
    return page;
  }

  it('takes a comment with a mention chosen by keyboard; the colleague sees it live and is notified', async () => {
    const watcher = await openProject(COLLEAGUE);
    const before = await unread(colleague);
    const page = await openProject(OFFICIAL);
    const talk = discussion(page);
    await expectNoViolations(page, 'project discussion, empty (pl)');

    await talk.getByRole('button', { name: 'Dodaj komentarz' }).click();
    await talk.getByRole('alert').getByRole('link', { name: 'Twój komentarz: Wpisz treść komentarza' }).waitFor();
    await expectNoViolations(page, 'project discussion, error (pl)');

    const text = talk.getByLabel('Twój komentarz');
    await text.focus();
    await page.keyboard.type(`${FIRST} @pawe`);
    const list = talk.getByRole('listbox', { name: 'Osoby do wzmianki' });
    await list.getByRole('option', { name: COLLEAGUE_NAME }).waitFor();
    await status(page, 'pasuje').or(status(page, 'pasują')).first().waitFor();
    await expectNoViolations(page, 'project discussion, mention list open (pl)');
    await page.keyboard.press('Enter');
    await list.waitFor({ state: 'detached' });
    expect(await text.inputValue()).toMatch(new RegExp(`^${FIRST} @\\[${COLLEAGUE_NAME.replace(/[()]/g, '\\$&')}\\]\\([0-9a-f-]{36}\\) $`));
    await page.keyboard.type('dziękuję.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    const mine = commentWith(talk, FIRST);
    await mine.getByText(`@${COLLEAGUE_NAME}`).waitFor();
    await status(page, 'Dodano komentarz.').waitFor();
    expect(await text.inputValue()).toBe('');
    await expectNoViolations(page, 'project discussion, one comment (pl)');

    // The colleague's page has it without a reload, said politely, and the inbox counts it.
    const theirs = commentWith(discussion(watcher), FIRST);
    await theirs.getByText(`@${COLLEAGUE_NAME}`).waitFor();
    await status(watcher, `Nowy komentarz: ${OFFICIAL_NAME}.`).waitFor();
    await watcher.getByRole('link', { name: new RegExp(`^Powiadomienia \\(${before + 1} nieprzeczytan`) }).waitFor();
    expect(await unread(colleague)).toBe(before + 1);
    await expectNoViolations(watcher, 'project discussion, live (pl)');
  });

  it('takes a reply, an edit with its history (a conflict shown against the text as it is now) and a deletion', async () => {
    const watcher = await openProject(COLLEAGUE);
    const page = await openProject(OFFICIAL);
    const talk = discussion(page);
    // A draft being written stays as it is while others' comments come in.
    const draft = 'Szkic, którego jeszcze nie wysłano';
    await talk.getByLabel('Twój komentarz').fill(draft);

    const reply = 'Trasa wzdłuż potoku jest lepsza.';
    await commentWith(discussion(watcher), FIRST).getByRole('button', { name: 'Odpowiedz' }).click();
    const replyBox = discussion(watcher).getByLabel(`Odpowiedź na komentarz: ${OFFICIAL_NAME}`);
    await watcher.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    await replyBox.fill(reply);
    await discussion(watcher).getByRole('button', { name: 'Wyślij odpowiedź' }).click();
    const answered = commentWith(discussion(watcher), reply);
    await answered.getByText(`w odpowiedzi na: ${OFFICIAL_NAME}`).waitFor();
    await status(watcher, 'Dodano odpowiedź.').waitFor();
    await watcher.waitForFunction(() => document.activeElement?.closest('article')?.textContent?.includes('Trasa wzdłuż potoku'));

    await commentWith(talk, reply).getByText(`w odpowiedzi na: ${OFFICIAL_NAME}`).waitFor();
    await status(page, `Nowy komentarz: ${COLLEAGUE_NAME}.`).waitFor();
    expect(await talk.getByLabel('Twój komentarz').inputValue()).toBe(draft);
    await expectNoViolations(page, 'project discussion, a reply (pl)');
    const mine = commentWith(talk, FIRST);

    // Edited meanwhile elsewhere (the same person in another tab): the save answers CONFLICT.
    await mine.getByRole('button', { name: 'Edytuj' }).click();
    const edit = mine.getByLabel('Treść komentarza');
    await edit.fill(`${FIRST} do piątku.`);
    const { project: read } = await official.gql<{ project: { comments: { id: string; version: number; body: string }[] } }>(
      'query ($id: UUID!) { project(id: $id) { comments { id version body } } }',
      { id: project.id },
    );
    const stored = read.comments.find((comment) => comment.body.startsWith(FIRST))!;
    await official.gql('mutation ($i: EditCommentInput!) { editComment(input: $i) { id } }', { i: { id: stored.id, expectedVersion: stored.version, body: `${stored.body} (poprawione)` } });
    await mine.getByRole('button', { name: 'Zapisz zmiany' }).click();
    const conflict = mine.getByRole('region', { name: 'Ktoś zmienił to w międzyczasie' });
    await conflict.getByText('(poprawione)').waitFor();
    await expectNoViolations(page, 'project discussion, edit conflict (pl)');
    await conflict.getByRole('button', { name: 'Zapisz moje' }).click();
    // Until the save answers, the panel still shows "your version" beside the comment: read the comment once it has gone.
    await status(page, 'Zapisano zmiany komentarza.').waitFor();
    await conflict.waitFor({ state: 'detached' });
    await mine.getByText(`${FIRST} do piątku.`).waitFor();
    await mine.getByText(/edytowany \d{1,2}\.\d{2}\.\d{4}/).waitFor();
    await mine.getByText('Pokaż 2 wcześniejsze wersje').click();
    await mine.getByText('Wersja 1, napisana', { exact: false }).waitFor();
    await expectNoViolations(page, 'project discussion, earlier versions (pl)');

    await mine.getByRole('button', { name: 'Usuń' }).click();
    await mine.getByText('Usunąć ten komentarz?', { exact: false }).waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Tak, usuń');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.textContent === 'Usuń');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.textContent === 'Tak, usuń');
    await expectNoViolations(page, 'project discussion, delete question (pl)');
    await mine.getByRole('button', { name: 'Tak, usuń' }).click();
    await talk.getByText(/^Komentarz usunięty /).waitFor();
    await status(page, 'Usunięto komentarz.').waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('comment--deleted'));
    // The reply still says what it answered.
    await commentWith(talk, reply).waitFor();
    await commentWith(discussion(watcher), 'Komentarz usunięty').waitFor();
    await expectNoViolations(page, 'project discussion, deleted (pl)');
  });

  it('comments on a task from its page, reached from the board', async () => {
    const { page } = await browser.newPage();
    await signIn(page, OFFICIAL);
    await page.goto(`/projects/${project.id}/board`);
    await page.getByRole('link', { name: 'Szczegóły i dyskusja: Uzgodnić przebieg trasy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zadanie: Uzgodnić przebieg trasy' }).waitFor();
    await page.getByText('Aktualizacje na żywo włączone').waitFor();
    await expectNoViolations(page, 'task page (pl)');
    const talk = discussion(page);
    await talk.getByLabel('Twój komentarz').fill('Mapa w załączniku projektu.');
    await talk.getByRole('button', { name: 'Dodaj komentarz' }).click();
    await commentWith(talk, 'Mapa w załączniku projektu.').getByText(OFFICIAL_NAME).waitFor();
    await talk.getByRole('heading', { name: 'Dyskusja (1 komentarz)' }).waitFor();
    await screenshot(page, 'task-page');
    await expectNoViolations(page, 'task page, one comment (pl)');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Task: Uzgodnić przebieg trasy' }).waitFor();
    await page
      .getByRole('region', { name: /^Discussion/ })
      .getByRole('heading', { name: 'Discussion (1 comment)' })
      .waitFor();
    await page.getByRole('region', { name: 'Attachments', exact: true }).getByText('There are no attachments yet.').waitFor();
    await expectNoViolations(page, 'task page (en)');
    await page.getByRole('button', { name: 'Polski' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zadanie: Uzgodnić przebieg trasy' }).waitFor();
    await page.getByRole('link', { name: 'Wróć do tablicy zadań' }).click();
    await page.getByRole('link', { name: 'Szczegóły i dyskusja (1 komentarz): Uzgodnić przebieg trasy' }).waitFor();
    const { task } = await official.gql<{ task: { commentCount: number } }>('query ($id: UUID!) { task(id: $id) { commentCount } }', { id: taskId });
    expect(task.commentCount).toBe(1);
  });

  it('uploads a PDF, lists and downloads it under its name, refuses a renamed executable on the field, and removes a file after asking', async () => {
    const page = await openProject(OFFICIAL);
    const box = files(page);
    await box.getByText('Nie ma jeszcze załączników.').waitFor();
    await box.getByRole('button', { name: 'Załącz plik' }).click();
    await box.getByRole('alert').getByRole('link', { name: 'Plik do załączenia: Wybierz plik do załączenia' }).waitFor();

    await box.getByLabel('Plik do załączenia').setInputFiles({ name: PDF_NAME, mimeType: 'application/pdf', buffer: PDF });
    await box.getByRole('button', { name: 'Załącz plik' }).click();
    await status(page, `Załączono plik „${PDF_NAME}”.`).waitFor();
    const row = box.getByRole('row').filter({ hasText: PDF_NAME });
    await row.getByText('Dokument PDF').waitFor();
    await row.getByText(new RegExp(`^${PDF.length} bajt(y|ów)$`)).waitFor();
    await row.getByText(OFFICIAL_NAME, { exact: false }).waitFor();
    await expectNoViolations(page, 'project files, one file (pl)');

    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: `Pobierz „${PDF_NAME}”` }).click()]);
    expect(download.suggestedFilename()).toBe(PDF_NAME);
    await status(page, `Pobrano plik „${PDF_NAME}”.`).waitFor();

    await box.getByLabel('Plik do załączenia').setInputFiles({ name: 'kosztorys.pdf', mimeType: 'application/pdf', buffer: EXE });
    await box.getByRole('button', { name: 'Załącz plik' }).click();
    const field = box.getByLabel('Plik do załączenia');
    await box
      .locator('.field__error')
      .getByText(/Nie można załączać plików tego rodzaju/)
      .waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(
      await field.evaluate((input) =>
        input
          .getAttribute('aria-describedby')
          ?.split(' ')
          .map((id) => document.getElementById(id)?.textContent)
          .join(' '),
      ),
    ).toContain('Nie można załączać plików tego rodzaju');
    expect(await box.getByRole('row').filter({ hasText: 'kosztorys.pdf' }).count()).toBe(0);
    await expectNoViolations(page, 'project files, type refused (pl)');

    await row.getByRole('button', { name: `Usuń z listy „${PDF_NAME}”` }).click();
    await box.getByText(`Usunąć „${PDF_NAME}” z listy załączników?`, { exact: false }).waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Tak, usuń z listy');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label')?.startsWith('Usuń z listy „'));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.textContent === 'Tak, usuń z listy');
    await expectNoViolations(page, 'project files, remove question (pl)');
    await box.getByRole('button', { name: 'Tak, usuń z listy' }).click();
    await status(page, `Usunięto „${PDF_NAME}” z listy załączników.`).waitFor();
    await box.getByText('Nie ma jeszcze załączników.').waitFor();
  });
});
