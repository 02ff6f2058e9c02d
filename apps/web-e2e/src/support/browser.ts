import AxeBuilder from '@axe-core/playwright';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** The app under test (set by global-setup). */
export const APP_URL = process.env['WEB_E2E_URL'] ?? 'http://127.0.0.1:3000';
export const DEMO_PASSWORD = 'Wspolnie-demo-2026';
const ROOT = join(__dirname, '..', '..', '..', '..');
/** Screenshots and the axe report, for a person to look at (not committed). */
export const ARTIFACTS = join(ROOT, 'dist', 'web-e2e');

export interface Session {
  readonly browser: Browser;
  newPage(options?: { viewport?: { width: number; height: number }; locale?: string }): Promise<{ context: BrowserContext; page: Page }>;
  /** Errors thrown in any page of this browser (an app's uncaught error is a failure whatever the test checks). */
  readonly pageErrors: string[];
  close(): Promise<void>;
}

/** A browser; every page in a new context (its own cookies and storage). */
export async function openBrowser(): Promise<Session> {
  // The bench launches the same way (libs/testing/api-process/src/browser.ts). Loaded lazily
  // as elsewhere in this project (global-setup, api.ts): Nx forbids mixing static and lazy imports.
  const { launchChromium } = await import('@wspolnie/testing-api-process');
  const browser = await launchChromium();
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

/**
 * Signs in through the form, as a person would, and waits for the page after it. Demo people
 * are shared by every test file and keep their chosen language in their account: each starts
 * in Polish here, whatever an earlier test switched to.
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  if (password === DEMO_PASSWORD) await inPolish(email, password);
  const { signInThroughPage } = await import('@wspolnie/testing-api-process');
  await signInThroughPage(page, email, password);
}

async function inPolish(email: string, password: string): Promise<void> {
  const post = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${APP_URL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, any> | null; errors?: unknown[] };
  };
  const signedIn = await post('mutation ($i: SignInInput!) { signIn(input: $i) { accessToken } }', { i: { email, password } });
  const token = signedIn.data?.['signIn']?.accessToken as string | undefined;
  if (!token) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(signedIn.errors)}`);
  const set = await post('mutation { setPreferredLanguage(language: PL) { id } }', {}, token);
  if (set.errors?.length) throw new Error(`could not set ${email} to Polish: ${JSON.stringify(set.errors)}`);
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
