import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Client } from 'graphql-ws';
import { Observable } from 'rxjs';
import { beforeEach, describe, expect, it } from 'vitest';
import { LiveStatus } from '../../apollo/live-status';
import { AppProviders } from '../../app/providers';
import { type Language } from './graphql.generated';
import { useLocale } from '../../i18n/I18n';
import { SessionStore } from '../../session/session-store';

/** The app's providers (which mount LanguagePreference) over a link that records what is sent. */
function renderApp() {
  const sent: { operation: string; variables: Record<string, unknown> }[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push({ operation: operation.operationName ?? '', variables: operation.variables });
        observer.next({ data: { setPreferredLanguage: { __typename: 'User', id: 'u1', preferredLanguage: operation.variables['language'] } } });
        observer.complete();
      }),
  );
  const apollo = new ApolloClient({ link, cache: new InMemoryCache() });
  const session = new SessionStore('/graphql-unused');
  render(
    <AppProviders session={session} api={{ apollo, socket: {} as Client, live: new LiveStatus() }}>
      <LocaleProbe />
    </AppProviders>,
  );
  const signIn = (preferredLanguage: Language | null) =>
    act(() => {
      session.signedIn({
        accessToken: 'token',
        accessTokenExpiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        user: { __typename: 'User', id: 'u1', displayName: 'Anna', email: 'anna@test.example', isPlatformAdmin: false, preferredLanguage } as never,
      });
    });
  return { sent, signIn };
}

function LocaleProbe() {
  const { locale, setLocale } = useLocale();
  return (
    <button type="button" onClick={() => setLocale(locale === 'pl' ? 'en' : 'pl')}>
      {locale}
    </button>
  );
}

describe('the language remembered with the account', () => {
  beforeEach(() => localStorage.clear());

  it('switches to the account’s language when a session starts, without sending it back', async () => {
    const { sent, signIn } = renderApp();
    expect(screen.getByRole('button').textContent).toBe('pl');
    signIn('EN');
    expect(screen.getByRole('button').textContent).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(sent).toEqual([]);
  });

  it('keeps a switch made while signed in with the account', async () => {
    const { sent, signIn } = renderApp();
    signIn('PL');
    await userEvent.click(screen.getByRole('button'));
    expect(screen.getByRole('button').textContent).toBe('en');
    await waitFor(() => expect(sent).toEqual([{ operation: 'SetPreferredLanguage', variables: { language: 'EN' } }]));
  });

  it('takes a switch made just before signing in as the latest word, and keeps it with the account', async () => {
    const { sent, signIn } = renderApp();
    await userEvent.click(screen.getByRole('button'));
    expect(sent).toEqual([]);
    signIn('PL');
    expect(screen.getByRole('button').textContent).toBe('en');
    await waitFor(() => expect(sent).toEqual([{ operation: 'SetPreferredLanguage', variables: { language: 'EN' } }]));
  });
});
