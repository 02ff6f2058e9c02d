/** The languages people read Wspólnie in. Polish is the default: most users are gmina officials. */
export type Locale = 'pl' | 'en';
export const LOCALES: readonly Locale[] = ['pl', 'en'];
export const DEFAULT_LOCALE: Locale = 'pl';

/**
 * Values put into a message: text and numbers as they are, nested messages rendered in the
 * same language, and a list of messages as one sentence ("a; b; c").
 */
export type MessageParam = string | number | Message | readonly Message[];
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
