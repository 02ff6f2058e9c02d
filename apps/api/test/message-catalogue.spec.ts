import { definedCatalogues, type CatalogueEntry, LOCALES, type Locale } from '@wspolnie/platform-i18n';
// Importing the composition loads every context, and with it every catalogue.
import { CONTEXT_MODULES } from '../src/app/composition';

/** The plural forms each language needs (Intl.PluralRules for integers). */
const PLURAL_FORMS: Record<Locale, readonly string[]> = { en: ['one', 'other'], pl: ['one', 'few', 'many', 'other'] };

function placeholders(entry: CatalogueEntry): string[] {
  const texts = typeof entry === 'string' ? [entry] : Object.values(entry).filter((text): text is string => text !== undefined);
  return [...new Set(texts.flatMap((text) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1])))].sort();
}

describe('the message catalogues', () => {
  const catalogues = [...definedCatalogues()];

  it('are loaded for every context', () => {
    expect(CONTEXT_MODULES.length).toBeGreaterThan(0);
    expect(catalogues.map(([namespace]) => namespace)).toEqual(expect.arrayContaining(['errors', 'identity', 'partnerships', 'projects', 'gminas']));
  });

  it.each(catalogues)('%s has every message in Polish and English, with the same placeholders', (_namespace, catalogue) => {
    const keys = Object.keys(catalogue.en).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(catalogue[locale]).sort()).toEqual(keys);
      for (const key of keys) {
        const entry = catalogue[locale][key];
        const texts = typeof entry === 'string' ? [entry] : Object.values(entry);
        expect(texts.every((text) => typeof text === 'string' && text.trim().length > 0)).toBe(true);
        if (typeof entry !== 'string') expect(Object.keys(entry).sort()).toEqual(expect.arrayContaining([...PLURAL_FORMS[locale]].sort()));
      }
    }
    for (const key of keys) expect({ key, placeholders: placeholders(catalogue.pl[key]) }).toEqual({ key, placeholders: placeholders(catalogue.en[key]) });
  });

  it('keep Polish messages Polish: no English left untranslated', () => {
    const same = catalogues.flatMap(([namespace, catalogue]) =>
      Object.keys(catalogue.en).filter((key) => {
        const en = JSON.stringify(catalogue.en[key]);
        // Names and codes read the same in both languages; sentences do not.
        return en === JSON.stringify(catalogue.pl[key]) && /\s\w+\s\w+\s/.test(en);
      }).map((key) => `${namespace}:${key}`),
    );
    expect(same).toEqual([]);
  });
});
