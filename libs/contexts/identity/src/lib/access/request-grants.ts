import type { Actor } from '@wspolnie/platform-graphql';
import type { PartnershipRole } from './partnership-role';
import type { PartnershipGrant } from './policy';

/** A partnership role as the session's statement aggregates it. */
export interface GrantRow {
  readonly p: string;
  readonly r: PartnershipRole;
  readonly g: string | null;
}

interface Snapshot {
  readonly epoch: number;
  readonly grants: ReadonlyMap<string, PartnershipGrant>;
}

/**
 * The caller's partnership roles as read with their session, for the checks of one HTTP request
 * only (a socket's session never carries them: its re-checks must read roles as they are now).
 * A role written by this process since counts at once: the epoch moves and the request reads
 * roles again. Another process's change counts from the next request, as it always has.
 */
const snapshots = new WeakMap<Actor, Snapshot>();
let epoch = 0;

/** Called wherever partnership_access is written. */
export function partnershipGrantsChanged(): void {
  epoch += 1;
}

export function rememberRequestGrants(actor: Actor, rows: readonly GrantRow[]): void {
  const grants = new Map(rows.map((row) => [row.p.toLowerCase(), { role: row.r, heldIn: row.p, gminaId: row.g, teamId: null } as PartnershipGrant]));
  snapshots.set(actor, { epoch, grants });
}

/** The request's roles of `actor`, or null when there are none to trust (a socket, a role written since). */
export function requestGrantsOf(actor: Actor | undefined): ReadonlyMap<string, PartnershipGrant> | null {
  const snapshot = actor && snapshots.get(actor);
  return snapshot && snapshot.epoch === epoch ? snapshot.grants : null;
}
