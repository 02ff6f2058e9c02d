import { type PartnershipRole } from './graphql.generated';
import { useRoleLabel } from '../partnerships/role-labels';

/** The reader's role in a partnership, as me.partnershipRoles tells it. */
export interface ReaderAccess {
  readonly role: PartnershipRole;
  readonly gmina: {
    readonly id: string;
    readonly terc: string;
    readonly name: string;
  } | null;
}

export function readerAccess(roles: readonly (ReaderAccess & { partnershipId: string })[] | undefined, partnershipId: string | undefined): ReaderAccess | null {
  return roles?.find((access) => access.partnershipId === partnershipId) ?? null;
}

/**
 * The policy table's rows for projects (README "Who may do what"), to show only the actions a
 * role has. The schema tells no allowed actions, so this mirrors the table; the API still judges
 * every call and its refusal is shown.
 */
export function canCreateProject(access: ReaderAccess | null): boolean {
  return access?.role === 'COORDINATOR' || (access?.role === 'GMINA_OFFICIAL' && access.gmina !== null);
}

/** Preparing a project (sheet, budget): coordinators, and officials of a gmina taking part. */
export function canEditProject(access: ReaderAccess | null, participantGminaIds: readonly string[]): boolean {
  if (access?.role === 'COORDINATOR') return true;
  return access?.role === 'GMINA_OFFICIAL' && access.gmina !== null && participantGminaIds.includes(access.gmina.id);
}

export function canMoveProject(access: ReaderAccess | null): boolean {
  return access?.role === 'COORDINATOR' || access?.role === 'COUNCIL_MEMBER';
}

/** The role as the header shows it ("Urzędnik gminy (Rajcza)"), in the partnerships module's words. */
export function useRoleText(access: ReaderAccess | null): string | null {
  const roleLabel = useRoleLabel();
  return access ? roleLabel(access.role, access.gmina?.name) : null;
}
