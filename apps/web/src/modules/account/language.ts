import { Language } from './graphql.generated';
import type { Locale } from '../../i18n/locale';

/** The API's Language for the app's locale, and back. */
export const languageOf = (locale: Locale): Language => (locale === 'en' ? Language.En : Language.Pl);
export const localeOf = (language: Language): Locale => (language === Language.En ? 'en' : 'pl');
