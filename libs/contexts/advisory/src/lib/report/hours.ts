/**
 * Minutes as hours with two decimals, computed on integers (no float ever rounds a report):
 * hundredths = minutes × 100 / 60 = minutes × 5 / 3, rounded half up. A third never ends in a
 * half, so "half up" only ever decides between the nearer of two: 195 → "3.25", 50 → "0.83",
 * 100 → "1.67". `separator` is the decimal sign ("," in Polish CSV cells).
 */
export function hoursOf(minutes: number | bigint | string, separator = '.'): string {
  const whole = BigInt(minutes);
  if (whole < 0n) throw new RangeError(`minutes must not be negative: ${minutes}`);
  const hundredths = (whole * 10n + 3n) / 6n;
  return `${hundredths / 100n}${separator}${(hundredths % 100n).toString().padStart(2, '0')}`;
}
