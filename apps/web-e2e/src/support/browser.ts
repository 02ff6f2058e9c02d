import AxeBuilder from '@axe-core/playwright';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** The app under test (set by global-setup). */
export const APP_URL = process.env['WEB_E2E_URL'] ?? 'http://127.0.0.1:3000';
export const DEMO_PASSWORD = 'Wspolnie-demo-2026';
const ROOT = join(__dirname, '..', '..', '..', '..');
/** Screenshots and the axe report, for a person to look at (not committed). */
export const ARTIFACTS = join(ROOT, 'dist', 'web-e2e');

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/**
 * As root Chromium needs --no-sandbox; the rest keep it from calling Google's hosts, which this
 * closed network refuses many at a time.
 */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export interface Session {
  readonly browser: Browser;
  newPage(options?: { viewport?: { width: number; height: number }; locale?: string }): Promise<{ context: BrowserContext; page: Page }>;
  /** Errors thrown in any page of this browser (an app's uncaught error is a failure whatever the test checks). */
  readonly pageErrors: string[];
  close(): Promise<void>;
}

/** A browser; every page in a new context (its own cookies and storage). */
export async function openBrowser(): Promise<Session> {
  // playwright-core starts Chromium with a new empty profile of its own (and removes it after).
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, timeout: 60_000 });
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  return {
    browser,
    pageErrors,
    async newPage({ viewport = { width: 1366, height: 768 }, locale = 'pl-PL' } = {}) {
      const context = await browser.newContext({ viewport, locale, timezoneId: 'Europe/Warsaw', baseURL: APP_URL });
      context.setDefaultTimeout(20_000);
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
      return { context, page };
    },
    async close() {
      await Promise.allSettled(contexts.map((context) => context.close()));
      await browser.close();
    },
  };
}

/** Signs in through the form, as a person would, and waits for the page after it. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel(/Adres e-mail|E-mail address/).fill(email);
  await page.getByLabel(/^(Hasło|Password)$/).fill(password);
  await page.getByRole('button', { name: /^(Zaloguj się|Sign in)$/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

export interface AxeOutcome {
  readonly page: string;
  readonly violations: { id: string; impact: string | null | undefined; nodes: number; help: string }[];
}

/**
 * axe-core on what the page shows now (WCAG 2.0–2.2 A and AA rules). Every result is appended
 * to dist/web-e2e/axe.jsonl for the record; the caller asserts there is no violation.
 */
export async function axe(page: Page, name: string): Promise<AxeOutcome> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const outcome = { page: name, violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })) };
  mkdirSync(ARTIFACTS, { recursive: true });
  appendFileSync(join(ARTIFACTS, 'axe.jsonl'), `${JSON.stringify({ ...outcome, passes: result.passes.length })}\n`);
  return outcome;
}

/** A screenshot for people to look at, at the page's current size. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(join(ARTIFACTS, 'screenshots'), { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'screenshots', `${name}.png`), fullPage: true });
}

export function writeArtifact(name: string, content: string): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, name), content);
}
