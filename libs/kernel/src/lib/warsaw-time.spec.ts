import { formatWarsawTime } from './warsaw-time';

describe('formatWarsawTime', () => {
  it('reads an instant in Warsaw time, summer and winter, the Polish way', () => {
    expect(formatWarsawTime(new Date('2026-12-08T09:05:00Z'))).toBe('8 grudnia 2026 10:05');
    expect(formatWarsawTime(new Date('2026-07-01T22:30:00Z'), 'day')).toBe('2 lipca 2026');
    expect(formatWarsawTime(new Date('2026-12-01T09:05:00Z'), 'compact')).toBe('1.12.2026, 10:05');
  });

  it('reads it in English too, still in Warsaw time, day before month', () => {
    expect(formatWarsawTime(new Date('2026-07-01T22:30:00Z'), 'day', 'en')).toBe('2 July 2026');
    expect(formatWarsawTime(new Date('2026-12-01T09:05:00Z'), 'compact', 'en')).toBe('1 Dec 2026, 10:05');
  });
});
