import type { Pln } from '@wspolnie/kernel';
import { lazy, Suspense } from 'react';
import { type ProjectsBudgetFragment } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { INTL_TAG } from '../../i18n/locale';
import { Loading } from '../../ui/Loading';
import { formatDecimal, percentOf, sumAmounts } from './budget-math';
import { programmeLabel } from './stages';
import { TableScroll } from '../../ui/TableScroll';

const AmountBarChart = lazy(() => import('./AmountBarChart'));

/**
 * The budget as the API keeps it: the total, each gmina's share (a table and the same as a
 * chart), the funding sources with their rates, and the own contribution the API derives.
 */
export function BudgetSection({ project }: { project: ProjectsBudgetFragment }) {
  const { t, money, locale, day } = useT();
  const total = project.totalCost as Pln;
  const percent = (share: string) => {
    const value = percentOf(share as Pln, total);
    return value === null
      ? '—'
      : t('projects.budget.percent', {
          value: formatDecimal(value, INTL_TAG[locale], 1),
        });
  };
  const funded = sumAmounts(project.funding.map((source) => source.amount as Pln));

  return (
    <>
      <dl className="budget-figures">
        <div>
          <dt>{t('projects.budget.totalCost')}</dt>
          <dd className="budget-figures__amount">{money(project.totalCost)}</dd>
        </div>
        <div>
          <dt>{t('projects.budget.funded')}</dt>
          <dd className="budget-figures__amount">{money(funded)}</dd>
        </div>
        <div>
          <dt>{t('projects.budget.own')}</dt>
          <dd className="budget-figures__amount">{money(project.ownContribution)}</dd>
        </div>
      </dl>

      <h3>{t('projects.budget.shares')}</h3>
      {project.costSharesApprovedBy && (
        <p className="budget-approved">
          {t('projects.budget.sharesApproved', { number: project.costSharesApprovedBy, date: project.costSharesApprovedOn ? day(project.costSharesApprovedOn, 'long') : '—' })}
        </p>
      )}
      <div className="budget-shares-view">
        <TableScroll label={t('projects.budget.sharesCaption')}>
          <table>
            <caption>{t('projects.budget.sharesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('projects.budget.colGmina')}</th>
                <th scope="col">{t('projects.budget.colRole')}</th>
                <th scope="col" className="numeric">
                  {t('projects.budget.colShare')}
                </th>
                <th scope="col" className="numeric">
                  {t('projects.budget.colPercent')}
                </th>
              </tr>
            </thead>
            <tbody>
              {project.participants.map((participant) => (
                <tr key={participant.gmina.terc}>
                  <th scope="row">{participant.gmina.name}</th>
                  <td>{t(`projects.participantRole.${participant.role}`)}</td>
                  <td className="numeric">{money(participant.costShare)}</td>
                  <td className="numeric">{percent(participant.costShare)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('projects.budget.sum')}
                </th>
                <td className="numeric">{money(sumAmounts(project.participants.map((participant) => participant.costShare as Pln)))}</td>
                <td className="numeric">{percent(sumAmounts(project.participants.map((participant) => participant.costShare as Pln)))}</td>
              </tr>
            </tfoot>
          </table>
        </TableScroll>
        {project.participants.length > 0 && (
          <Suspense fallback={<Loading />}>
            <AmountBarChart
              bars={project.participants.map((participant) => ({
                key: participant.gmina.terc,
                label: participant.gmina.name,
                amount: participant.costShare as Pln,
              }))}
              summary={t('projects.budget.chartAlt')}
            />
          </Suspense>
        )}
      </div>

      <h3>{t('projects.budget.funding')}</h3>
      {project.funding.length === 0 ? (
        <p>{t('projects.budget.noFunding')}</p>
      ) : (
        <TableScroll label={t('projects.budget.fundingCaption')}>
          <table>
            <caption>{t('projects.budget.fundingCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('projects.budget.colProgramme')}</th>
                <th scope="col" className="numeric">
                  {t('projects.budget.colAmount')}
                </th>
                <th scope="col" className="numeric">
                  {t('projects.budget.colRate')}
                </th>
                <th scope="col">{t('projects.budget.colNote')}</th>
              </tr>
            </thead>
            <tbody>
              {project.funding.map((source) => (
                <tr key={source.id}>
                  <th scope="row">{programmeLabel(t, source.programme)}</th>
                  <td className="numeric">{money(source.amount)}</td>
                  <td className="numeric">
                    {source.coFinancingRate
                      ? t('projects.budget.percent', {
                          value: formatDecimal(source.coFinancingRate, INTL_TAG[locale]),
                        })
                      : '—'}
                  </td>
                  <td>{source.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('projects.budget.funded')}</th>
                <td className="numeric">{money(funded)}</td>
                <td colSpan={2} />
              </tr>
              <tr>
                <th scope="row">{t('projects.budget.own')}</th>
                <td className="numeric">{money(project.ownContribution)}</td>
                <td colSpan={2} />
              </tr>
            </tfoot>
          </table>
        </TableScroll>
      )}
    </>
  );
}
