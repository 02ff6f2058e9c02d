import { useCallback } from 'react';
import { type PartnershipRole } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import type { MessageId } from '../../i18n/messages';

/** Every role of the schema, in the order the API lists people (coordinators first). */
export const PARTNERSHIP_ROLES: readonly PartnershipRole[] = [
  'COORDINATOR',
  'COUNCIL_MEMBER',
  'GMINA_OFFICIAL',
  'ADVISOR',
  'OBSERVER',
];

/** Roles whose holder may name a member gmina they act for; officials must. */
export function roleTakesGmina(role: PartnershipRole): boolean {
  return role === 'GMINA_OFFICIAL' || role === 'COUNCIL_MEMBER';
}

/** Label ids by role; a role added to the schema fails the type check until it has one. */
export const ROLE_LABEL: Record<PartnershipRole, MessageId> = {
  COORDINATOR: 'partnerships.role.COORDINATOR',
  COUNCIL_MEMBER: 'partnerships.role.COUNCIL_MEMBER',
  GMINA_OFFICIAL: 'partnerships.role.GMINA_OFFICIAL',
  ADVISOR: 'partnerships.role.ADVISOR',
  OBSERVER: 'partnerships.role.OBSERVER',
};

/**
 * A role in the reader's language, with the gmina its holder acts for: "Urzędnik gminy (Rajcza)".
 * Other modules use it for the partnership header.
 */
export function useRoleLabel(): (role: PartnershipRole, gminaName?: string | null) => string {
  const { t } = useT();
  return useCallback(
    (role: PartnershipRole, gminaName?: string | null) => {
      const label = t(ROLE_LABEL[role]);
      return gminaName ? t('partnerships.role.withGmina', { role: label, gmina: gminaName }) : label;
    },
    [t],
  );
}
