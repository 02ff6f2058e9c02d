import type { Pln } from '@wspolnie/kernel';
import { render } from '@wspolnie/platform-i18n';
import { checkBudget } from './budget-rules';
import { FundingProgramme } from './project-funding.entity';

const pln = (value: string) => value as Pln;
const nbsp = '\u00a0';
const { FE_SL, RFRD, OTHER } = FundingProgramme;

describe('budget rules', () => {
  it('accepts shares that add up to the total, to the grosz, and derives the own contribution', () => {
    const { problems, summary } = checkBudget({
      totalCost: pln('18450000.00'),
      participants: [
        { gmina: 'Rajcza', costShare: pln('9225000.00') },
        { gmina: 'Ujsoły', costShare: pln('4612500.01') },
        { gmina: 'Milówka', costShare: pln('4612499.99') },
      ],
      funding: [{ programme: FE_SL, amount: pln('15682500.00'), coFinancingRate: '85' }],
    });
    expect(problems).toEqual([]);
    expect(summary).toEqual({ funded: '15682500.00', ownContribution: '2767500.00' });
  });

  it('refuses shares off by one grosz, either way, saying by how much in both languages', () => {
    const short = checkBudget({ totalCost: pln('100.00'), participants: [{ gmina: 'a', costShare: pln('60.00') }, { gmina: 'b', costShare: pln('39.99') }], funding: [] });
    expect(short.problems.map((problem) => problem.field)).toEqual(['participants']);
    expect(render(short.problems[0].message, 'en')).toBe(`The cost shares add up to 99,99${nbsp}zł, not the total cost of 100,00${nbsp}zł (short by 0,01${nbsp}zł).`);
    expect(render(short.problems[0].message, 'pl')).toBe(`Udziały w kosztach sumują się do 99,99${nbsp}zł, a nie do kosztu całkowitego 100,00${nbsp}zł (brakuje 0,01${nbsp}zł).`);
    const over = checkBudget({ totalCost: pln('100.00'), participants: [{ gmina: 'a', costShare: pln('100.01') }], funding: [] });
    expect(render(over.problems[0].message, 'en')).toContain('over by 0,01');
    expect(render(over.problems[0].message, 'pl')).toContain(`o 0,01${nbsp}zł za dużo`);
  });

  it('keeps hundreds of millions exact where floats would not', () => {
    const total = pln('987654321.99');
    const thirds = [pln('329218107.33'), pln('329218107.33'), pln('329218107.33')];
    const { problems } = checkBudget({ totalCost: total, participants: thirds.map((costShare, i) => ({ gmina: String(i), costShare })), funding: [] });
    expect(problems).toEqual([]);
    // 0.10 + 0.20 is 0.30000000000000004 in floating point; in grosze it is exactly 0.30.
    const tenths = checkBudget({
      totalCost: pln('300000000.30'),
      participants: [{ gmina: 'a', costShare: pln('100000000.10') }, { gmina: 'b', costShare: pln('200000000.20') }],
      funding: [],
    });
    expect(tenths.problems).toEqual([]);
  });

  it('handles the smallest amount, 0,01 zł', () => {
    expect(checkBudget({ totalCost: pln('0.01'), participants: [{ gmina: 'a', costShare: pln('0.01') }], funding: [{ programme: OTHER, amount: pln('0.01') }] }).summary).toEqual({
      funded: '0.01',
      ownContribution: '0.00',
    });
  });

  it('refuses funding above the total, negative amounts and impossible rates, each on its field', () => {
    const { problems } = checkBudget({
      totalCost: pln('1000.00'),
      participants: [],
      funding: [{ programme: FE_SL, amount: pln('900.00'), coFinancingRate: '101' }, { programme: OTHER, amount: pln('100.01') }, { programme: RFRD, amount: pln('-1.00') }],
    });
    expect(problems.map((problem) => problem.field)).toEqual(['funding.0.coFinancingRate', 'funding.2.amount']);
    expect(render(problems[1].message, 'en')).toBe(`A funding amount cannot be negative: Government Road Development Fund (RFRD), -1,00${nbsp}zł.`);
    expect(render(problems[1].message, 'pl')).toBe(`Kwota dofinansowania nie może być ujemna: Rządowy Fundusz Rozwoju Dróg, -1,00${nbsp}zł.`);
    const exceeding = checkBudget({ totalCost: pln('1000.00'), participants: [], funding: [{ programme: FE_SL, amount: pln('1000.01') }] });
    expect(exceeding.problems.map((problem) => [problem.field, render(problem.message, 'en')])).toEqual([['funding', `Funding of 1000,01${nbsp}zł exceeds the total cost of 1000,00${nbsp}zł.`]]);
  });

  it('refuses every amount the tables\' CHECK constraints would, on the field the input names', () => {
    const { problems } = checkBudget(
      {
        totalCost: pln('-1.00'),
        participants: [{ gmina: 'Rajcza', costShare: pln('-1.00') }],
        funding: [{ programme: FE_SL, amount: pln('0.00'), coFinancingRate: '-5' }, { programme: OTHER, amount: pln('0.00'), coFinancingRate: '100.01' }],
      },
      'budget',
    );
    expect(problems.map((problem) => problem.field)).toEqual(['budget.totalCost', 'budget.participants.0.costShare', 'budget.funding.0.coFinancingRate', 'budget.funding.1.coFinancingRate']);
    expect(render(problems[1].message, 'pl')).toBe(`Udział gminy Rajcza w kosztach nie może być ujemny (-1,00${nbsp}zł).`);
    expect(checkBudget({ totalCost: pln('100.00'), participants: [], funding: [{ programme: FE_SL, amount: pln('85.00'), coFinancingRate: '100.00' }] }).problems).toEqual([]);
  });
});
