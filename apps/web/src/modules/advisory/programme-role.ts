import { type AdvisoryRoleFragment } from './graphql.generated';
import { useSession } from '../../app/providers';

/** The reader's role in a programme, from its people (the API lists them to its managers and consultants). */
export function roleOf(people: readonly AdvisoryRoleFragment[] | null | undefined, userId: string | undefined): AdvisoryRoleFragment | null {
  if (!people || !userId) return null;
  return people.find((access) => access.userId === userId) ?? null;
}

/**
 * May the role record support (and manage registrations) in this team? The policy table: a
 * manager anywhere in the programme; a consultant limited to a team only in it.
 */
export function canRecordIn(role: AdvisoryRoleFragment | null, teamId: string | null): boolean {
  if (!role) return false;
  if (role.role === 'PROGRAMME_MANAGER') return true;
  return !role.teamId || role.teamId === teamId;
}

/** The team a role must name when it reads lists and reports (a consultant limited to one). */
export function forcedTeam(role: AdvisoryRoleFragment | null): string | null {
  return role?.role === 'CONSULTANT' ? (role.teamId ?? null) : null;
}

export function useReaderId(): string | undefined {
  const session = useSession();
  return session.status === 'signedIn' ? session.session.user.id : undefined;
}
