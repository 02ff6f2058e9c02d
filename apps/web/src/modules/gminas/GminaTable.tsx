import { Link } from 'react-router';
import { type GminaRowFragment } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import type { MessageId } from '../../i18n/messages';
import { TableScroll } from '../../ui/TableScroll';

/** A powiat as people say it: "żywiecki", or a city with county rights said so. */
export function usePowiatLabel() {
  const { t } = useT();
  return (powiat: GminaRowFragment['powiat']) => (powiat.isCity ? t('gminas.powiat.city', { name: powiat.name }) : powiat.name);
}

/** `powiatLink`: the register filtered by a row's powiat (a link, so it can be opened or shared like any search). */
export function GminaTable({ rows, powiatLink }: { rows: readonly GminaRowFragment[]; powiatLink(code: string): string }) {
  const { t, integer } = useT();
  const powiatLabel = usePowiatLabel();
  return (
    <TableScroll label={t('gminas.table.caption')}>
      <table className="gminas-table">
        <caption className="visually-hidden">{t('gminas.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('gminas.table.terc')}</th>
            <th scope="col">{t('gminas.table.name')}</th>
            <th scope="col">{t('gminas.table.type')}</th>
            <th scope="col">{t('gminas.table.powiat')}</th>
            <th scope="col">{t('gminas.table.voivodeship')}</th>
            <th scope="col" className="numeric">
              {t('gminas.table.population')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((gmina) => (
            <tr key={gmina.id}>
              <td className="gminas-table__terc">{gmina.terc}</td>
              <th scope="row">
                <Link to={`/gminas/${gmina.terc}`}>{gmina.name}</Link>
              </th>
              <td>{t(`gminas.type.${gmina.type}` as MessageId)}</td>
              <td>
                <Link to={powiatLink(gmina.powiat.code)} className="gminas-table__powiat">
                  {powiatLabel(gmina.powiat)}
                  <span className="visually-hidden"> — {t('gminas.table.powiatFilter', { name: gmina.powiat.name })}</span>
                </Link>
              </td>
              <td>{gmina.voivodeship.name}</td>
              <td className="numeric">{gmina.population === null ? <span className="gminas-table__unknown">{t('gminas.population.unknown')}</span> : integer(gmina.population)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
