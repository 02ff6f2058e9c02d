import type { Page } from 'playwright-core';
import { apiSignIn, DEMO_SLUG } from './api';

export const COORDINATOR = 'koordynator@wspolnie.example';

/** Text as the page has it: Polish amounts use U+00A0; locators match whitespace loosely, strings do not. */
export const plain = (text: string | null) =>
  (text ?? '')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The API itself, to compare what the page shows with what it computes. */
export async function api<T>(query: string, variables: Record<string, unknown> = {}, email = COORDINATOR): Promise<T> {
  return (await apiSignIn(email)).gql<T>(query, variables);
}

export async function openPipeline(page: Page): Promise<void> {
  await page.goto(`/partnerships/${DEMO_SLUG}/pipeline`);
  await page
    .getByRole('heading', {
      level: 1,
      name: /^(Projekty partnerstwa|Partnership projects)$/,
    })
    .waitFor();
  await page.locator('.stage-column').first().waitFor();
}
