import { type PartnershipRole, type PlanStatus, type PlansReaderFragment } from './graphql.generated';

/**
 * Who may do what with a plan, as the API's policy table says (README, "Plans and comments"),
 * so the page offers only what will be accepted. The API stays the judge: a refusal it answers
 * (a round not open yet, a closed one) is shown in its words.
 */
export interface Reader {
  readonly userId: string;
  /** The reader's role in the plan's partnership; null when they hold none. */
  readonly role: PartnershipRole | null;
}

export interface PlanFacts {
  readonly status: PlanStatus;
  readonly authors: readonly { readonly id: string }[];
}

const EDITING_ROLES: readonly PartnershipRole[] = ['COUNCIL_MEMBER', 'GMINA_OFFICIAL', 'ADVISOR'];

/** Drafts and plans in consultation take edits and comments; adopted and archived ones are the record. */
export function isOpen(status: PlanStatus): boolean {
  return status === 'DRAFT' || status === 'IN_CONSULTATION';
}

function isAuthor(reader: Reader, plan: PlanFacts): boolean {
  return plan.authors.some((author) => author.id === reader.userId);
}

/** plan.create: coordinators, gmina officials and advisors. */
export function mayCreatePlan(reader: Reader): boolean {
  return reader.role === 'COORDINATOR' || reader.role === 'GMINA_OFFICIAL' || reader.role === 'ADVISOR';
}

/** comment.write: every role in a draft but observers; everyone with access in consultation. */
export function mayComment(reader: Reader, plan: PlanFacts): boolean {
  if (!reader.role || !isOpen(plan.status)) return false;
  return reader.role !== 'OBSERVER' || plan.status === 'IN_CONSULTATION';
}

/** plan.edit and plan.consultation: coordinators, and the plan's authors in the other working roles. */
export function mayEditPlan(reader: Reader, plan: PlanFacts): boolean {
  if (!reader.role || !isOpen(plan.status)) return false;
  return reader.role === 'COORDINATOR' || (EDITING_ROLES.includes(reader.role) && isAuthor(reader, plan));
}

/** comment.resolve: coordinators; others on threads they started, or as the plan's authors. */
export function mayResolve(reader: Reader, plan: PlanFacts, thread: { readonly startedBy: { readonly id: string } | null }): boolean {
  if (!reader.role || !isOpen(plan.status)) return false;
  return reader.role === 'COORDINATOR' || thread.startedBy?.id === reader.userId || isAuthor(reader, plan);
}

/** comment.edit: one's own comments, while the plan is open and the comment not deleted. */
export function mayChangeComment(reader: Reader, plan: PlanFacts, comment: { readonly deleted: boolean; readonly author: { readonly id: string } | null }): boolean {
  return Boolean(reader.role) && isOpen(plan.status) && !comment.deleted && comment.author?.id === reader.userId;
}

/** The reader's role in a partnership, from their own account's roles. */
export function roleIn(me: PlansReaderFragment | null | undefined, partnershipId: string | null | undefined): PlansReaderFragment['partnershipRoles'][number] | null {
  if (!me || !partnershipId) return null;
  return me.partnershipRoles.find((grant) => grant.partnershipId === partnershipId) ?? null;
}
