import { distribution, ratio } from './stats';
import { markdownTable, table } from './report';

describe('bench statistics', () => {
  it('takes nearest-rank percentiles, so p99 of 100 samples is the 99th, not an interpolation', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(distribution(samples)).toMatchObject({ n: 100, p50: 50, p99: 99, max: 100, mean: 50.5 });
    expect(distribution([7])).toMatchObject({ p50: 7, p99: 7, max: 7 });
  });

  it('reports an empty sample and a zero baseline as unknown rather than as a number', () => {
    expect(Number.isNaN(distribution([]).p99)).toBe(true);
    expect(ratio(5, 0)).toBe('–');
    expect(ratio(15, 10)).toBe('1.50×');
  });

  it('marks a missed target in both tables', () => {
    const rows = [{ scenario: 'board read', measure: 'p50 ms', value: '60', baseline: '12', ratio: '5.00×', target: '≤1.5×', met: false }];
    expect(table(rows)).toContain('MISSED');
    expect(markdownTable(rows)).toContain('| board read | p50 ms | 60 | 12 | 5.00× | ≤1.5× | **missed** |');
  });
});
