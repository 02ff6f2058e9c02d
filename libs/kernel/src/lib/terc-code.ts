/**
 * TERC codes of gminas (GUS TERYT register): `WW PP GG R`.
 * WW voivodeship (even, 02-32), PP powiat (01-38 county, 61-79 city with county rights),
 * GG gmina within the powiat, R gmina type (1 urban, 2 rural, 3 urban-rural).
 * TERC has no check digit, so a code that passes this syntax check must still be looked up
 * in the register to be known to exist.
 */
export const GMINA_TERC_PATTERN =
  /^(0[2468]|[12][02468]|3[02])(0[1-9]|[12][0-9]|3[0-8]|6[1-9]|7[0-9])(0[1-9]|[1-9][0-9])[123]$/;

export enum GminaType {
  URBAN = 'URBAN',
  RURAL = 'RURAL',
  URBAN_RURAL = 'URBAN_RURAL',
}

const TYPE_BY_DIGIT: Record<string, GminaType> = {
  '1': GminaType.URBAN,
  '2': GminaType.RURAL,
  '3': GminaType.URBAN_RURAL,
};

export interface GminaTerc {
  readonly code: string;
  readonly voivodeshipCode: string;
  readonly powiatCode: string;
  readonly type: GminaType;
}

export type TercProblem =
  | 'not seven digits'
  | 'unknown voivodeship part'
  | 'unknown powiat part'
  | 'gmina part must be 01-99'
  | 'not a gmina type (last digit must be 1, 2 or 3)';

/** Explains why a string is not a syntactically valid gmina TERC code, or returns null. */
export function tercProblem(code: string): TercProblem | null {
  if (!/^\d{7}$/.test(code)) return 'not seven digits';
  if (!/^(0[2468]|[12][02468]|3[02])/.test(code)) return 'unknown voivodeship part';
  if (!/^(0[1-9]|[12][0-9]|3[0-8]|6[1-9]|7[0-9])$/.test(code.slice(2, 4))) return 'unknown powiat part';
  if (code.slice(4, 6) === '00') return 'gmina part must be 01-99';
  if (!TYPE_BY_DIGIT[code[6]]) return 'not a gmina type (last digit must be 1, 2 or 3)';
  return null;
}

export function parseGminaTerc(code: string): GminaTerc {
  const problem = tercProblem(code);
  if (problem) throw new RangeError(`"${code}" is not a gmina TERC code: ${problem}`);
  return {
    code,
    voivodeshipCode: code.slice(0, 2),
    powiatCode: code.slice(0, 4),
    type: TYPE_BY_DIGIT[code[6]],
  };
}

export function gminaTypeFromDigit(digit: string): GminaType {
  const type = TYPE_BY_DIGIT[digit];
  if (!type) throw new RangeError(`"${digit}" is not a gmina type digit`);
  return type;
}
