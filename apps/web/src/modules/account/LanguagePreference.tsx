import { useMutation } from '@apollo/client/react';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useSessionStore } from '../../app/providers';
import { SetPreferredLanguageDocument } from './graphql.generated';
import { useLocale, whenLocaleChosen } from '../../i18n/I18n';
import type { Locale } from '../../i18n/locale';
import { languageOf, localeOf } from './language';

/**
 * The language remembered per person: when a session starts the app switches to the account's
 * language; a switch while signed in is kept with the account. A switch made signed out, just
 * before signing in (on the sign-in or invitation page), is the person's latest word: it is
 * kept with the account instead of being overruled by it. Renders nothing.
 */
export function LanguagePreference() {
  const store = useSessionStore();
  const { locale, setLocale } = useLocale();
  const [save] = useMutation(SetPreferredLanguageDocument);
  const latest = useRef({ locale, setLocale, save });
  useLayoutEffect(() => {
    latest.current = { locale, setLocale, save };
  });

  useEffect(() => {
    let chosenSignedOut: Locale | null = null;
    let applying = false;
    let user: string | undefined;
    const keep = (chosen: Locale) => {
      // The choice already holds here (and in this browser); the account catches up when it can.
      void latest.current.save({ variables: { language: languageOf(chosen) } }).catch(() => undefined);
    };
    whenLocaleChosen((chosen) => {
      if (applying) return;
      if (store.current.status === 'signedIn') keep(chosen);
      else chosenSignedOut = chosen;
    });
    const onSession = () => {
      const state = store.current;
      const next = state.status === 'signedIn' ? state.session.user.id : undefined;
      if (next === user) return;
      user = next;
      if (state.status !== 'signedIn') return;
      const account = state.session.user.preferredLanguage ? localeOf(state.session.user.preferredLanguage) : null;
      if (chosenSignedOut && chosenSignedOut !== account) keep(chosenSignedOut);
      else if (account && account !== latest.current.locale) {
        applying = true;
        try {
          latest.current.setLocale(account);
        } finally {
          applying = false;
        }
      }
      chosenSignedOut = null;
    };
    onSession();
    const unsubscribe = store.subscribe(onSession);
    return () => {
      unsubscribe();
      whenLocaleChosen(undefined);
    };
  }, [store]);

  return null;
}
