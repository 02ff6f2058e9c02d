import i18next, { type i18n } from 'i18next';
import { DEFAULT_LOCALE, type InEachLanguage, type Locale, LOCALES, type Message, type MessageParam, type MessageParams } from './message';

/** Forms of a message that depends on `count`: Polish has one (1), few (2–4, 22–24) and many (5–21). */
export interface PluralForms {
  readonly one: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export type CatalogueEntry = string | PluralForms;

/** Both languages with the same keys: the compiler refuses a catalogue missing a message in either. */
export type Catalogues<K extends string> = { readonly [L in Locale]: Readonly<Record<K, CatalogueEntry>> };

/** Builds a message of one namespace; the key is checked by the compiler. */
export type MessageFactory<K extends string> = (key: K, params?: MessageParams) => Message;

// One i18next instance for the process, synchronous: every catalogue is in memory from import time.
const instance: i18n = i18next.createInstance();
void instance.init({
  initAsync: false,
  lng: DEFAULT_LOCALE,
  fallbackLng: false,
  supportedLngs: [...LOCALES],
  keySeparator: false,
  nsSeparator: ':',
  ns: [],
  resources: {},
  // Messages are plain text put into JSON, never HTML.
  interpolation: { escapeValue: false },
  returnNull: false,
});

const registered = new Map<string, Catalogues<string>>();

function flatten(entries: Readonly<Record<string, CatalogueEntry>>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, entry] of Object.entries(entries)) {
    if (typeof entry === 'string') flat[key] = entry;
    else for (const [form, text] of Object.entries(entry)) if (text !== undefined) flat[`${key}_${form}`] = text;
  }
  return flat;
}

/**
 * Registers a context's messages in both languages and returns the function that names them.
 * Each context owns its namespace; together they are the one catalogue per language.
 */
export function defineMessages<const K extends string>(namespace: string, catalogues: Catalogues<K>): MessageFactory<K> {
  if (registered.has(namespace)) throw new Error(`The message namespace ${namespace} is defined twice.`);
  registered.set(namespace, catalogues);
  for (const locale of LOCALES) instance.addResourceBundle(locale, namespace, flatten(catalogues[locale]), true, true);
  return (key, params = {}) => ({ key: `${namespace}:${key}`, params });
}

/** Every namespace defined so far, for the test that keeps both languages complete. */
export function definedCatalogues(): ReadonlyMap<string, Catalogues<string>> {
  return registered;
}

/** The message in the given language; nested messages are rendered in the same language. */
export function render(message: Message, locale: Locale): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params)) values[name] = renderParam(value, locale);
  return instance.t(message.key, { ...values, lng: locale });
}

function renderParam(value: MessageParam, locale: Locale): string | number {
  if (typeof value !== 'object') return value;
  if (!Array.isArray(value)) return 'key' in value ? render(value as Message, locale) : (value as InEachLanguage)[locale];
  // Sentences joined into one, without the full stop each has on its own.
  return (value as readonly Message[]).map((item) => render(item, locale).replace(/[.。]\s*$/, '')).join('; ');
}

/** True when the catalogue has the message: a missing one would otherwise show its key. */
export function hasMessage(key: string, locale: Locale): boolean {
  return instance.exists(key, { lng: locale }) || instance.exists(`${key}_other`, { lng: locale });
}
