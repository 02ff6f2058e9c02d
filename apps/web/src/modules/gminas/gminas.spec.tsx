import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GminaType, RegisterVoivodeshipsDocument } from './graphql.generated';
import { I18nProvider } from '../../i18n/I18n';
import { MESSAGES } from '../../i18n/messages';
import { createIntl } from 'react-intl';
import { queryParams, readQuery, type RegisterQuery, toFilter } from './register-query';
import { RegisterSearch } from './RegisterSearch';

describe('the register’s query in the address', () => {
  it('reads what is valid and leaves out what the API would refuse', () => {
    expect(readQuery(new URLSearchParams('q=%20wegierska%20&voivodeship=24&powiat=2417&type=RURAL'))).toEqual({ q: 'wegierska', voivodeship: '24', powiat: '2417', type: 'RURAL' });
    expect(readQuery(new URLSearchParams('voivodeship=śląskie&powiat=abc&type=CITY'))).toEqual({ q: '', voivodeship: '', powiat: '', type: '' });
    expect(readQuery(new URLSearchParams(`q=${'a'.repeat(150)}`)).q).toHaveLength(100);
  });

  it('writes only what is set, and round-trips', () => {
    const query: RegisterQuery = { q: 'gorka', voivodeship: '24', powiat: '', type: 'URBAN_RURAL' };
    expect(queryParams(query).toString()).toBe('q=gorka&voivodeship=24&type=URBAN_RURAL');
    expect(readQuery(queryParams(query))).toEqual(query);
    expect(queryParams({ q: '  ', voivodeship: '', powiat: '', type: '' }).toString()).toBe('');
  });

  it('asks the API only what it takes: no empty search, no powiat of another voivodeship', () => {
    expect(toFilter({ q: '', voivodeship: '', powiat: '', type: '' })).toBeUndefined();
    expect(toFilter({ q: ' rajcza ', voivodeship: '24', powiat: '2417', type: 'RURAL' })).toEqual({ search: 'rajcza', voivodeshipCode: '24', powiatCode: '2417', type: 'RURAL' });
    expect(toFilter({ q: '', voivodeship: '12', powiat: '2417', type: '' })).toEqual({ voivodeshipCode: '12' });
  });
});

describe('the register’s labels', () => {
  it('name every gmina type of the schema in both languages', () => {
    for (const locale of ['pl', 'en'] as const) {
      for (const type of Object.values(GminaType)) expect(MESSAGES[locale][`gminas.type.${type}`]).toMatch(/\w/);
    }
  });

  it('count gminas with the four Polish plural forms', () => {
    const intl = createIntl({ locale: 'pl-PL', messages: MESSAGES.pl });
    const say = (n: number) => intl.formatMessage({ id: 'gminas.total' }, { n });
    const forms = Array.from({ length: 26 }, (_, n) => say(n));
    expect(forms.slice(0, 6)).toEqual(['0 gmin', '1 gmina', '2 gminy', '3 gminy', '4 gminy', '5 gmin']);
    expect(forms.slice(12, 15)).toEqual(['12 gmin', '13 gmin', '14 gmin']);
    expect(forms.slice(21, 26)).toEqual(['21 gmin', '22 gminy', '23 gminy', '24 gminy', '25 gmin']);
    const en = createIntl({ locale: 'en-GB', messages: MESSAGES.en });
    expect([1, 2, 2477].map((n) => en.formatMessage({ id: 'gminas.total' }, { n }))).toEqual(['1 gmina', '2 gminas', '2,477 gminas']);
  });
});

/** The search as the page holds it: the address is the state. */
function Search({ onChange }: { onChange(next: RegisterQuery, options: { replace: boolean }): void }) {
  const [query, setQuery] = useState<RegisterQuery>({ q: '', voivodeship: '', powiat: '', type: '' });
  return (
    <RegisterSearch
      query={query}
      onChange={(next, options) => {
        onChange(next, options);
        setQuery(readQuery(queryParams(next)));
      }}
    />
  );
}

describe('searching as you type', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('sends the search once typing pauses (replacing the address), and at once with the button (a new entry)', async () => {
    const onChange = vi.fn();
    const voivodeships = [
      { __typename: 'Voivodeship' as const, code: '24', name: 'śląskie' },
      { __typename: 'Voivodeship' as const, code: '02', name: 'dolnośląskie' },
    ];
    render(
      <MockedProvider mocks={[{ request: { query: RegisterVoivodeshipsDocument }, result: { data: { voivodeships } } }]}>
        <I18nProvider initial="pl">
          <Search onChange={onChange} />
        </I18nProvider>
      </MockedProvider>,
    );
    await act(() => vi.advanceTimersByTimeAsync(50));
    // In Polish order, whatever order the API sends.
    expect(within(screen.getByLabelText('Województwo')).getAllByRole('option').map((option) => option.textContent)).toEqual(['Wszystkie', 'dolnośląskie', 'śląskie']);
    const box = screen.getByLabelText('Szukaj gminy');
    for (const text of ['w', 'we', 'weg']) fireEvent.change(box, { target: { value: text } });
    act(() => vi.advanceTimersByTime(100));
    expect(onChange).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(400));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ q: 'weg' }), { replace: true });

    fireEvent.change(box, { target: { value: 'wegierska' } });
    fireEvent.click(screen.getByRole('button', { name: 'Szukaj' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ q: 'wegierska' }), { replace: false });
    act(() => vi.advanceTimersByTime(1000));
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});
