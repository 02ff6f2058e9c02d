import { parse } from 'csv-parse/sync';
import { attachment, csvFile } from './csv-file';

describe('csvFile', () => {
  it('writes a BOM, semicolons and CRLF, quoting what needs it', () => {
    const file = csvFile(['Wątek', 'Treść'], [[1, 'Zgoda; "tak"\nzażółć']]);
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.toString('utf8')).toBe('\uFEFFWątek;Treść\r\n1;"Zgoda; ""tak""\nzażółć"\r\n');
  });

  it.each(['=1+1', '+48 123', '-2', '@SUM(A1)', '\tx', '\rx', '＝1'])('keeps %j from being read as a formula', (text) => {
    const [, [cell]] = parse(csvFile(['a'], [[text]]), { delimiter: ';', bom: true });
    expect(cell).toBe(`'${text}`);
  });

  it('leaves numbers, and text that is no formula, as they are', () => {
    const [, row] = parse(csvFile(['a', 'b', 'c'], [[-3, 'a=b', "O'Neil"]]), { delimiter: ';', bom: true });
    expect(row).toEqual(['-3', 'a=b', "O'Neil"]);
  });
});

describe('attachment', () => {
  it('names the file in UTF-8 and in ASCII', () => {
    const header = attachment('Strategia „Beskidy” – Łódź (2026)*', 'csv');
    expect(header).toBe(
      `attachment; filename="Strategia _Beskidy_ - Lodz (2026)-.csv"; filename*=UTF-8''Strategia%20%E2%80%9EBeskidy%E2%80%9D%20%E2%80%93%20%C5%81%C3%B3d%C5%BA%20%282026%29-.csv`,
    );
    expect(decodeURIComponent(/filename\*=UTF-8''(\S+)/.exec(header)?.[1] ?? '')).toBe('Strategia „Beskidy” – Łódź (2026)-.csv');
  });

  it('keeps path separators, quotes and controls out of both names', () => {
    const header = attachment('Plan 2021/2027 "A"\r\nB', 'csv');
    expect(header).toContain('filename="Plan 2021-2027 -A-B.csv"');
    expect(header).not.toMatch(/[\r\n]/);
    expect(attachment('„”', 'csv')).toContain('filename="_.csv"');
  });
});
