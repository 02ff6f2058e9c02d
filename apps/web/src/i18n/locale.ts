export const LOCALES = ['pl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const STORAGE_KEY = 'wspolnie.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Polish unless this browser chose English before (signed-out); a signed-in person's choice is their account's. */
export function storedLocale(): Locale {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : 'pl';
  } catch {
    return 'pl';
  }
}

export function storeLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode without storage: the choice lasts until the tab closes.
  }
}

/** BCP 47 tags for Intl: Polish formats as in Poland; English keeps day-first dates (en-GB). */
export const INTL_TAG: Record<Locale, string> = { pl: 'pl-PL', en: 'en-GB' };
