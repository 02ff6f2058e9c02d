import { useQuery } from '@apollo/client/react';
import { useSession } from '../../app/providers';
import { useShowPartnership } from '../../app/partnership-header';
import { type PartnershipRole, PlansPartnershipDocument, type PlansPartnershipQuery } from './graphql.generated';
import type { Translate } from '../../i18n/I18n';
import { useT } from '../../i18n/I18n';
import { type Reader, roleIn } from './plan-rules';

export type PlansPartnership = PlansPartnershipQuery['partnership'];

/** "koordynator", or "urzędnik gminy — Rajcza". */
export function roleLabel(t: Translate, role: PartnershipRole, gmina?: string | null): string {
  const name = t(`plans.role.${role}`);
  return gmina ? t('plans.role.withGmina', { role: name, gmina }) : name;
}

/**
 * The partnership a plans page is in (by slug or by id): shown in the header with the reader's
 * role, and the reader as the rules need them.
 */
export function usePlanContext(where: { slug?: string; id?: string | null }) {
  const { t } = useT();
  const session = useSession();
  const skip = !where.slug && !where.id;
  const { data, error, loading, refetch } = useQuery(PlansPartnershipDocument, { variables: { slug: where.slug ?? null, id: where.id ?? null }, skip });
  const partnership = data?.partnership ?? null;
  const grant = roleIn(data?.me, partnership?.id);
  const userId = session.status === 'signedIn' ? session.session.user.id : (data?.me.id ?? '');
  const reader: Reader = { userId, role: grant?.role ?? null };
  useShowPartnership(partnership ? { name: partnership.name, slug: partnership.slug, role: grant ? roleLabel(t, grant.role, grant.gmina?.name) : null } : null);
  return { partnership, reader, error, refetch, loading: loading || (!data && !error && !skip) };
}
