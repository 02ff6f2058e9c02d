import { parse } from 'csv-parse/sync';
import { foldPolish, gminaTypeFromDigit, GminaType, tercProblem } from '@wspolnie/kernel';
import tercCsv from './TERC_2024-01-01.csv';

/** The official TERC layout (GUS): `WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA`. */
interface TercRow {
  WOJ: string;
  POW: string;
  GMI: string;
  RODZ: string;
  NAZWA: string;
  NAZWA_DOD: string;
  STAN_NA: string;
}

export interface RegisterVoivodeship {
  code: string;
  name: string;
}

export interface RegisterPowiat {
  code: string;
  voivodeshipCode: string;
  name: string;
  isCity: boolean;
}

export interface RegisterGmina {
  terc: string;
  powiatCode: string;
  voivodeshipCode: string;
  name: string;
  searchName: string;
  type: GminaType;
  registerDate: string;
}

export interface TercRegister {
  readonly asOf: string;
  readonly voivodeships: RegisterVoivodeship[];
  readonly powiats: RegisterPowiat[];
  readonly gminas: RegisterGmina[];
}

/**
 * Reads the TERC register shipped with the product (GUS TERYT, state of 2024-01-01). Sub-units
 * of urban-rural gminas (town and rural parts, R = 4/5) and districts of Warsaw and other cities
 * (R = 8/9) are not gminas and are left out. Voivodeship names are kept in their official lower
 * case form ("śląskie"); the register prints them in capitals.
 */
export function readTercRegister(csv: string = tercCsv): TercRegister {
  const rows = parse(csv, { delimiter: ';', columns: true, skip_empty_lines: true, trim: true }) as TercRow[];
  const register: TercRegister = { asOf: rows[0].STAN_NA, voivodeships: [], powiats: [], gminas: [] };
  for (const row of rows) {
    if (!row.POW) {
      register.voivodeships.push({ code: row.WOJ, name: row.NAZWA.toLocaleLowerCase('pl') });
    } else if (!row.GMI) {
      register.powiats.push({
        code: row.WOJ + row.POW,
        voivodeshipCode: row.WOJ,
        name: row.NAZWA,
        isCity: row.NAZWA_DOD.includes('na prawach powiatu'),
      });
    } else if (/^[123]$/.test(row.RODZ)) {
      const terc = row.WOJ + row.POW + row.GMI + row.RODZ;
      const problem = tercProblem(terc);
      if (problem) throw new Error(`the TERC register holds ${terc} (${row.NAZWA}), which is not a gmina code: ${problem}`);
      register.gminas.push({
        terc,
        powiatCode: row.WOJ + row.POW,
        voivodeshipCode: row.WOJ,
        name: row.NAZWA,
        searchName: foldPolish(row.NAZWA),
        type: gminaTypeFromDigit(row.RODZ),
        registerDate: row.STAN_NA,
      });
    }
  }
  return register;
}
