import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Client } from 'graphql-ws';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Observable } from 'rxjs';
import { beforeEach, describe, expect, it } from 'vitest';
import { LiveStatus } from '../../apollo/live-status';
import { AppProviders } from '../../app/providers';
import { SessionStore } from '../../session/session-store';
import AcceptInvitationPage from './AcceptInvitationPage';

const PREVIEW = {
  __typename: 'InvitationPreview',
  email: 'nowa@gmina.example',
  role: 'GMINA_OFFICIAL',
  expiresAt: '2026-12-08T09:05:00.000Z',
  accountExists: false,
  partnershipId: 'p1',
  partnershipName: 'Partnerstwo Beskidzkie',
  gmina: { __typename: 'Gmina', id: 'g1', name: 'Rajcza' },
};

/** The page with the app's providers, over a link answering the preview as given. */
function openLink(answer: { data?: unknown; errors?: unknown[] } | Record<string, { data?: unknown; errors?: unknown[] }>, options: { hash?: string; signedInAs?: string } = {}) {
  const sent: string[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push(`${operation.operationName} ${JSON.stringify(operation.variables)}`);
        const byName = answer as Record<string, { data?: unknown }>;
        observer.next((operation.operationName && operation.operationName in byName ? byName[operation.operationName] : answer) as never);
        observer.complete();
      }),
  );
  const session = new SessionStore('/graphql-unused');
  if (options.signedInAs) {
    session.signedIn({
      accessToken: 't',
      accessTokenExpiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      user: {
        __typename: 'User',
        id: 'u9',
        displayName: 'Ktoś',
        email: options.signedInAs,
        isPlatformAdmin: false,
        preferredLanguage: 'PL',
      } as never,
    });
  } else {
    // Signed out from the start, as restore() leaves it without a session cookie.
    session.ended();
  }
  const router = createMemoryRouter(
    [
      { path: '/accept-invitation', element: <AcceptInvitationPage /> },
      { path: '/partnerships/:slug', element: <h1>W partnerstwie</h1> },
    ],
    { initialEntries: [`/accept-invitation${options.hash ?? '#token=tok-1'}`] },
  );
  render(
    <AppProviders
      session={session}
      api={{
        apollo: new ApolloClient({ link, cache: new InMemoryCache() }),
        socket: {} as Client,
        live: new LiveStatus(),
      }}
    >
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { sent, router };
}

describe('the invitation page', () => {
  beforeEach(() => localStorage.clear());

  it('shows what the invitation offers and a new account form, with the token off the address and sent only to the API', async () => {
    const { sent, router } = openLink({ data: { invitation: PREVIEW } });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Zaproszenie do partnerstwa „Partnerstwo Beskidzkie”',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('urzędnik gminy — gmina Rajcza')).toBeInTheDocument();
    expect(screen.getByText('nowa@gmina.example')).toBeInTheDocument();
    expect(router.state.location.hash).toBe('');
    expect(sent).toEqual(['InvitationPreview {"token":"tok-1"}']);

    await userEvent.click(
      screen.getByRole('button', {
        name: 'Załóż konto i przyjmij zaproszenie',
      }),
    );
    expect(
      await screen.findByRole('link', {
        name: 'Imię i nazwisko: Wpisz imię i nazwisko',
      }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Hasło')).toHaveAttribute('aria-invalid', 'true');
    expect(document.title).toBe('Błąd: Zaproszenie do partnerstwa „Partnerstwo Beskidzkie” — Wspólnie');
  });

  it('says clearly when the link no longer works, in the API’s words', async () => {
    openLink({
      errors: [
        {
          message: 'Ten link zaproszenia jest nieważny.',
          extensions: { code: 'BAD_USER_INPUT', field: 'token' },
        },
      ],
    });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Ten link zaproszenia nie działa',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Ten link zaproszenia jest nieważny.')).toBeInTheDocument();
  });

  it('says so when the address has no token, without asking the API', async () => {
    const { sent } = openLink({ data: { invitation: PREVIEW } }, { hash: '' });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Ten link zaproszenia nie działa',
      }),
    ).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('tells someone signed in as another address that it is not theirs, and offers to sign out', async () => {
    openLink({ data: { invitation: PREVIEW } }, { signedInAs: 'inna@gmina.example' });
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Zaproszenie dla innego konta',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Korzystasz teraz z konta inna@gmina\.example/)).toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: 'Wyloguj się, aby przyjąć zaproszenie jako nowa@gmina.example',
      }),
    ).toBeInTheDocument();
  });

  it('lets the owner of an existing account sign in on the page and accepts at once, into the partnership', async () => {
    const { sent, router } = openLink({
      InvitationPreview: {
        data: { invitation: { ...PREVIEW, accountExists: true } },
      },
      SignIn: {
        data: {
          signIn: {
            __typename: 'AuthPayload',
            accessToken: 't',
            accessTokenExpiresAt: new Date(Date.now() + 3_600_000).toISOString(),
            user: {
              __typename: 'User',
              id: 'u1',
              displayName: 'Nowa',
              email: 'nowa@gmina.example',
              isPlatformAdmin: false,
              preferredLanguage: 'PL',
            },
          },
        },
      },
      AcceptInvitation: {
        data: {
          acceptInvitation: {
            __typename: 'PartnershipAccess',
            partnershipId: 'p1',
            userId: 'u1',
            role: 'GMINA_OFFICIAL',
            partnership: {
              __typename: 'Partnership',
              id: 'p1',
              slug: 'beskidy',
            },
          },
        },
      },
    });
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Zaloguj się, aby przyjąć',
      }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Adres e-mail')).toHaveValue('nowa@gmina.example');
    await userEvent.type(screen.getByLabelText('Hasło'), 'moje hasło 2026');
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Zaloguj się i przyjmij zaproszenie',
      }),
    );
    expect(await screen.findByRole('heading', { name: 'W partnerstwie' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/partnerships/beskidy');
    // Accepted once, with the token only in the API's requests.
    expect(sent.filter((line) => line.startsWith('AcceptInvitation'))).toEqual(['AcceptInvitation {"token":"tok-1"}']);
  });

  it('offers the invited address, signed in, one button to accept', async () => {
    openLink({ data: { invitation: PREVIEW } }, { signedInAs: 'nowa@gmina.example' });
    expect(await screen.findByRole('button', { name: 'Przyjmij zaproszenie' })).toBeInTheDocument();
  });
});
