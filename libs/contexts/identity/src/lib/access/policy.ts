import type { Actor } from '@wspolnie/platform-graphql';
import type { Message } from '@wspolnie/platform-i18n';
import { identityMessage } from '../identity-messages';
import { PartnershipRole } from './partnership-role';

/**
 * What is known of the thing an action is taken on: where it lives (the places whose roles
 * count: its partnership, the partnerships whose gminas it served, its programme), and what
 * conditions read. A thing in no place reachable by a role is seen by nobody.
 */
export interface ScopeFacts {
  /** The partnership it belongs to. */
  readonly partnershipId?: string;
  /** Further partnerships whose people may reach it (support given to their member gminas). */
  readonly partnershipIds?: readonly string[];
  /** The advisory programme it belongs to, and the programme's regional team it falls to. */
  readonly programmeId?: string;
  readonly teamId?: string | null;
  /** Gminas taking part (a project's participants). */
  readonly gminaIds?: readonly string[];
  /** Who it is assigned to (a task). */
  readonly assigneeId?: string | null;
  /** Who wrote it or answers for it (a plan's authors, a comment's author), for "their own" conditions. */
  readonly authorIds?: readonly string[];
  /** The state it is in (a plan's status), for conditions that depend on it. */
  readonly status?: string;
}

/**
 * A role someone holds in one place (a partnership, a programme), from one grant source: the
 * member gmina they act for there, or the programme's regional team they are limited to.
 */
export interface Grant {
  readonly role: string;
  /** The partnership or programme the role is held in. */
  readonly heldIn?: string;
  readonly gminaId?: string | null;
  readonly teamId?: string | null;
}

/** A role in a partnership (partnership_access). */
export interface PartnershipGrant extends Grant {
  readonly role: PartnershipRole;
  readonly gminaId: string | null;
}

/**
 * Where roles come from: identity's partnership roles, and each context that keeps roles of
 * its own kind of place (advisory's programme roles). The table's columns are the sources'
 * roles; `AccessService` asks every source for the caller's grants on a thing, and the action
 * is allowed when one of them allows it.
 */
export interface GrantSource {
  /** The roles it grants, as the policy table's columns, in their order. */
  readonly roles: readonly string[];
  /** Where its columns stand: lower first (partnership roles are 0; a source registered later is 1 by default). */
  readonly order?: number;
  /** How a role is named in refusals: "consultant" / "konsultant(ka)". */
  roleName(role: string): Message;
  /** Where its roles are held, as refusals say it: "in this partnership" / "w tym partnerstwie". */
  readonly place: Message;
  /** The caller's grants on a thing with these facts (none when it lies outside the source's places); `caller` may carry what its request already read. */
  grantsOn(userId: string, facts: ScopeFacts, caller?: Actor): Promise<readonly Grant[]>;
}

export interface ConditionInput {
  readonly caller: Actor;
  readonly grant: Grant | null;
  readonly scope: ScopeFacts;
  /** Whether the grant's partnership (or the thing's) has a coordinator; asked only by the conditions that need it. */
  readonly hasCoordinator: () => Promise<boolean>;
}

/**
 * When a role may take an action. `label` is the README table's cell (English); `refusal`
 * ends "allows … only" in the caller's language.
 */
export interface Condition {
  readonly label: string;
  readonly refusal?: Message;
  test(input: ConditionInput): boolean | Promise<boolean>;
}

export const ALLOWED: Condition = { label: '✓', test: () => true };

export const FOR_OWN_GMINA: Condition = {
  label: 'where their gmina takes part',
  refusal: identityMessage('condition.forOwnGmina'),
  test: ({ grant, scope }) => Boolean(grant?.gminaId && scope.gminaIds?.includes(grant.gminaId)),
};

export const FOR_OWN_GMINA_OR_ASSIGNED: Condition = {
  label: 'where their gmina takes part, or assigned to them',
  refusal: identityMessage('condition.forOwnGminaOrAssigned'),
  test: (input) => FOR_OWN_GMINA.test(input) || input.scope.assigneeId === input.caller.userId,
};

/** Checked here for the role; the service checks that the gmina is among the participants. */
export const WITH_OWN_GMINA_TAKING_PART: Condition = {
  label: 'with their gmina taking part',
  refusal: identityMessage('condition.withOwnGmina'),
  test: ({ grant }) => Boolean(grant?.gminaId),
};

export const WHILE_NO_COORDINATOR: Condition = {
  label: 'while it has no coordinator',
  refusal: identityMessage('condition.whileNoCoordinator'),
  test: async ({ hasCoordinator }) => !(await hasCoordinator()),
};

/**
 * One action of the policy table: which roles may take it, on which condition, and what a
 * platform administrator may do without a role. A context defines the actions of its own
 * operations and registers them (AccessRegistry), so the table is one, composed at start.
 */
export interface ActionDefinition {
  /** Heading it is listed under in the README's table. */
  readonly area: string;
  /**
   * A gerund phrase for refusals and the table: "changing its member gminas", in Polish a
   * verbal noun that reads after "pozwala na": "zmienianie gmin członkowskich". The table shows
   * the English. (A plain string is still taken, shown as it is in both languages, until
   * every context registers Messages.)
   */
  readonly words: Message;
  /** Keyed by the roles of every grant source (partnership roles, programme roles). */
  readonly roles: Readonly<Partial<Record<string, Condition>>>;
  readonly platformAdmin?: Condition;
  /** Taken on the platform, not in a partnership (creating partnerships): no scope, no roles. */
  readonly platformWide?: boolean;
}

export type ActionTable = Readonly<Record<string, ActionDefinition>>;

/** Every partnership role, on the same condition (programme roles are named one by one). */
export function everyRole(condition: Condition = ALLOWED): Record<PartnershipRole, Condition> {
  return Object.fromEntries(Object.values(PartnershipRole).map((role) => [role, condition])) as Record<PartnershipRole, Condition>;
}

/**
 * Answers what a scope kind's ids stand for ("project" → its partnership and participants).
 * Ids that name nothing are left out of the answer; they are answered NOT_FOUND.
 */
export interface ScopeResolver {
  /** Names the thing in NOT_FOUND answers: "Project" / "Projekt" (a plain string is still taken, for now). */
  readonly noun: Message;
  /** What its ids look like: uuids (the default), or any text (a slug). A malformed id is BAD_USER_INPUT. */
  readonly ids?: 'uuid' | 'text';
  resolve(ids: readonly string[]): Promise<ReadonlyMap<string, ScopeFacts>>;
}

/** Which of `ids` a partnership may refer to (its own areas and the standard ones; its people). */
export interface ReferenceCheck {
  /** What a refused id is told: "Only someone with a role in the partnership can be assigned a task." (a plain string is still taken, for now). */
  refusal(id: string): Message;
  /** Runs in the caller's transaction, so it sees what the change has written so far. */
  usable(partnershipId: string, ids: readonly string[]): Promise<ReadonlySet<string>>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The well-formed ids among `ids`, lower-cased as PostgreSQL prints them; the others name nothing. */
export function uuidsOf(ids: readonly unknown[]): string[] {
  return ids.filter((id): id is string => typeof id === 'string' && UUID.test(id)).map((id) => id.toLowerCase());
}
