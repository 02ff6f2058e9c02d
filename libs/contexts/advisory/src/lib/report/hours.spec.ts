import { hoursOf } from './hours';

describe('hoursOf', () => {
  it.each([
    [0, '0.00'],
    [1, '0.02'],
    [2, '0.03'],
    [30, '0.50'],
    [45, '0.75'],
    [50, '0.83'],
    [100, '1.67'],
    [195, '3.25'],
    [750, '12.50'],
    [144_000_000, '2400000.00'],
  ])('%i minutes are %s hours', (minutes, hours) => {
    expect(hoursOf(minutes)).toBe(hours);
  });

  it('takes bigint and numeric text (SUM answers bigint), and a decimal comma', () => {
    expect(hoursOf('9007199254740993')).toBe('150119987579016.55');
    expect(hoursOf(750n, ',')).toBe('12,50');
  });

  it('refuses negative minutes', () => {
    expect(() => hoursOf(-1)).toThrow(RangeError);
  });
});
