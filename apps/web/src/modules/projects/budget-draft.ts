import type { Pln } from '@wspolnie/kernel';
import { type BudgetInput, type FundingProgramme, type ProjectsBudgetFragment } from './graphql.generated';
import type { Translate } from '../../i18n/I18n';
import type { ApiProblem } from '../../ui/field-errors';
import { type MoneyProblem, moneyProblemMessage } from '../../ui/MoneyField';
import { readRate } from './budget-math';

/** An amount as the form holds it: the canonical value, or why the typed text is none. */
export interface MoneyDraft {
  readonly value: Pln | null;
  readonly problem: MoneyProblem | null;
  readonly text: string;
}

export interface FundingDraft {
  /** Stable across edits, so removing a row keeps the others' inputs. */
  readonly key: string;
  readonly programme: FundingProgramme;
  readonly amount: MoneyDraft;
  readonly rate: string;
  readonly note: string;
}

/** A budget being written: shares by member gmina (TERC), the lead, and funding rows. */
export interface BudgetDraft {
  readonly totalCost: MoneyDraft;
  readonly shares: Readonly<Record<string, MoneyDraft>>;
  readonly lead: string;
  readonly funding: readonly FundingDraft[];
}

export interface Member {
  readonly gmina: {
    readonly id: string;
    readonly terc: string;
    readonly name: string;
  };
}

const NO_MONEY: MoneyDraft = { value: null, problem: null, text: '' };
const money = (value: string | null): MoneyDraft => ({
  value: value as Pln | null,
  problem: null,
  text: value ?? '',
});
let keys = 0;
export const fundingKey = () => `funding-${++keys}`;

export function emptyBudget(): BudgetDraft {
  return { totalCost: NO_MONEY, shares: {}, lead: '', funding: [] };
}

export function budgetFromProject(project: ProjectsBudgetFragment): BudgetDraft {
  return {
    totalCost: money(project.totalCost),
    shares: Object.fromEntries(project.participants.map((participant) => [participant.gmina.terc, money(participant.costShare)])),
    lead: project.participants.find((participant) => participant.role === 'LEAD')?.gmina.terc ?? '',
    funding: project.funding.map((source) => ({
      key: fundingKey(),
      programme: source.programme,
      amount: money(source.amount),
      rate: source.coFinancingRate ?? '',
      note: source.note ?? '',
    })),
  };
}

/** Input ids by concept, not by the index the API's paths use (which depends on what is sent). */
export const shareField = (terc: string) => `budget.share.${terc}`;
export const fundingField = (index: number, part: 'programme' | 'amount' | 'coFinancingRate' | 'note') => `budget.funding.${index}.${part}`;
export const PARTICIPANTS_FIELD = 'budget.participants';
export const LEAD_FIELD = 'budget.lead';
export const TOTAL_FIELD = 'budget.totalCost';

/** Members with a share typed, the lead first, in the members' order otherwise. */
function participantTercs(draft: BudgetDraft, members: readonly Member[]): string[] {
  const taking = members.map((member) => member.gmina.terc).filter((terc) => draft.shares[terc]?.value != null);
  return [...taking.filter((terc) => terc === draft.lead), ...taking.filter((terc) => terc !== draft.lead)];
}

/** The budget as the API takes it, and which gmina each participants.N path will mean. */
export function budgetInput(draft: BudgetDraft, members: readonly Member[]): { input: BudgetInput; tercs: string[] } {
  const tercs = participantTercs(draft, members);
  return {
    tercs,
    input: {
      totalCost: draft.totalCost.value ?? '0.00',
      participants: tercs.map((terc) => ({
        gminaTerc: terc,
        costShare: draft.shares[terc].value as Pln,
        role: terc === draft.lead ? 'LEAD' : 'PARTNER',
      })),
      funding: draft.funding.map((source) => ({
        programme: source.programme,
        amount: source.amount.value ?? '0.00',
        coFinancingRate: source.rate.trim() ? (readRate(source.rate) ?? source.rate.trim()) : null,
        note: source.note.trim() || null,
      })),
    },
  };
}

/** What the API would refuse, said before sending (the API checks the sums itself). */
export function budgetProblems(draft: BudgetDraft, members: readonly Member[], t: Translate): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const moneyProblem = (field: string, amount: MoneyDraft, missing?: string) => {
    if (amount.problem)
      problems.push({
        field,
        message: moneyProblemMessage(amount.problem, amount.text, t),
      });
    else if (missing && amount.value === null) problems.push({ field, message: missing });
  };
  moneyProblem(TOTAL_FIELD, draft.totalCost, t('projects.form.totalMissing'));
  for (const member of members) moneyProblem(shareField(member.gmina.terc), draft.shares[member.gmina.terc] ?? NO_MONEY);
  const tercs = participantTercs(draft, members);
  if (!tercs.length && !members.some((member) => draft.shares[member.gmina.terc]?.problem))
    problems.push({
      field: PARTICIPANTS_FIELD,
      message: t('projects.form.noParticipants'),
    });
  if (!draft.lead)
    problems.push({
      field: LEAD_FIELD,
      message: t('projects.form.leadMissing'),
    });
  else if (tercs.length && !tercs.includes(draft.lead))
    problems.push({
      field: LEAD_FIELD,
      message: t('projects.form.leadNotParticipant'),
    });
  draft.funding.forEach((source, index) => {
    moneyProblem(fundingField(index, 'amount'), source.amount, t('projects.form.amountMissing'));
    if (source.rate.trim() && readRate(source.rate) === null)
      problems.push({
        field: fundingField(index, 'coFinancingRate'),
        message: t('projects.form.rateInvalid'),
      });
  });
  return problems;
}

/**
 * The API names budget fields by their place in what was sent (`budget.participants.2.costShare`);
 * the form's inputs are named by gmina. Moves each message to the input it is about.
 */
export function budgetProblemOnInputs(problem: ApiProblem | null, tercs: readonly string[]): ApiProblem | null {
  if (!problem) return null;
  const byField = new Map<string, string[]>();
  for (const error of problem.fields) {
    const share = /^budget\.participants\.(\d+)\./.exec(error.field);
    const field = share && tercs[Number(share[1])] ? shareField(tercs[Number(share[1])]) : error.field;
    // One entry per input: the summary links each field once.
    byField.set(field, [...(byField.get(field) ?? []), error.message]);
  }
  return {
    ...problem,
    fields: [...byField].map(([field, messages]) => ({
      field,
      message: messages.join(' '),
    })),
  };
}
