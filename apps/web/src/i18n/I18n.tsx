import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { formatDay, formatInteger, formatMoment, formatMoney } from './format';
import { INTL_TAG, type Locale, storedLocale, storeLocale } from './locale';
import { MESSAGES, type MessageId } from './messages';

interface LocaleState {
  readonly locale: Locale;
  /** Switches the language; `persist` is called with it (the signed-in person's account keeps it). */
  setLocale(locale: Locale): void;
}

const LocaleContext = createContext<LocaleState | null>(null);

/** Called when the language changes, to keep it with the account (set by the session layer). */
let onLocaleChosen: ((locale: Locale) => void) | undefined;
export function whenLocaleChosen(listener: ((locale: Locale) => void) | undefined): void {
  onLocaleChosen = listener;
}

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(initial ?? storedLocale());
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    storeLocale(next);
    onLocaleChosen?.(next);
  }, []);
  const state = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return (
    <LocaleContext.Provider value={state}>
      <IntlProvider locale={INTL_TAG[locale]} messages={MESSAGES[locale]} defaultLocale="pl-PL" onError={reportMissing}>
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

function reportMissing(error: Error): void {
  // Missing ids fail the type check; anything else is a broken ICU message, worth seeing in tests.
  if (import.meta.env.MODE !== 'production') console.error(error.message);
}

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocale outside I18nProvider');
  return state;
}

export type Translate = (id: MessageId, values?: Record<string, string | number | Date | null | undefined>) => string;

/** The translator and formatters of the current language. */
export function useT() {
  const intl = useIntl();
  const { locale } = useLocale();
  return useMemo(() => {
    const t: Translate = (id, values) => intl.formatMessage({ id }, values as Record<string, string | number>);
    return {
      t,
      locale,
      money: (amount: string) => formatMoney(amount, locale),
      day: (day: string, style?: 'short' | 'long') => formatDay(day, locale, style),
      moment: (instant: string, withTime?: boolean) => formatMoment(instant, locale, withTime),
      integer: (value: number) => formatInteger(value, locale),
      collator: new Intl.Collator(INTL_TAG[locale]),
    };
  }, [intl, locale]);
}
