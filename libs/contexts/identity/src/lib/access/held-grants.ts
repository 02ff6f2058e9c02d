import type { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import DataLoader from 'dataloader';
import { type Grant, uuidsOf } from './policy';

/** "<userId>:<placeId>", lower-cased as PostgreSQL prints uuids, so rows match their keys. */
const keyOf = (userId: string, placeId: string) => `${userId}:${placeId}`.toLowerCase();

interface GrantRow {
  user_id: string;
  held_in: string;
  role: string;
  gmina_id: string | null;
  team_id: string | null;
}

/**
 * The roles people hold in one kind of place (partnerships, programmes), looked up by (person,
 * place) pairs. `sql` selects `user_id, held_in, role, gmina_id, team_id` for the pairs in
 * `unnest($1::uuid[], $2::uuid[])`. Look-ups made outside a transaction in the same tick, as a
 * crowd of live subscribers re-checking their access on one event does, go to the database as
 * one query; inside one, the transaction's own writes count. Nothing is cached here: a role
 * taken away must count at the very next check (an HTTP request's checks may use the roles read
 * with its session instead: request-grants.ts).
 */
export class HeldGrants<G extends Grant = Grant> {
  private readonly batch = new DataLoader<string, G | null>((keys) => this.lookUp(keys, true), { cache: false, maxBatchSize: 5_000 });

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly sql: string,
  ) {}

  /** The role `userId` holds in `placeId`, or null (malformed ids hold none). */
  async of(userId: string, placeId: string): Promise<G | null> {
    if (uuidsOf([userId, placeId]).length < 2) return null;
    // A mutation's transaction must read its own writes, which a shared batch outside it cannot.
    if (this.txHost.isTransactionActive()) return (await this.lookUp([keyOf(userId, placeId)], false))[0] ?? null;
    return this.batch.load(keyOf(userId, placeId));
  }

  /** The roles `userId` holds in any of `placeIds`. */
  async in(userId: string, placeIds: readonly string[]): Promise<G[]> {
    const grants: (G | null)[] = await Promise.all([...new Set(placeIds.map((id) => id.toLowerCase()))].map((placeId) => this.of(userId, placeId)));
    return grants.filter((grant) => grant !== null) as G[];
  }

  private async lookUp(keys: readonly string[], outside: boolean): Promise<(G | null)[]> {
    const pairs = keys.map((key) => key.split(':'));
    const query = () => this.txHost.tx.query(this.sql, [pairs.map(([userId]) => userId), pairs.map(([, placeId]) => placeId)]) as Promise<GrantRow[]>;
    const rows = await (outside ? this.txHost.withoutTransaction(query) : query());
    const grants = new Map(
      rows.map((row) => [keyOf(row.user_id, row.held_in), { role: row.role, heldIn: row.held_in, gminaId: row.gmina_id, teamId: row.team_id } as unknown as G]),
    );
    return keys.map((key) => grants.get(key) ?? null);
  }
}
