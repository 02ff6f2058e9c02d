import type { Pln } from '@wspolnie/kernel';
import { checkBudget } from './budget-rules';

const pln = (value: string) => value as Pln;
const nbsp = '\u00a0';

describe('budget rules', () => {
  it('accepts shares that add up to the total, to the grosz, and derives the own contribution', () => {
    const { problems, summary } = checkBudget({
      totalCost: pln('18450000.00'),
      shares: [
        { gminaTerc: '2417112', share: pln('9225000.00') },
        { gminaTerc: '2417142', share: pln('4612500.01') },
        { gminaTerc: '2417092', share: pln('4612499.99') },
      ],
      funding: [{ amount: pln('15682500.00'), coFinancingRate: '85' }],
    });
    expect(problems).toEqual([]);
    expect(summary).toEqual({ funded: '15682500.00', ownContribution: '2767500.00' });
  });

  it('refuses shares off by one grosz, either way, saying by how much', () => {
    const short = checkBudget({ totalCost: pln('100.00'), shares: [{ gminaTerc: 'a', share: pln('60.00') }, { gminaTerc: 'b', share: pln('39.99') }], funding: [] });
    expect(short.problems).toEqual([{ field: 'shares', message: `The cost shares add up to 99,99${nbsp}zł, not the total cost of 100,00${nbsp}zł (short by 0,01${nbsp}zł).` }]);
    const over = checkBudget({ totalCost: pln('100.00'), shares: [{ gminaTerc: 'a', share: pln('100.01') }], funding: [] });
    expect(over.problems[0].message).toContain('over by 0,01');
  });

  it('keeps hundreds of millions exact where floats would not', () => {
    const total = pln('987654321.99');
    const thirds = [pln('329218107.33'), pln('329218107.33'), pln('329218107.33')];
    const { problems } = checkBudget({ totalCost: total, shares: thirds.map((share, i) => ({ gminaTerc: String(i), share })), funding: [] });
    expect(problems).toEqual([]);
    // 0.10 + 0.20 is 0.30000000000000004 in floating point; in grosze it is exactly 0.30.
    const tenths = checkBudget({ totalCost: pln('300000000.30'), shares: [{ gminaTerc: 'a', share: pln('100000000.10') }, { gminaTerc: 'b', share: pln('200000000.20') }], funding: [] });
    expect(tenths.problems).toEqual([]);
  });

  it('handles the smallest amount, 0,01 zł', () => {
    expect(checkBudget({ totalCost: pln('0.01'), shares: [{ gminaTerc: 'a', share: pln('0.01') }], funding: [{ amount: pln('0.01') }] }).summary).toEqual({
      funded: '0.01',
      ownContribution: '0.00',
    });
  });

  it('refuses funding above the total, negative amounts and impossible rates, each on its field', () => {
    const { problems } = checkBudget({
      totalCost: pln('1000.00'),
      shares: [],
      funding: [{ amount: pln('900.00'), coFinancingRate: '101' }, { amount: pln('100.01') }, { amount: pln('-1.00') }],
    });
    expect(problems.map((problem) => problem.field)).toEqual(['funding.0.coFinancingRate', 'funding.2.amount']);
    const exceeding = checkBudget({ totalCost: pln('1000.00'), shares: [], funding: [{ amount: pln('1000.01') }] });
    expect(exceeding.problems).toEqual([{ field: 'funding', message: `Funding of 1000,01${nbsp}zł exceeds the total cost of 1000,00${nbsp}zł.` }]);
  });
});
