import Negotiator from 'negotiator';
import { DEFAULT_LOCALE, type Locale, LOCALES } from './message';

/**
 * The language to answer in, from an `Accept-Language` header: the caller's best-rated one
 * of Polish and English, Polish when the header is absent or names neither.
 */
export function localeOf(acceptLanguage: string | readonly string[] | undefined): Locale {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage;
  if (!header) return DEFAULT_LOCALE;
  const chosen = new Negotiator({ headers: { 'accept-language': header } }).language([...LOCALES]);
  return (chosen as Locale | undefined) ?? DEFAULT_LOCALE;
}
