import { useQuery } from '@apollo/client/react';
import { NavLink } from 'react-router';
import { useSession } from '../../app/providers';
import { AdvisoryHasProgrammesDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';

/** The main navigation's link to the programmes, for people who hold a role in one. */
export function ProgrammesNavItem() {
  const { t } = useT();
  const session = useSession();
  const signedIn = session.status === 'signedIn';
  const { data } = useQuery(AdvisoryHasProgrammesDocument, { skip: !signedIn });
  if (!signedIn || !data?.programmes.totalCount) return null;
  return (
    <li>
      <NavLink to="/programmes" end={false}>
        {t('app.nav.programmes')}
      </NavLink>
    </li>
  );
}
