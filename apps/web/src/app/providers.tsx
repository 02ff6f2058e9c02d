import { ApolloProvider } from '@apollo/client/react';
import { createContext, type ReactNode, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import type { ApiClient } from '../apollo/client';
import type { LiveState } from '../apollo/live-status';
import { I18nProvider } from '../i18n/I18n';
import { LanguagePreference } from '../modules/account/LanguagePreference';
import type { SessionState, SessionStore } from '../session/session-store';

interface AppServices {
  readonly session: SessionStore;
  readonly api: ApiClient;
}

const Services = createContext<AppServices | null>(null);

export function AppProviders({ session, api, children }: AppServices & { children: ReactNode }) {
  const [services] = useState(() => ({ session, api }));
  return (
    <Services.Provider value={services}>
      <ApolloProvider client={api.apollo}>
        <I18nProvider>
          <LanguagePreference />
          {children}
        </I18nProvider>
      </ApolloProvider>
    </Services.Provider>
  );
}

function useServices(): AppServices {
  const services = useContext(Services);
  if (!services) throw new Error('outside AppProviders');
  return services;
}

export function useSessionStore(): SessionStore {
  return useServices().session;
}

/** The session as it changes (signed in, out, or restoring at start). */
export function useSession(): SessionState {
  const store = useServices().session;
  return useSyncExternalStore(
    (listener) => store.subscribe(listener),
    () => store.current,
  );
}

export function useLiveState(): LiveState {
  const live = useServices().api.live;
  const [state, setState] = useState(live.current);
  useEffect(() => live.subscribe(setState), [live]);
  return state;
}

export function useApiSocket() {
  return useServices().api.socket;
}
