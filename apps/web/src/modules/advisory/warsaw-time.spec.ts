import { warsawInstant, warsawParts } from './warsaw-time';

describe('Warsaw wall-clock moments', () => {
  it('reads a winter and a summer evening with their own offsets', () => {
    expect(warsawInstant('2027-03-05', '23:59')).toBe('2027-03-05T22:59:00.000Z');
    expect(warsawInstant('2026-07-01', '12:00')).toBe('2026-07-01T10:00:00.000Z');
  });

  it('keeps the day of a moment just after midnight', () => {
    expect(warsawInstant('2026-10-26', '00:30')).toBe('2026-10-25T23:30:00.000Z');
  });

  it('gives back the day and time it was built from', () => {
    expect(warsawParts('2027-03-05T22:59:00.000Z')).toEqual({ day: '2027-03-05', time: '23:59' });
    expect(warsawParts(warsawInstant('2026-03-29', '12:15'))).toEqual({ day: '2026-03-29', time: '12:15' });
  });
});
