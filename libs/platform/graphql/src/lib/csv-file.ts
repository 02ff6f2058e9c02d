import { stringify } from 'csv-stringify/sync';

/**
 * A CSV a Polish Excel or LibreOffice opens as it is, with a double click: UTF-8 announced by
 * its BOM (without it Excel reads cp1250 and garbles ą, ł, „”), `;` between cells (a Polish
 * locale's list separator, since `,` is its decimal one) and CRLF between records.
 *
 * Cells starting with = + - @, a tab or a carriage return (and their full-width forms) get a
 * leading apostrophe (csv-stringify's escape_formulas), as OWASP advises against CSV (formula)
 * injection: a comment reading `=HYPERLINK(…)` must show as text, not run when opened.
 * Numbers are left alone: they are ours, not someone's text.
 */
export function csvFile(header: readonly string[], rows: readonly (readonly (string | number)[])[]): Buffer {
  const text = stringify([header, ...rows] as (string | number)[][], { bom: true, delimiter: ';', record_delimiter: 'windows', escape_formulas: true });
  return Buffer.from(text, 'utf8');
}

/** What a file name must not carry whatever the system saving it: path separators, controls, reserved characters. */
const UNSAFE = /[\\/:*?"<>|\p{Cc}]+/gu;

/** Letters without a decomposition into a base letter and a mark (ł is not l + mark). */
const OWN_LETTERS: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O' };

/**
 * `attachment` with the name twice: `filename*` in UTF-8 (RFC 5987/6266), which browsers
 * use, and `filename` in ASCII for the few clients that read only that ("Strategia rozwoju
 * – uwagi" falls back to "Strategia rozwoju - uwagi").
 */
export function attachment(name: string, extension: string): string {
  const clean = name.replace(UNSAFE, '-').replace(/\s+/g, ' ').trim().slice(0, 150) || 'export';
  const ascii =
    clean
      .replace(/[łŁđĐßæÆøØ]/g, (letter) => OWN_LETTERS[letter] ?? letter)
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[\u2010-\u2015]/g, '-')
      .replace(/[^A-Za-z0-9 ._()-]+/g, '_')
      .trim() || 'export';
  // encodeURIComponent leaves ' ( ) * as they are; RFC 5987's attr-char does not allow them.
  const encoded = encodeURIComponent(`${clean}.${extension}`).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${encoded}`;
}
