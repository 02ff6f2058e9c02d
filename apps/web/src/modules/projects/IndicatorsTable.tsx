import { type ProjectsSheetFragment } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { INTL_TAG } from '../../i18n/locale';
import { formatDecimal } from './budget-math';
import { indicatorKindLabel } from './stages';
import { TableScroll } from '../../ui/TableScroll';

/** What the project will deliver: output and result indicators with their baseline and target. */
export function IndicatorsTable({ indicators }: { indicators: ProjectsSheetFragment['indicators'] }) {
  const { t, locale } = useT();
  if (!indicators.length) return <p>{t('projects.indicators.none')}</p>;
  const value = (decimal: string | null) => (decimal === null ? t('projects.indicators.empty') : formatDecimal(decimal, INTL_TAG[locale]));
  return (
    <TableScroll label={t('projects.indicators.caption')}>
      <table>
        <caption>{t('projects.indicators.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('projects.indicators.colName')}</th>
            <th scope="col">{t('projects.indicators.colKind')}</th>
            <th scope="col">{t('projects.indicators.colUnit')}</th>
            <th scope="col" className="numeric">
              {t('projects.indicators.colBaseline')}
            </th>
            <th scope="col" className="numeric">
              {t('projects.indicators.colTarget')}
            </th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator) => (
            <tr key={indicator.id}>
              <th scope="row">{indicator.name}</th>
              <td>{indicatorKindLabel(t, indicator.kind)}</td>
              <td>{indicator.unit}</td>
              <td className="numeric">{value(indicator.baseline)}</td>
              <td className="numeric">{value(indicator.target)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
