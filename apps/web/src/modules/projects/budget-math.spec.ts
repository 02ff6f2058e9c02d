import type { Pln } from '@wspolnie/kernel';
import { barLength, compareWithTotal, formatDecimal, ownContribution, percentOf, readRate, sumAmounts } from './budget-math';

const pln = (value: string) => value as Pln;

describe('budget arithmetic', () => {
  it('adds shares exactly, beyond what a float keeps', () => {
    expect(sumAmounts([pln('0.10'), pln('0.20')])).toBe('0.30');
    expect(sumAmounts([pln('999999999999.99'), pln('0.01'), null])).toBe('1000000000000.00');
    expect(sumAmounts([])).toBe('0.00');
  });

  it('compares the sum with the total to the grosz', () => {
    expect(compareWithTotal(pln('1234567.89'), pln('1234567.89'))).toEqual({
      kind: 'matches',
    });
    expect(compareWithTotal(pln('1234567.88'), pln('1234567.89'))).toEqual({
      kind: 'short',
      gap: '0.01',
    });
    expect(compareWithTotal(pln('2000000.00'), pln('1234567.89'))).toEqual({
      kind: 'over',
      gap: '765432.11',
    });
  });

  it('derives the own contribution', () => {
    expect(ownContribution(pln('18450000.00'), [pln('15682500.00')])).toBe('2767500.00');
    expect(ownContribution(pln('100.00'), [])).toBe('100.00');
  });

  it('gives shares as percentages rounded half up, none of a zero total', () => {
    expect(percentOf(pln('1.00'), pln('3.00'))).toBe('33.3');
    expect(percentOf(pln('2.00'), pln('3.00'))).toBe('66.7');
    expect(percentOf(pln('1.00'), pln('8.00'))).toBe('12.5');
    expect(percentOf(pln('5.00'), pln('5.00'))).toBe('100.0');
    expect(percentOf(pln('0.00'), pln('0.00'))).toBeNull();
  });

  it('measures bars in whole grosze', () => {
    expect(barLength(pln('18450000.00'))).toBe(1845000000);
  });

  it('formats decimals from the string', () => {
    expect(formatDecimal('14.5', 'pl-PL')).toBe('14,5');
    expect(formatDecimal('25000', 'pl-PL')).toBe('25\u00a0000');
    expect(formatDecimal('12345678901234567.891', 'en-GB')).toBe('12,345,678,901,234,567.891');
  });

  it('reads co-financing rates written either way', () => {
    expect(readRate('85')).toBe('85');
    expect(readRate('79,71')).toBe('79.71');
    expect(readRate('100')).toBe('100');
    expect(readRate('85 %')).toBe('85');
    expect(readRate('100.01')).toBeNull();
    expect(readRate('abc')).toBeNull();
    expect(readRate('1.234')).toBeNull();
  });
});
