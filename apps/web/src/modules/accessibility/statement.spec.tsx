import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { AccessibilityStatementDocument } from './graphql.generated';
import { I18nProvider } from '../../i18n/I18n';
import AccessibilityStatementPage, { type SiteInfo } from './AccessibilityStatementPage';

/** Every id of the technical conditions v2.0 this statement carries (the validator reads them). */
const IDS = ['a11y-wstep', 'a11y-podmiot', 'a11y-zakres', 'a11y-url', 'a11y-data-publikacja', 'a11y-data-aktualizacja', 'a11y-status', 'a11y-ocena', 'a11y-data-sporzadzenie', 'a11y-data-przeglad', 'a11y-audytor', 'a11y-kontakt', 'a11y-osoba', 'a11y-email', 'a11y-telefon', 'a11y-procedura', 'a11y-aplikacje', 'a11y-architektura', 'a11y-komunikacja'];

const CONFIGURED: SiteInfo = {
  __typename: 'SiteInfo',
  operatorName: 'Urząd Gminy Rajcza',
  operatorUrl: 'https://rajcza.example.pl',
  operatorAddress: 'ul. Górska 1, 34-370 Rajcza',
  example: false,
  accessibility: {
    __typename: 'AccessibilityStatementInfo',
    contactName: 'Jan Dostępny',
    contactEmail: 'dostepnosc@rajcza.example.pl',
    contactPhone: '+48 33 000 11 22',
    publishedOn: '2026-01-15',
    updatedOn: '2026-11-30',
    preparedOn: '2026-01-20',
    reviewedOn: '2027-03-31',
    architecture: 'Urząd ma windę.',
    communication: 'Tłumacz PJM online w dni robocze.',
  } as SiteInfo['accessibility'],
} as SiteInfo;

const UNSET: SiteInfo = {
  ...CONFIGURED,
  operatorName: null,
  operatorUrl: null,
  operatorAddress: null,
  accessibility: { ...CONFIGURED.accessibility, contactName: null, contactEmail: null, contactPhone: null, publishedOn: null, updatedOn: null, preparedOn: null, reviewedOn: null, architecture: null, communication: null },
};

async function open(siteInfo: SiteInfo, locale: 'pl' | 'en') {
  const view = render(
    <MockedProvider mocks={[{ request: { query: AccessibilityStatementDocument }, result: { data: { siteInfo } } }]}>
      <I18nProvider initial={locale}>
        <AccessibilityStatementPage />
      </I18nProvider>
    </MockedProvider>,
  );
  await screen.findByText(/Rzecznik/);
  return view.container;
}

describe('the accessibility statement', () => {
  beforeEach(() => localStorage.clear());

  it.each(['pl', 'en'] as const)('carries every validator id exactly once, with the operator’s details (%s)', async (locale) => {
    const page = await open(CONFIGURED, locale);
    for (const id of IDS) expect({ id, count: page.querySelectorAll(`[id="${id}"]`).length }).toEqual({ id, count: 1 });
    expect(page.querySelector('#a11y-email')).toHaveAttribute('href', 'mailto:dostepnosc@rajcza.example.pl');
    expect(page.querySelector('#a11y-telefon')).toHaveAttribute('href', 'tel:+48330001122');
    expect(page.querySelector('#a11y-data-przeglad')).toHaveAttribute('datetime', '2027-03-31');
    expect(page.querySelector('#a11y-data-przeglad')).toHaveTextContent(locale === 'pl' ? '31 marca 2027' : '31 March 2027');
    expect(page.querySelector('#a11y-podmiot a')).toHaveAttribute('href', 'https://rajcza.example.pl');
    expect(screen.getByRole('link', { name: /Rzecznik/ })).toHaveAttribute('href', 'https://bip.brpo.gov.pl/');
    expect(screen.queryByText(/instancja demonstracyjna|demonstration instance/)).not.toBeInTheDocument();
    expect(page.querySelector('#a11y-architektura')).toHaveTextContent('Urząd ma windę.');
  });

  it('says what the operator has not given (production without the variables), keeping the ids', async () => {
    const page = await open(UNSET, 'pl');
    for (const id of IDS) expect(page.querySelectorAll(`[id="${id}"]`)).toHaveLength(1);
    expect(page.querySelector('#a11y-email')).toHaveTextContent('Operator tej instancji nie podał jeszcze tej informacji.');
    expect(page.querySelector('#a11y-data-publikacja')).toHaveTextContent('nie podał');
  });

  it('marks the operator’s Polish words as Polish in the English statement', async () => {
    const page = await open(CONFIGURED, 'en');
    expect(page.querySelector('#a11y-osoba [lang="pl"]')).toHaveTextContent('Jan Dostępny');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Accessibility statement');
  });
});
