import { useCallback } from 'react';
import { type PartnershipRole } from './graphql.generated';
import { useRoleLabel } from '../partnerships/role-labels';

/** Someone's role in the partnership, in the reader's words, with the gmina they act for (or null for no role). */
export function useAccessLabel(): (access: { role: PartnershipRole; gmina?: { name: string } | null } | null | undefined) => string | null {
  const label = useRoleLabel();
  return useCallback((access) => (access ? label(access.role, access.gmina?.name) : null), [label]);
}
