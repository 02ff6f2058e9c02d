/**
 * Exact PLN amounts. An amount travels as a decimal string with exactly two fraction digits
 * ("18450000.00", as stored in a `numeric(14,2)` column) and is computed on as integer grosze
 * (bigint), never as a float.
 */
const CANONICAL = /^-?\d{1,12}\.\d{2}$/;

export type Pln = string & { readonly __brand: 'Pln' };

/** Why a text is not an amount: `ambiguous` is "1.234" (a dot that could be grosze or thousands). */
export class PlnFormatError extends RangeError {
  constructor(
    readonly input: string,
    readonly reason: 'ambiguous' | 'notAnAmount',
  ) {
    super(reason === 'ambiguous' ? `"${input}" is ambiguous: use a comma for grosze` : `"${input}" is not an amount in PLN`);
    this.name = 'PlnFormatError';
  }
}

export function isPln(value: string): value is Pln {
  return CANONICAL.test(value);
}

/** Accepts "1234.5", "1 234,50", "1.234,50 zł", "1234,50 PLN"; returns the canonical form. */
export function parsePln(input: string): Pln {
  let text = input.replace(/\s|\u00a0/g, '').replace(/(zł|PLN)$/i, '');
  // Dot grouping ("2.927.000,00") only where it cannot be read as a decimal point: with a
  // comma fraction or with two or more dots. "1.234" stays ambiguous and is refused below.
  if (/^-?[1-9]\d{0,2}((\.\d{3})+,\d{1,2}|(\.\d{3}){2,})$/.test(text)) text = text.replace(/\./g, '');
  else if (/^-?\d+\.\d{3}$/.test(text)) throw new PlnFormatError(input, 'ambiguous');
  text = text.replace(',', '.');
  const match = /^(-?)(\d{1,12})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) throw new PlnFormatError(input, 'notAnAmount');
  const [, sign, whole, fraction = ''] = match;
  return fromGrosze(BigInt(`${sign}${whole}${fraction.padEnd(2, '0')}`));
}

export function toGrosze(amount: Pln): bigint {
  return BigInt(amount.replace('.', ''));
}

export function fromGrosze(grosze: bigint): Pln {
  const negative = grosze < 0n;
  const digits = (negative ? -grosze : grosze).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}` as Pln;
}

export function sumPln(amounts: readonly Pln[]): Pln {
  return fromGrosze(amounts.reduce((total, amount) => total + toGrosze(amount), 0n));
}

const PLN_FORMAT = new Intl.NumberFormat('pl-PL', { style: 'currency', currency: 'PLN' });

/**
 * "69 504 961,44 zł" (with U+00A0 as the group separator and before "zł", as Intl gives it).
 * Formats through the string form so amounts above 2^53 grosze keep every digit.
 */
export function formatPln(amount: Pln): string {
  return PLN_FORMAT.format(amount as unknown as number);
}
