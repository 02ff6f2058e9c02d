import { useId } from 'react';
import { useT } from '../../i18n/I18n';
import { type ApiProblem, errorFor, fieldId } from '../../ui/field-errors';
import { MoneyField } from '../../ui/MoneyField';
import { TextField } from '../../ui/TextField';
import { compareWithTotal, ownContribution, sumAmounts } from './budget-math';
import { type BudgetDraft, type FundingDraft, fundingField, fundingKey, LEAD_FIELD, type Member, type MoneyDraft, PARTICIPANTS_FIELD, shareField, TOTAL_FIELD } from './budget-draft';
import { SelectField } from '../../ui/fields';
import { PROGRAMME_ORDER, programmeLabel } from './stages';

interface Props {
  readonly draft: BudgetDraft;
  readonly onChange: (draft: BudgetDraft) => void;
  readonly members: readonly Member[];
  readonly problem: ApiProblem | null;
}

const asDraft = (text: string, reading: { value: MoneyDraft['value']; problem: MoneyDraft['problem'] }): MoneyDraft => ({ value: reading.value, problem: reading.problem, text });

/**
 * The budget's inputs: the total, each member gmina's share (typed the Polish way) with their
 * sum compared live and exactly with the total, the lead gmina, and the funding sources.
 */
export function BudgetFields({ draft, onChange, members, problem }: Props) {
  const { t, money } = useT();
  const hintId = useId();
  const shares = members.map((member) => draft.shares[member.gmina.terc]?.value ?? null);
  const sum = sumAmounts(shares);
  const total = draft.totalCost.value;
  const comparison = total ? compareWithTotal(sum, total) : null;
  const participantsError = errorFor(problem, PARTICIPANTS_FIELD);
  const setFunding = (index: number, change: Partial<FundingDraft>) =>
    onChange({
      ...draft,
      funding: draft.funding.map((source, at) => (at === index ? { ...source, ...change } : source)),
    });

  return (
    <>
      <MoneyField
        name={TOTAL_FIELD}
        label={t('projects.form.totalCost')}
        hint={t('projects.form.moneyHint')}
        value={draft.totalCost.value}
        error={errorFor(problem, TOTAL_FIELD)}
        onChange={(_value, reading) => onChange({ ...draft, totalCost: asDraft(reading.text, reading) })}
      />

      <fieldset id={fieldId(PARTICIPANTS_FIELD)} tabIndex={-1} className={`budget-shares${participantsError ? ' field--error' : ''}`} aria-describedby={hintId}>
        <legend>{t('projects.form.participants')}</legend>
        <p id={hintId} className="field__hint">
          {t('projects.form.participantsHint')}
        </p>
        {participantsError && (
          <p className="field__error">
            <span className="visually-hidden">{t('app.errorPrefix')} </span>
            {participantsError}
          </p>
        )}
        <div className="budget-shares__rows">
          {members.map((member) => (
            <MoneyField
              key={member.gmina.terc}
              name={shareField(member.gmina.terc)}
              label={t('projects.form.share', { gmina: member.gmina.name })}
              value={draft.shares[member.gmina.terc]?.value ?? null}
              error={errorFor(problem, shareField(member.gmina.terc))}
              onChange={(_value, reading) =>
                onChange({
                  ...draft,
                  shares: {
                    ...draft.shares,
                    [member.gmina.terc]: asDraft(reading.text, reading),
                  },
                })
              }
            />
          ))}
        </div>
        <output className={`budget-sum budget-sum--${comparison?.kind ?? 'none'}`} aria-live="polite">
          <strong>{t('projects.form.sum', { sum: money(sum) })}</strong>{' '}
          {!comparison
            ? t('projects.form.sumNoTotal')
            : comparison.kind === 'matches'
              ? t('projects.form.sumMatches')
              : t(comparison.kind === 'short' ? 'projects.form.sumShort' : 'projects.form.sumOver', { gap: money(comparison.gap), total: money(total as string) })}
        </output>
      </fieldset>

      <SelectField name={LEAD_FIELD} label={t('projects.form.lead')} value={draft.lead} error={errorFor(problem, LEAD_FIELD)} onChange={(event) => onChange({ ...draft, lead: event.target.value })}>
        <option value="">{t('projects.form.leadChoose')}</option>
        {members.map((member) => (
          <option key={member.gmina.terc} value={member.gmina.terc}>
            {member.gmina.name}
          </option>
        ))}
      </SelectField>

      <fieldset id={fieldId('budget.funding')} tabIndex={-1} className="budget-funding">
        <legend>{t('projects.form.funding')}</legend>
        <p className="field__hint">{t('projects.form.fundingHint')}</p>
        {errorFor(problem, 'budget.funding') && (
          <p className="field__error">
            <span className="visually-hidden">{t('app.errorPrefix')} </span>
            {errorFor(problem, 'budget.funding')}
          </p>
        )}
        {draft.funding.map((source, index) => (
          <fieldset key={source.key} className="budget-funding__source">
            <legend>{t('projects.form.fundingSource', { n: index + 1 })}</legend>
            <SelectField
              name={fundingField(index, 'programme')}
              label={t('projects.form.programme')}
              value={source.programme}
              error={errorFor(problem, fundingField(index, 'programme'))}
              onChange={(event) =>
                setFunding(index, {
                  programme: event.target.value as FundingDraft['programme'],
                })
              }
            >
              {PROGRAMME_ORDER.map((programme) => (
                <option key={programme} value={programme}>
                  {programmeLabel(t, programme)}
                </option>
              ))}
            </SelectField>
            <MoneyField
              name={fundingField(index, 'amount')}
              label={t('projects.form.amount')}
              value={source.amount.value}
              error={errorFor(problem, fundingField(index, 'amount'))}
              onChange={(_value, reading) => setFunding(index, { amount: asDraft(reading.text, reading) })}
            />
            <TextField
              name={fundingField(index, 'coFinancingRate')}
              label={t('projects.form.rate')}
              hint={t('projects.form.rateHint')}
              inputMode="decimal"
              className="field__input--rate"
              value={source.rate}
              error={errorFor(problem, fundingField(index, 'coFinancingRate'))}
              onChange={(event) => setFunding(index, { rate: event.target.value })}
            />
            <TextField
              name={fundingField(index, 'note')}
              label={t('projects.form.note')}
              value={source.note}
              error={errorFor(problem, fundingField(index, 'note'))}
              onChange={(event) => setFunding(index, { note: event.target.value })}
            />
            <button
              type="button"
              className="button button--quiet"
              onClick={() =>
                onChange({
                  ...draft,
                  funding: draft.funding.filter((_, at) => at !== index),
                })
              }
            >
              {t('projects.form.removeFunding', { n: index + 1 })}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="button"
          onClick={() =>
            onChange({
              ...draft,
              funding: [
                ...draft.funding,
                {
                  key: fundingKey(),
                  programme: 'FE_SL',
                  amount: { value: null, problem: null, text: '' },
                  rate: '',
                  note: '',
                },
              ],
            })
          }
        >
          {t('projects.form.addFunding')}
        </button>
        {total && draft.funding.length > 0 && (
          <p className="budget-funding__total">
            {t('projects.form.fundingTotal', {
              funded: money(sumAmounts(draft.funding.map((source) => source.amount.value))),
              own: money(
                ownContribution(
                  total,
                  draft.funding.map((source) => source.amount.value),
                ),
              ),
            })}
          </p>
        )}
      </fieldset>
    </>
  );
}
