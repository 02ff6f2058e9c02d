import { Link } from 'react-router';
import { type PartnershipsOverviewQuery } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { EmptyState } from '../../ui/Loading';
import { GMINA_TYPE_LABEL, MEMBER_ROLE_LABEL } from './labels';
import { TableScroll } from '../../ui/TableScroll';

type Member = PartnershipsOverviewQuery['partnership']['members'][number];

/** The member gminas as the register knows them, the leader first (the API's order). */
export function MembersTable({ members }: { members: readonly Member[] }) {
  const { t, integer, day } = useT();
  if (members.length === 0) return <EmptyState>{t('partnerships.members.empty')}</EmptyState>;
  return (
    <TableScroll label={t('partnerships.members.caption', { n: members.length })}>
      <table className="members-table">
        <caption className="visually-hidden">{t('partnerships.members.caption', { n: members.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('partnerships.members.terc')}</th>
            <th scope="col">{t('partnerships.members.name')}</th>
            <th scope="col">{t('partnerships.members.type')}</th>
            <th scope="col">{t('partnerships.members.powiat')}</th>
            <th scope="col" className="numeric">
              {t('partnerships.members.population')}
            </th>
            <th scope="col">{t('partnerships.members.role')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map(({ gmina, role }) => (
            <tr key={gmina.id}>
              <td className="members-table__terc">{gmina.terc}</td>
              <th scope="row">
                <Link to={`/gminas/${gmina.terc}`}>{gmina.name}</Link>
              </th>
              <td>{t(GMINA_TYPE_LABEL[gmina.type])}</td>
              <td>{gmina.powiat.name}</td>
              <td className="numeric">
                {gmina.population == null ? (
                  t('partnerships.members.noPopulation')
                ) : (
                  <>
                    {integer(gmina.population)}
                    {gmina.populationAsOf && <span className="members-table__as-of">{t('partnerships.members.asOf', { day: day(gmina.populationAsOf) })}</span>}
                  </>
                )}
              </td>
              <td>{t(MEMBER_ROLE_LABEL[role])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
