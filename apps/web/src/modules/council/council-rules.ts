import type { PartnershipRole } from './graphql.generated';

/**
 * Who may do what in the council, as the API's policy table says (README, "Council"), so the
 * pages offer only what will be accepted. The API stays the judge and its refusals are shown.
 */
export interface CouncilReader {
  readonly userId: string;
  /** The reader's role in the partnership; null when they hold none. */
  readonly role: PartnershipRole | null;
}

/** meeting.create and council.settings: coordinators. */
export function mayCreateMeeting(reader: CouncilReader): boolean {
  return reader.role === 'COORDINATOR';
}

export const mayChangeSettings = mayCreateMeeting;

/** meeting.manage: coordinators, and a council member chairing this meeting. */
export function mayManageMeeting(reader: CouncilReader, meeting: { readonly chair: { readonly id: string } | null }): boolean {
  if (reader.role === 'COORDINATOR') return true;
  return reader.role === 'COUNCIL_MEMBER' && meeting.chair?.id === reader.userId;
}

/** The reader's grant in a partnership, from their own account's roles. */
export function roleIn<G extends { readonly partnershipId: string }>(roles: readonly G[] | undefined, partnershipId: string | undefined): G | null {
  return roles?.find((grant) => grant.partnershipId === partnershipId) ?? null;
}
