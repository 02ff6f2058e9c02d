import { IntlMessageFormat } from 'intl-messageformat';
import { formatDay, formatMoment, formatMoney, parseDay, warsawToday } from './format';
import { MESSAGES } from './messages';

const NBSP = '\u00a0';

describe('formatting the Polish way', () => {
  it('formats exact amounts from their strings, every digit kept', () => {
    expect(formatMoney('69504961.44', 'pl')).toBe(`69${NBSP}504${NBSP}961,44${NBSP}zł`);
    expect(formatMoney('18450000.00', 'pl')).toBe(`18${NBSP}450${NBSP}000,00${NBSP}zł`);
    expect(formatMoney('999999999999.99', 'pl')).toBe(`999${NBSP}999${NBSP}999${NBSP}999,99${NBSP}zł`);
    expect(formatMoney('69504961.44', 'en')).toBe(`PLN${NBSP}69,504,961.44`);
  });

  it('formats a LocalDate as that day, whatever the zone', () => {
    expect(formatDay('2020-12-31', 'pl')).toBe('31.12.2020');
    expect(formatDay('2026-01-05', 'pl', 'long')).toBe('5 stycznia 2026');
    expect(formatDay('2020-12-31', 'en')).toBe('31/12/2020');
  });

  it('formats instants as Warsaw reads them, summer and winter', () => {
    expect(formatMoment('2026-03-30T12:05:00Z', 'pl')).toBe('30.03.2026, 14:05');
    expect(formatMoment('2026-01-15T23:30:00Z', 'pl', false)).toBe('16.01.2026');
  });

  it('reads dates typed the Polish way and refuses days that do not exist', () => {
    expect(parseDay('31.12.2020')).toBe('2020-12-31');
    expect(parseDay('1.2.2026')).toBe('2026-02-01');
    expect(parseDay('2026-02-01')).toBe('2026-02-01');
    expect(parseDay('30.02.2026')).toBeNull();
    expect(parseDay('jutro')).toBeNull();
  });

  it('knows today in Warsaw, which is tomorrow in UTC after 23:00 in winter', () => {
    expect(warsawToday(new Date('2026-01-15T23:30:00Z'))).toBe('2026-01-16');
  });
});

describe('the catalogues', () => {
  it('give every Polish id an English text and no more', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.pl).sort());
  });

  it('hold only messages that parse, with the four Polish plural forms wherever Polish counts', () => {
    for (const [id, text] of Object.entries(MESSAGES.pl)) {
      expect(() => new IntlMessageFormat(text, 'pl')).not.toThrow();
      if (/plural,/.test(text)) expect({ id, forms: ['one {', 'few {', 'many {', 'other {'].every((form) => text.includes(form)) }).toEqual({ id, forms: true });
    }
    for (const text of Object.values(MESSAGES.en)) expect(() => new IntlMessageFormat(text, 'en')).not.toThrow();
  });

  it('says 1 zadanie, 2 zadania, 5 zadań, 22 zadania, 25 zadań', () => {
    const format = new IntlMessageFormat('{n, plural, one {# zadanie} few {# zadania} many {# zadań} other {# zadania}}', 'pl');
    const said = Array.from({ length: 26 }, (_, n) => format.format({ n }));
    expect(said.slice(0, 6)).toEqual(['0 zadań', '1 zadanie', '2 zadania', '3 zadania', '4 zadania', '5 zadań']);
    expect([said[12], said[14], said[21], said[22], said[25]]).toEqual(['12 zadań', '14 zadań', '21 zadań', '22 zadania', '25 zadań']);
  });
});
