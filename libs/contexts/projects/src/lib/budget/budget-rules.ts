import { formatPln, fromGrosze, type Pln, toGrosze } from '@wspolnie/kernel';
import type { FieldProblem } from '@wspolnie/platform-errors';

export interface BudgetDraft {
  readonly totalCost: Pln;
  /** Each participating gmina's part of the total cost. */
  readonly shares: readonly { readonly gminaTerc: string; readonly share: Pln }[];
  /** Grants and other outside money; the rest is the gminas' own contribution. */
  readonly funding: readonly { readonly amount: Pln; readonly coFinancingRate?: string | null }[];
}

export interface BudgetSummary {
  readonly funded: Pln;
  /** Total cost minus funding: what the gminas pay themselves (wkład własny). */
  readonly ownContribution: Pln;
}

/**
 * The budget rules, computed in integer grosze: shares add up to the total exactly (to the
 * grosz), funding does not exceed it, no amount is negative, and co-financing rates lie in
 * 0–100 %. Answers every broken rule with the field it concerns.
 */
export function checkBudget(budget: BudgetDraft, prefix = ''): { problems: FieldProblem[]; summary: BudgetSummary } {
  const field = (name: string) => (prefix ? `${prefix}.${name}` : name);
  const problems: FieldProblem[] = [];
  const total = toGrosze(budget.totalCost);
  if (total < 0n) problems.push({ field: field('totalCost'), message: 'The total cost cannot be negative.' });

  budget.shares.forEach((share, index) => {
    if (toGrosze(share.share) < 0n) problems.push({ field: field(`shares.${index}.share`), message: 'A cost share cannot be negative.' });
  });
  const shared = budget.shares.reduce((sum, share) => sum + toGrosze(share.share), 0n);
  if (budget.shares.length > 0 && shared !== total) {
    const gap = shared > total ? shared - total : total - shared;
    problems.push({
      field: field('shares'),
      message: `The cost shares add up to ${formatPln(fromGrosze(shared))}, not the total cost of ${formatPln(budget.totalCost)} (${shared > total ? 'over' : 'short'} by ${formatPln(fromGrosze(gap))}).`,
    });
  }

  budget.funding.forEach((source, index) => {
    if (toGrosze(source.amount) < 0n) problems.push({ field: field(`funding.${index}.amount`), message: 'A funding amount cannot be negative.' });
    const rate = source.coFinancingRate;
    if (rate != null && !(/^\d{1,3}(\.\d{1,2})?$/.test(rate) && Number(rate) <= 100)) {
      problems.push({ field: field(`funding.${index}.coFinancingRate`), message: 'The co-financing rate is a percentage from 0 to 100, e.g. "85" or "79.71".' });
    }
  });
  const funded = budget.funding.reduce((sum, source) => sum + toGrosze(source.amount), 0n);
  if (funded > total) {
    problems.push({
      field: field('funding'),
      message: `Funding of ${formatPln(fromGrosze(funded))} exceeds the total cost of ${formatPln(budget.totalCost)}.`,
    });
  }
  return { problems, summary: { funded: fromGrosze(funded), ownContribution: fromGrosze(total - funded) } };
}
