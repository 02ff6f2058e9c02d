import type { Translate } from '../../i18n/I18n';
import type { ConflictField } from '../../ui/ConflictPanel';
import { type BudgetDraft, type FundingDraft, type Member, type MoneyDraft } from './budget-draft';
import { programmeLabel } from './stages';

export type Difference = ConflictField;

/**
 * Where the saved budget (theirs) and the reader's draft (yours) differ, field by field, in
 * words: what a CONFLICT panel lists so the reader can choose.
 */
export function budgetDifferences(theirs: BudgetDraft, yours: BudgetDraft, members: readonly Member[], t: Translate, money: (amount: string) => string): Difference[] {
  // Empty reads as the panel's own "(puste)".
  const none = '';
  const amount = (draft: MoneyDraft | undefined) => (draft?.value ? money(draft.value) : draft?.text.trim() || none);
  const gmina = (terc: string) => members.find((member) => member.gmina.terc === terc)?.gmina.name ?? (terc || none);
  const source = (row: FundingDraft | undefined) => {
    if (!row) return none;
    const rate = row.rate.trim() ? ` (${row.rate.trim()}%)` : '';
    return `${programmeLabel(t, row.programme)}: ${amount(row.amount)}${rate}${row.note.trim() ? ` — ${row.note.trim()}` : ''}`;
  };
  const rows: Difference[] = [
    {
      name: 'total',
      label: t('projects.budget.totalCost'),
      theirs: amount(theirs.totalCost),
      yours: amount(yours.totalCost),
    },
    ...members.map((member) => ({
      name: `share-${member.gmina.terc}`,
      label: t('projects.conflict.share', { gmina: member.gmina.name }),
      theirs: amount(theirs.shares[member.gmina.terc]),
      yours: amount(yours.shares[member.gmina.terc]),
    })),
    {
      name: 'lead',
      label: t('projects.form.lead'),
      theirs: gmina(theirs.lead),
      yours: gmina(yours.lead),
    },
    ...Array.from({ length: Math.max(theirs.funding.length, yours.funding.length) }, (_, index) => ({
      name: `funding-${index}`,
      label: t('projects.conflict.fundingRow', { n: index + 1 }),
      theirs: source(theirs.funding[index]),
      yours: source(yours.funding[index]),
    })),
  ];
  return rows.filter((row) => row.theirs !== row.yours);
}
