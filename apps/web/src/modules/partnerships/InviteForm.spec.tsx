import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PartnershipsInviteDocument, PartnershipRole as Roles } from './graphql.generated';
import { I18nProvider } from '../../i18n/I18n';
import { MESSAGES } from '../../i18n/messages';
import { INVITE_FORM, InviteForm } from './InviteForm';
import { STAGE_LABEL } from './labels';
import { PARTNERSHIP_ROLES, ROLE_LABEL } from './role-labels';

const GMINAS = [
  { terc: '2417142', name: 'Ujsoły' },
  { terc: '2417112', name: 'Rajcza' },
];

function invited(email: string, role: string, gminaTerc: string | null, answer: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: PartnershipsInviteDocument, variables: { input: { partnershipId: 'p1', email, role, gminaTerc } } }, result: answer };
}

/** The form as the overview page holds it: it shows its summary once it has failed. */
function Page({ onSent }: { onSent(message: string): void }) {
  const [failed, setFailed] = useState(false);
  return <InviteForm partnershipId="p1" gminas={GMINAS} showSummary={failed} onProblem={setFailed} onSent={onSent} />;
}

function open(mocks: MockLink.MockedResponse[], locale: 'pl' | 'en' = 'pl') {
  const onSent = vi.fn();
  render(
    <MockedProvider mocks={mocks}>
      <I18nProvider initial={locale}>
        <Page onSent={onSent} />
      </I18nProvider>
    </MockedProvider>,
  );
  return { onSent };
}

describe('the invite form', () => {
  beforeEach(() => {
    localStorage.clear();
    // jsdom lays nothing out; the summary's links scroll the field into view before focusing it.
    Element.prototype.scrollIntoView = () => undefined;
  });

  it('names what is missing before sending: the address, and the gmina of an official', async () => {
    open([]);
    await userEvent.click(screen.getByRole('button', { name: 'Wyślij zaproszenie' }));
    expect(await screen.findByRole('link', { name: 'Adres e-mail: Wpisz adres e-mail osoby, którą zapraszasz' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gmina, w imieniu której działa: Wybierz gminę, w imieniu której urzędnik będzie działać' })).toBeInTheDocument();
    const email = screen.getByLabelText('Adres e-mail');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAttribute('id', `${INVITE_FORM}-field-email`);
    expect(email).toHaveAccessibleDescription(/^Błąd:\s*Wpisz adres e-mail osoby, którą zapraszasz$/);
    expect(screen.getByLabelText('Gmina, w imieniu której działa')).toHaveAttribute('aria-invalid', 'true');
  });

  it('lists the member gminas by Polish name and asks for one only for officials and council members', async () => {
    open([]);
    const gmina = screen.getByLabelText('Gmina, w imieniu której działa');
    expect([...gmina.querySelectorAll('option')].map((option) => option.textContent)).toEqual(['Wybierz gminę', 'Rajcza (2417112)', 'Ujsoły (2417142)']);
    await userEvent.selectOptions(screen.getByLabelText('Rola'), 'OBSERVER');
    expect(screen.queryByLabelText('Gmina, w imieniu której działa')).not.toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Rola'), 'COUNCIL_MEMBER');
    expect(screen.getByRole('option', { name: 'Bez gminy' })).toBeInTheDocument();
  });

  it('shows the API’s refusal next to the field it names, and in the summary', async () => {
    const message = 'email musi być adresem e-mail.';
    open([invited('zly-adres', 'OBSERVER', null, { errors: [new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field: 'email', fields: [{ field: 'email', message }] } })] })]);
    await userEvent.type(screen.getByLabelText('Adres e-mail'), 'zly-adres');
    await userEvent.selectOptions(screen.getByLabelText('Rola'), 'OBSERVER');
    await userEvent.click(screen.getByRole('button', { name: 'Wyślij zaproszenie' }));
    const link = await screen.findByRole('link', { name: `Adres e-mail: ${message}` });
    expect(screen.getByLabelText('Adres e-mail')).toHaveAccessibleDescription(`Błąd:${message}`) // jsdom drops the hidden prefix's trailing space;
    await userEvent.click(link);
    expect(screen.getByLabelText('Adres e-mail')).toHaveFocus();
  });

  it('puts a refusal without a field (a role the API refuses) in the summary as a sentence', async () => {
    const message = 'Twoja rola w tym partnerstwie (obserwator) nie pozwala na zapraszanie osób.';
    open([invited('ktos@example.org', 'OBSERVER', null, { errors: [new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } })] })]);
    await userEvent.type(screen.getByLabelText('Adres e-mail'), 'ktos@example.org');
    await userEvent.selectOptions(screen.getByLabelText('Rola'), 'OBSERVER');
    await userEvent.click(screen.getByRole('button', { name: 'Wyślij zaproszenie' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
  });

  it('sends an official’s invitation with the gmina, says so, and empties the address', async () => {
    const invitation = {
      __typename: 'Invitation',
      id: 'i1',
      email: 'nowy@rajcza.example',
      role: 'GMINA_OFFICIAL',
      status: 'PENDING',
      sentAt: '2026-12-01T10:00:00.000Z',
      expiresAt: '2026-12-08T10:00:00.000Z',
      gmina: { __typename: 'Gmina', id: 'g1', terc: '2417112', name: 'Rajcza' },
    };
    const { onSent } = open([invited('nowy@rajcza.example', 'GMINA_OFFICIAL', '2417112', { data: { inviteToPartnership: invitation } })]);
    await userEvent.type(screen.getByLabelText('Adres e-mail'), ' nowy@rajcza.example ');
    await userEvent.selectOptions(screen.getByLabelText('Gmina, w imieniu której działa'), '2417112');
    await userEvent.click(screen.getByRole('button', { name: 'Wyślij zaproszenie' }));
    await waitFor(() => expect(onSent).toHaveBeenCalledWith('Wysłano zaproszenie do nowy@rajcza.example (Urzędnik gminy (Rajcza)).'));
    await waitFor(() => expect(screen.getByLabelText('Adres e-mail')).toHaveValue(''));
    expect(await screen.findByRole('button', { name: 'Wyślij zaproszenie' })).not.toHaveAttribute('aria-disabled');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('speaks English too', async () => {
    open([], 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Send the invitation' }));
    expect(await screen.findByRole('link', { name: 'E-mail address: Enter the e-mail address of the person you invite' })).toBeInTheDocument();
  });
});

describe('the labels of the schema’s values', () => {
  it('name every role and stage in both languages', () => {
    expect([...PARTNERSHIP_ROLES].sort()).toEqual(Object.values(Roles).sort());
    for (const locale of ['pl', 'en'] as const) {
      for (const id of [...Object.values(ROLE_LABEL), ...Object.values(STAGE_LABEL)]) expect(MESSAGES[locale][id]).toBeTruthy();
    }
  });
});
