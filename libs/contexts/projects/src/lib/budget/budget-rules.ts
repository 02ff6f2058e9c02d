import { formatPln, fromGrosze, type Pln, toGrosze } from '@wspolnie/kernel';
import type { FieldProblem } from '@wspolnie/platform-errors';
import { projectsMessage } from '../projects-messages';
import type { FundingProgramme } from './project-funding.entity';

export interface BudgetDraft {
  readonly totalCost: Pln;
  /** Each participating gmina's part of the total cost; `gmina` names it in messages. */
  readonly participants: readonly { readonly gmina: string; readonly costShare: Pln }[];
  /** Grants and other outside money; the rest is the gminas' own contribution. */
  readonly funding: readonly { readonly programme: FundingProgramme; readonly amount: Pln; readonly coFinancingRate?: string | null }[];
}

export interface BudgetSummary {
  readonly funded: Pln;
  /** Total cost minus funding: what the gminas pay themselves (wkład własny). */
  readonly ownContribution: Pln;
}

/** A percentage as numeric(5,2) between 0 and 100 stores it (the project_funding_rate_range check). */
const RATE = /^\d{1,3}(\.\d{1,2})?$/;

/**
 * The budget rules, computed in integer grosze: shares add up to the total exactly (to the
 * grosz), funding does not exceed it, no amount is negative, and co-financing rates lie in
 * 0–100 %. They refuse everything the tables' CHECK constraints would (total_cost, cost_share
 * and amount >= 0, co_financing_rate 0–100), before anything is written. Answers every broken
 * rule with the field it concerns, named as BudgetInput names it.
 */
export function checkBudget(budget: BudgetDraft, prefix = ''): { problems: FieldProblem[]; summary: BudgetSummary } {
  const field = (name: string) => (prefix ? `${prefix}.${name}` : name);
  const problems: FieldProblem[] = [];
  const total = toGrosze(budget.totalCost);
  if (total < 0n) problems.push({ field: field('totalCost'), message: projectsMessage('budget.totalNegative', { amount: formatPln(budget.totalCost) }) });

  budget.participants.forEach((participant, index) => {
    if (toGrosze(participant.costShare) < 0n) {
      problems.push({
        field: field(`participants.${index}.costShare`),
        message: projectsMessage('budget.shareNegative', { gmina: participant.gmina, amount: formatPln(participant.costShare) }),
      });
    }
  });
  const shared = budget.participants.reduce((sum, participant) => sum + toGrosze(participant.costShare), 0n);
  if (budget.participants.length > 0 && shared !== total) {
    const gap = shared > total ? shared - total : total - shared;
    problems.push({
      field: field('participants'),
      message: projectsMessage(shared > total ? 'budget.sharesOver' : 'budget.sharesShort', {
        shared: formatPln(fromGrosze(shared)),
        total: formatPln(budget.totalCost),
        gap: formatPln(fromGrosze(gap)),
      }),
    });
  }

  budget.funding.forEach((source, index) => {
    const programme = projectsMessage(`programme.${source.programme}`);
    if (toGrosze(source.amount) < 0n) {
      problems.push({ field: field(`funding.${index}.amount`), message: projectsMessage('budget.fundingNegative', { programme, amount: formatPln(source.amount) }) });
    }
    const rate = source.coFinancingRate;
    if (rate != null && !(RATE.test(rate) && Number(rate) <= 100)) {
      problems.push({ field: field(`funding.${index}.coFinancingRate`), message: projectsMessage('budget.rate', { programme, rate: rate.slice(0, 40) }) });
    }
  });
  const funded = budget.funding.reduce((sum, source) => sum + toGrosze(source.amount), 0n);
  // A negative total is told once, above, not again as funding exceeding it.
  if (funded > total && total >= 0n) {
    problems.push({
      field: field('funding'),
      message: projectsMessage('budget.fundingExceeds', { funded: formatPln(fromGrosze(funded)), total: formatPln(budget.totalCost) }),
    });
  }
  return { problems, summary: { funded: fromGrosze(funded), ownContribution: fromGrosze(total - funded) } };
}
