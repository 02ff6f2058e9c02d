import { fromGrosze, type Pln, toGrosze } from '@wspolnie/kernel';

/**
 * Budget arithmetic in integer grosze (bigint), as the API computes it: shares add up to the
 * total to the grosz. Nothing here passes through a float.
 */
export function sumAmounts(amounts: readonly (Pln | null | undefined)[]): Pln {
  return fromGrosze(amounts.reduce((sum: bigint, amount) => (amount ? sum + toGrosze(amount) : sum), 0n));
}

export type Comparison = { readonly kind: 'matches' } | { readonly kind: 'short' | 'over'; readonly gap: Pln };

export function compareWithTotal(sum: Pln, total: Pln): Comparison {
  const difference = toGrosze(sum) - toGrosze(total);
  if (difference === 0n) return { kind: 'matches' };
  return difference < 0n ? { kind: 'short', gap: fromGrosze(-difference) } : { kind: 'over', gap: fromGrosze(difference) };
}

/** Total minus funding: the gminas' own contribution (the API derives the same as ownContribution). */
export function ownContribution(total: Pln, funding: readonly (Pln | null | undefined)[]): Pln {
  return fromGrosze(toGrosze(total) - toGrosze(sumAmounts(funding)));
}

/**
 * A share as a percentage of the total with one decimal, rounded half up, as a decimal string
 * ("45.1"), or null for a zero total. Computed in grosze ×1000 so no digit is guessed.
 */
export function percentOf(share: Pln, total: Pln): string | null {
  const whole = toGrosze(total);
  if (whole <= 0n) return null;
  const tenths = (toGrosze(share) * 1000n * 2n + whole) / (whole * 2n);
  return `${tenths / 10n}.${tenths % 10n}`;
}

/**
 * A bar's length for a chart: the amount in whole grosze as a number. Geometry only (a bar
 * cannot be drawn from a string); every amount people read is formatted from the string.
 */
export function barLength(amount: Pln): number {
  return Number(toGrosze(amount));
}

/** A decimal the API sends as a string ("14.5", "85") in the reader's format, exactly. */
export function formatDecimal(value: string, intlTag: string, minimumFractionDigits = 0): string {
  if (!/^-?\d+(\.\d+)?$/.test(value)) return value;
  return new Intl.NumberFormat(intlTag, {
    minimumFractionDigits,
    maximumFractionDigits: 20,
  }).format(value as Intl.StringNumericLiteral);
}

/** A co-financing rate as typed ("85", "79,71") in the API's form ("79.71"), or null if it is not 0–100 with two decimals. */
export function readRate(text: string): string | null {
  const normalised = text.trim().replace(/\s*%$/, '').replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(normalised)) return null;
  const [whole, fraction = ''] = normalised.split('.');
  const hundredths = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0') || '0');
  return hundredths <= 10000n ? normalised.replace(/^0+(?=\d)/, '') : null;
}
