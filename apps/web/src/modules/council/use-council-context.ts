import { useQuery } from '@apollo/client/react';
import { useShowPartnership } from '../../app/partnership-header';
import { useSession } from '../../app/providers';
import { useRoleLabel } from '../partnerships/role-labels';
import { type CouncilReader, roleIn } from './council-rules';
import { CouncilPartnershipDocument } from './graphql.generated';

/**
 * The partnership a council page is in (by slug or by id): shown in the header with the reader's
 * role, and the reader as the rules need them.
 */
export function useCouncilContext(where: { slug?: string; id?: string | null }) {
  const session = useSession();
  const roleLabel = useRoleLabel();
  const skip = !where.slug && !where.id;
  const { data, error, loading, refetch } = useQuery(CouncilPartnershipDocument, { variables: { slug: where.slug ?? null, id: where.id ?? null }, skip });
  const partnership = data?.partnership ?? null;
  const grant = roleIn(data?.me.partnershipRoles, partnership?.id);
  const userId = session.status === 'signedIn' ? session.session.user.id : (data?.me.id ?? '');
  const reader: CouncilReader = { userId, role: grant?.role ?? null };
  useShowPartnership(partnership ? { name: partnership.name, slug: partnership.slug, role: grant ? roleLabel(grant.role, grant.gmina?.name) : null } : null);
  return { partnership, reader, error, refetch, loading: loading || (!data && !error && !skip) };
}
