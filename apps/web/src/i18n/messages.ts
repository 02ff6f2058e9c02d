import app from '../app/messages';
import auth from '../modules/auth/messages';
import type { Catalogue } from './catalogue';
import type { CATALOGUES } from './all-catalogues';
import type { Locale } from './locale';

type Ids<C> = C extends { pl: Record<infer K, string> } ? K : never;
export type MessageId = Ids<typeof app | typeof auth | (typeof CATALOGUES)[number]>;

/**
 * The labels of the current build. The first page a visitor sees (sign-in and the other
 * signed-out account pages) needs only the app's and the account pages' catalogues; every other
 * page loads the rest first (loadAllCatalogues), so the sign-in page stays within its budget.
 * react-intl reads these objects at each format, so labels added later are found.
 */
export const MESSAGES: Record<Locale, Record<MessageId, string>> = { pl: {} as Record<MessageId, string>, en: {} as Record<MessageId, string> };

function add(catalogues: readonly Catalogue[]): void {
  for (const catalogue of catalogues) {
    for (const locale of ['pl', 'en'] as const) {
      for (const [id, text] of Object.entries(catalogue[locale])) {
        if (id in MESSAGES[locale] && MESSAGES[locale][id as MessageId] !== text) throw new Error(`message id ${id} is defined twice`);
        MESSAGES[locale][id as MessageId] = text;
      }
    }
  }
}

add([app, auth]);

let everything: Promise<void> | undefined;
/** Loads every other module's labels (once). */
export function loadAllCatalogues(): Promise<void> {
  everything ??= import('./all-catalogues').then(({ CATALOGUES }) => add(CATALOGUES));
  return everything;
}
