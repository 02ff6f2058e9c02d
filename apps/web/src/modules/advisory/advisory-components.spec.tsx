import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { type ReactNode, useState } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type ActivityStatus, AdvisoryConfirmRegistrationDocument, type AdvisoryEngagementRowFragment, AdvisoryGminaSearchDocument, type AdvisoryProgrammeContextFragment, AdvisoryRegisterPubliclyDocument } from './graphql.generated';
import { I18nProvider } from '../../i18n/I18n';
import { type ActivityDraft, emptyDraft } from './activity-draft';
import { ActivityForm } from './ActivityForm';
import ConfirmRegistrationPage from './ConfirmRegistrationPage';
import { PublicRegistrationForm } from './PublicRegistrationForm';
import type { Offer } from './RegistrationOffer';

function wrap(children: ReactNode, mocks: MockLink.MockedResponse[] = [], locale: 'pl' | 'en' = 'pl', at = '/') {
  return render(
    <MockedProvider mocks={mocks}>
      <I18nProvider initial={locale}>
        <MemoryRouter initialEntries={[at]}>{children}</MemoryRouter>
      </I18nProvider>
    </MockedProvider>,
  );
}

const PROGRAMME = {
  __typename: 'Programme',
  id: 'p1',
  name: 'Pilotaż Centrum Wsparcia Doradczego',
  operatorKind: 'MINISTRY',
  operatorName: 'MFiPR',
  startsOn: '2020-07-01',
  endsOn: '2022-06-30',
  illustrative: true,
  teams: [],
  topics: [{ __typename: 'ProgrammeTopic', id: 't1', kind: 'ADDITIONAL_TOPIC', name: 'Diagnoza społeczno-gospodarcza', position: 1, programmeId: 'p1' }],
  people: [],
} as unknown as AdvisoryProgrammeContextFragment;

const ENGAGEMENT = {
  __typename: 'Engagement',
  id: 'e1',
  programmeId: 'p1',
  version: 1,
  title: 'Wsparcie partnerstwa sześciu gmin',
  stage: 'STRATEGY',
  startsOn: '2020-11-30',
  endsOn: null,
  teamId: null,
  partnershipId: 'ps1',
  partnership: { __typename: 'SupportedPartnership', id: 'ps1', name: 'Partnerstwo Aglomeracji Beskidzkiej' },
  gminas: [
    { __typename: 'Gmina', id: 'g1', terc: '2417112', name: 'Rajcza' },
    { __typename: 'Gmina', id: 'g2', terc: '2417142', name: 'Ujsoły' },
  ],
} as unknown as AdvisoryEngagementRowFragment;

function Form({ onSave }: { onSave: (status: ActivityStatus, draft: ActivityDraft) => void }) {
  const [draft, setDraft] = useState<ActivityDraft>({ ...emptyDraft('2021-03-16', 'pl'), engagementId: 'e1' });
  return <ActivityForm draft={draft} onChange={setDraft} programme={PROGRAMME} engagements={[ENGAGEMENT]} lockedTeamId={null} problem={null} pending={false} onSave={(status) => onSave(status, draft)} isNew />;
}

describe('the activity form', () => {
  beforeEach(() => localStorage.clear());

  it('offers the engagement’s gminas, each added in its own fieldset with its participants', async () => {
    const onSave = vi.fn();
    wrap(<Form onSave={onSave} />);
    expect(screen.getByRole('group', { name: 'Rodzaj działania' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Dodaj: Rajcza' }));
    const rajcza = screen.getByRole('group', { name: 'Rajcza' });
    const count = within(rajcza).getByLabelText('Liczba uczestników');
    expect(count).toHaveAttribute('id', 'field-gminas-0-participants');
    await userEvent.clear(count);
    await userEvent.type(count, '3');
    expect(screen.queryByRole('button', { name: 'Dodaj: Rajcza' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Zapisz jako szkic' }));
    expect(onSave).toHaveBeenLastCalledWith('DRAFT', expect.objectContaining({ gminas: [{ terc: '2417112', name: 'Rajcza', participants: '3' }] }));
    await userEvent.click(screen.getByRole('button', { name: 'Zapisz działanie' }));
    expect(onSave).toHaveBeenLastCalledWith('RECORDED', expect.anything());
  });

  it('asks for a link, not a place, online', async () => {
    wrap(<Form onSave={vi.fn()} />);
    expect(screen.getByLabelText('Miejsce')).toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('Online'));
    expect(screen.queryByLabelText('Miejsce')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Link do spotkania')).toBeInTheDocument();
  });
});

const OFFER = {
  __typename: 'RegistrationOffer',
  activityId: 'a1',
  title: 'Seminarium',
  kind: 'SEMINAR',
  heldOn: '2027-03-07',
  startsAt: '10:00',
  durationMinutes: 300,
  format: 'ONLINE',
  place: null,
  programmeName: 'Forum',
  capacity: 120,
  seatsLeft: 0,
  closesAt: '2027-03-05T22:59:00.000Z',
  isOpen: true,
} as Offer;

describe('the public registration form', () => {
  beforeEach(() => localStorage.clear());

  it('names what is missing, and offers the waiting list when every seat is taken', async () => {
    wrap(<PublicRegistrationForm offer={OFFER} />);
    expect(screen.getByLabelText('Jeśli miejsc zabraknie, wpisz mnie na listę rezerwową')).toBeChecked();
    await userEvent.type(screen.getByLabelText('Adres e-mail'), 'nie-adres');
    await userEvent.click(screen.getByRole('button', { name: 'Wyślij zgłoszenie' }));
    expect(await screen.findByRole('link', { name: 'Imię i nazwisko: Wpisz imię i nazwisko' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Adres e-mail: Wpisz adres e-mail w formacie nazwa@domena.pl' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gmina, którą reprezentujesz: Wybierz gminę, którą reprezentujesz' })).toBeInTheDocument();
    expect(screen.getByLabelText('Gmina, którą reprezentujesz')).toHaveAttribute('id', 'field-gminaTerc');
  });

  it('says a refusal about the seminar itself as a sentence, not as a link to no field', async () => {
    const cieszyn = { __typename: 'Gmina', id: 'g9', terc: '2403011', name: 'Cieszyn', type: 'URBAN', powiat: { __typename: 'Powiat', code: '2403', name: 'cieszyński' }, voivodeship: { __typename: 'Voivodeship', code: '24', name: 'śląskie' } };
    const mocks: MockLink.MockedResponse[] = [
      { request: { query: AdvisoryGminaSearchDocument, variables: { search: 'Cieszyn' } }, result: { data: { gminas: { __typename: 'GminaConnection', totalCount: 1, edges: [{ __typename: 'GminaEdge', node: cieszyn }] } } } },
      {
        request: { query: AdvisoryRegisterPubliclyDocument, variables: { input: { activityId: 'a1', name: 'Ewa', email: 'ewa@gmina.example', gminaTerc: '2403011', joinWaitingList: false } } },
        result: { errors: [new GraphQLError('Seminarium jest pełne.', { extensions: { code: 'CONFLICT', field: 'activityId' } })] },
      },
    ];
    wrap(<PublicRegistrationForm offer={{ ...OFFER, seatsLeft: 3 }} />, mocks);
    await userEvent.type(screen.getByLabelText('Imię i nazwisko'), 'Ewa');
    await userEvent.type(screen.getByLabelText('Adres e-mail'), 'ewa@gmina.example');
    await userEvent.type(screen.getByLabelText('Gmina, którą reprezentujesz'), 'Cieszyn');
    await userEvent.click(await screen.findByRole('button', { name: 'Wybierz: Cieszyn' }));
    expect(screen.getByText('Cieszyn')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Wyślij zgłoszenie' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Seminarium jest pełne.');
    expect(within(alert).queryByRole('link')).not.toBeInTheDocument();
  });
});

/** Where the router says the page is, token part included. */
function AddressProbe() {
  const location = useLocation();
  return <p data-testid="address">{location.pathname + location.hash}</p>;
}

describe('the confirmation page', () => {
  beforeEach(() => localStorage.clear());

  it('confirms with the token from the address and takes the token out of it', async () => {
    const mocks: MockLink.MockedResponse[] = [{ request: { query: AdvisoryConfirmRegistrationDocument, variables: { input: { token: 'abc_123' } } }, result: { data: { confirmRegistration: { __typename: 'PublicRegistrationReceipt', email: 'ewa@gmina.example', status: 'CONFIRMED' } } } }];
    wrap(
      <>
        <ConfirmRegistrationPage />
        <AddressProbe />
      </>,
      mocks,
      'pl',
      '/rejestracja/potwierdz#token=abc_123',
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Zgłoszenie potwierdzone' })).toBeInTheDocument();
    expect(screen.getByTestId('address')).toHaveTextContent(/^\/rejestracja\/potwierdz$/);
    expect(screen.getByRole('status')).toHaveTextContent('ewa@gmina.example');
  });

  it('says a used or unknown link in the API’s words', async () => {
    const mocks: MockLink.MockedResponse[] = [{ request: { query: AdvisoryConfirmRegistrationDocument, variables: { input: { token: 'used' } } }, result: { errors: [new GraphQLError('Link jest nieważny albo został już użyty.', { extensions: { code: 'BAD_USER_INPUT', field: 'token' } })] } }];
    wrap(<ConfirmRegistrationPage />, mocks, 'pl', '/rejestracja/potwierdz#token=used');
    expect(await screen.findByRole('alert')).toHaveTextContent('Link jest nieważny albo został już użyty.');
  });
});
