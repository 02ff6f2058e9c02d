/** The languages people read Wspólnie in. Polish is the default: most users are gmina officials. */
export type Locale = 'pl' | 'en';
export const LOCALES: readonly Locale[] = ['pl', 'en'];
export const DEFAULT_LOCALE: Locale = 'pl';

/**
 * Values put into a message: text and numbers as they are, nested messages rendered in the
 * same language, a list of messages as one sentence ("a; b; c"), and values written per language.
 */
export type MessageParam = string | number | Message | readonly Message[] | InEachLanguage;

/** A value written differently per language, such as a date ("8 grudnia 2026" / "8 December 2026"). */
export type InEachLanguage = { readonly [L in Locale]: string };

/** The value in each language, from a function that writes it in one. */
export function inEachLanguage(write: (locale: Locale) => string): InEachLanguage {
  return Object.fromEntries(LOCALES.map((locale) => [locale, write(locale)])) as InEachLanguage;
}
export type MessageParams = Readonly<Record<string, MessageParam>>;

/**
 * Something to tell a person, not yet in any language. Errors carry these, so the same error
 * reads in Polish or English depending on who asked; `key` is `namespace:name` in the catalogue.
 */
export interface Message {
  readonly key: string;
  readonly params: MessageParams;
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).key === 'string' && typeof (value as Message).params === 'object';
}
