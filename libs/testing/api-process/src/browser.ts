import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's Chromium unless CHROMIUM_PATH names another: playwright-core downloads no browser of its own. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * As root Chromium needs --no-sandbox; the rest keep it from calling Google's hosts, which this
 * closed network refuses many at a time (and whose retries would skew timings).
 */
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/**
 * Headless Chromium for the browser tests (apps/web-e2e) and the benchmark (bench) alike.
 * playwright-core starts it with a new empty profile of its own (and removes it after).
 */
export function launchChromium(): Promise<Browser> {
  // A busy 2-core machine may take tens of seconds to start a browser while the API builds or seeds.
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, timeout: 60_000 });
}

/**
 * Signs in through the sign-in form, as a person would, and waits for the page after it. The
 * page's context needs the app's address as its baseURL. Through the page, not the API: the
 * session cookie is HttpOnly (Path=/graphql) and only the app's own requests get it.
 */
export async function signInThroughPage(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel(/Adres e-mail|E-mail address/).fill(email);
  await page.getByLabel(/^(Hasło|Password)$/).fill(password);
  await page.getByRole('button', { name: /^(Zaloguj się|Sign in)$/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}
