import { signInThroughPage } from '@wspolnie/testing-api-process';
import type { Browser, Page } from 'playwright-core';
import { BENCH_PASSWORD } from '../generate';

/** Waits in the browser longer than this mean something is broken, not slow (a failure of the run). */
export const BROKEN_AFTER_MS = 10_000;

/** The board's read and move, by their operation names (apps/web/src/modules/board/board.graphql). */
export const BOARD_QUERY = 'BoardProject';
export const MOVE_MUTATION = 'BoardMoveTask';

/**
 * A new browser context (its own cookies: the session cookie is HttpOnly, Path=/graphql, so the
 * only way to a session is the sign-in form), signed in as `email`. Uncaught errors of the app
 * in it are failures of the run.
 */
export async function signedInPage(browser: Browser, appUrl: string, email: string, failures: string[]): Promise<Page> {
  const context = await browser.newContext({ baseURL: appUrl, locale: 'pl-PL', timezoneId: 'Europe/Warsaw', viewport: { width: 1366, height: 768 } });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  page.on('pageerror', (error) => failures.push(`web: ${page.url()}: ${error.message}`));
  await signInThroughPage(page, email, BENCH_PASSWORD);
  return page;
}

export interface RequestTiming {
  /** When the browser started the request (epoch ms). */
  readonly startedAt: number;
  readonly ms: number;
}

/**
 * Collects, as the page's requests finish, how long the API took over each POST /graphql of one
 * operation as the browser saw it: from sending the request to the answer's last byte
 * (Request.timing()), i.e. the API's own share of what the page waited for.
 */
export function graphqlTimings(page: Page, operationName: string): RequestTiming[] {
  const times: RequestTiming[] = [];
  page.on('requestfinished', (request) => {
    if (request.method() !== 'POST' || !new URL(request.url()).pathname.endsWith('/graphql')) return;
    let name: unknown;
    try {
      name = (request.postDataJSON() as { operationName?: unknown } | null)?.operationName;
    } catch {
      return;
    }
    if (name !== operationName) return;
    const timing = request.timing();
    // -1 where Chromium did not report the phase.
    if (timing.requestStart >= 0 && timing.responseEnd >= timing.requestStart) times.push({ startedAt: timing.startTime, ms: timing.responseEnd - timing.requestStart });
  });
  return times;
}

/**
 * Opens the project's board and resolves performance.now() (ms since the navigation started) at
 * the first animation frame in which `tasks` cards are in the document; NaN when they are not
 * within BROKEN_AFTER_MS. Waits for the commit only, so that the page is watched from its start
 * rather than from its load event (which may come after the cards).
 */
export async function openBoard(page: Page, projectId: string, tasks: number): Promise<number> {
  await page.goto(`/projects/${projectId}/board`, { waitUntil: 'commit' });
  try {
    const at = await page.waitForFunction((n) => document.querySelectorAll('.task-card').length >= n && performance.now(), tasks, { polling: 'raf', timeout: BROKEN_AFTER_MS });
    return Number(await at.jsonValue());
  } catch {
    return NaN;
  }
}

/**
 * Waits until the board follows the project's live stream (its indicator says so), so that a
 * measure starts from a quiet page: nothing of the board's start still in flight.
 */
export async function untilLive(page: Page): Promise<boolean> {
  try {
    await page.getByText('Aktualizacje na żywo włączone').waitFor({ timeout: BROKEN_AFTER_MS });
    return true;
  } catch {
    return false;
  }
}
