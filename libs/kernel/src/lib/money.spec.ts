import { formatPln, fromGrosze, parsePln, sumPln, toGrosze, type Pln } from './money';

const nbsp = '\u00a0';

describe('PLN amounts', () => {
  it.each([
    ['18450000.00', '18450000.00'],
    ['0.01', '0.01'],
    ['1234.5', '1234.50'],
    ['69 504 961,44 zł', '69504961.44'],
    [`69${nbsp}504${nbsp}961,44${nbsp}zł`, '69504961.44'],
    ['2.927.000,00 złotych'.replace('złotych', 'zł'), '2927000.00'],
    ['136.261.628,08', '136261628.08'],
    ['1000 PLN', '1000.00'],
    ['-12,30', '-12.30'],
  ])('parses %j as %s', (input, canonical) => expect(parsePln(input)).toBe(canonical));

  it.each(['', 'abc', '1.234', '12.345', '1,2,3', '0.001', '1e6', '9999999999999.00'])(
    'rejects %j',
    (input) => expect(() => parsePln(input)).toThrow(RangeError),
  );

  it('adds without floating-point drift', () => {
    const tenths = Array.from({ length: 10 }, () => '0.10' as Pln);
    expect(sumPln(tenths)).toBe('1.00');
    expect(sumPln(['999999999999.99', '0.01'] as Pln[])).toBe('1000000000000.00');
  });

  it('round-trips grosze', () => {
    expect(toGrosze('69504961.44' as Pln)).toBe(6950496144n);
    expect(fromGrosze(1n)).toBe('0.01');
    expect(fromGrosze(-5n)).toBe('-0.05');
  });

  it('formats the Polish way, with non-breaking spaces', () => {
    expect(formatPln('69504961.44' as Pln)).toBe(`69${nbsp}504${nbsp}961,44${nbsp}zł`);
    expect(formatPln('1000.00' as Pln)).toBe(`1000,00${nbsp}zł`); // pl-PL groups from 5 digits
    expect(formatPln('999999999999.99' as Pln)).toBe(
      `999${nbsp}999${nbsp}999${nbsp}999,99${nbsp}zł`,
    );
  });
});
