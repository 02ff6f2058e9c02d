import type { DiscussionPersonFragment, PartnershipRole } from './graphql.generated';
import type { Mentionable } from './mention-query';

/**
 * Who may do what here, as the API's policy table says (README, "Projects and tasks" and
 * "Attachments"), so the page offers only what will be accepted; the API still judges each call.
 */
const COMMENTING: readonly PartnershipRole[] = ['COORDINATOR', 'COUNCIL_MEMBER', 'GMINA_OFFICIAL', 'ADVISOR'];

export interface Reader {
  readonly userId: string | undefined;
  readonly role: PartnershipRole | null;
  readonly gminaId: string | null;
}

export function readerOf(people: readonly DiscussionPersonFragment[] | undefined, userId: string | undefined): Reader {
  const me = people?.find((person) => person.userId === userId);
  return { userId, role: me?.role ?? null, gminaId: me?.gmina?.id ?? null };
}

/** project.comment: every role but observers, while the project (and the task) is not archived. */
export function mayComment(reader: Reader, archived: boolean): boolean {
  return !archived && reader.role !== null && COMMENTING.includes(reader.role);
}

/** attachment.upload: coordinators; officials of a gmina taking part, or the task's assignee. */
export function mayUpload(reader: Reader, archived: boolean, participantGminaIds: readonly string[], assigneeId?: string | null): boolean {
  if (archived || !reader.role) return false;
  if (reader.role === 'COORDINATOR') return true;
  if (reader.role !== 'GMINA_OFFICIAL') return false;
  return (reader.gminaId !== null && participantGminaIds.includes(reader.gminaId)) || (Boolean(assigneeId) && assigneeId === reader.userId);
}

/** attachment.archive: coordinators, and everyone for the files they uploaded. */
export function mayArchiveFile(reader: Reader, file: { readonly uploadedBy: { readonly id: string } | null }): boolean {
  if (!reader.role) return false;
  return reader.role === 'COORDINATOR' || (Boolean(reader.userId) && file.uploadedBy?.id === reader.userId);
}

/** The gmina someone acts for, unless their name already says it ("Katarzyna Kowalczyk (UG Rajcza)"). */
export function gminaNote(people: readonly DiscussionPersonFragment[] | undefined, userId: string | undefined): string | null {
  const person = userId ? people?.find((candidate) => candidate.userId === userId) : undefined;
  const gmina = person?.gmina?.name;
  return gmina && !person.user.displayName.includes(gmina) ? gmina : null;
}

/** The people who can be mentioned (everyone of the partnership but the reader), with their gmina. */
export function mentionable(people: readonly DiscussionPersonFragment[] | undefined, userId: string | undefined): Mentionable[] {
  return (people ?? []).filter((person) => person.userId !== userId).map((person) => ({ userId: person.userId, name: person.user.displayName, detail: gminaNote(people, person.userId) }));
}
