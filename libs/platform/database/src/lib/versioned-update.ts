import { DomainError, errorMessage } from '@wspolnie/platform-errors';
import type { Message } from '@wspolnie/platform-i18n';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

export interface VersionedUpdate<T> {
  readonly id: string;
  /** The version the client last saw. */
  readonly expectedVersion: number;
  readonly changes: Partial<T>;
  /** Names the kind of row in errors, e.g. "Partnership" / "Partnerstwo"; the row is named by its title or name. */
  readonly noun: Message;
  /** How the row is named in a CONFLICT when it has no title or name (a comment: its first words). */
  readonly nameOf?: (row: T) => string;
}

/**
 * Optimistic concurrency done in the UPDATE itself (`WHERE id = $1 AND version = $2`), not by
 * TypeORM's @VersionColumn, which checks on a SELECT and so still lets a concurrent write be
 * overwritten. Under Read Committed a second writer waits for the first and then re-checks the
 * WHERE against the new row, so exactly one of two writers with the same version wins.
 * A stale version answers CONFLICT with the current version and changes nothing.
 */
export async function versionedUpdate<T extends ObjectLiteral & { version: number }>(manager: EntityManager, target: EntityTarget<T>, update: VersionedUpdate<T>): Promise<T> {
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...update.changes, version: () => 'version + 1', updatedAt: () => 'now()' } as never)
    .where('id = :id AND version = :expectedVersion', { id: update.id, expectedVersion: update.expectedVersion })
    // The row as it now is, in the same statement: callers need it, and a second SELECT would
    // be one more round trip inside the transaction.
    .returning('*')
    .execute();
  const [row] = (result.raw ?? []) as Record<string, unknown>[];
  if (row) return hydrate(manager, target, row);
  const current = await manager.getRepository(target).findOne({ where: { id: update.id } as never });
  if (!current) throw DomainError.notFound(update.noun, update.id);
  throw staleVersion(current, update);
}

/** The CONFLICT of an update made at a version `current` no longer has, carrying `current`. */
export function staleVersion<T extends ObjectLiteral & { version: number }>(current: T, update: Pick<VersionedUpdate<T>, 'id' | 'expectedVersion' | 'noun' | 'nameOf'>): DomainError {
  const name = update.nameOf ? update.nameOf(current) : String(current['title'] ?? current['name'] ?? update.id);
  return DomainError.conflict(
    errorMessage('changedMeanwhile', { what: update.noun, name, current: current.version, expected: update.expectedVersion }),
    { currentVersion: current.version, expectedVersion: update.expectedVersion },
    // The current state travels with the refusal, so a client can show it and merge; the API
    // answers it as the type the operation returns (extensions.current), never as a raw row.
    current,
  );
}

/** A raw row as TypeORM would have loaded it: the driver's conversions and column transformers. */
export function hydrate<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, row: Record<string, unknown>): T {
  const metadata = manager.connection.getMetadata(target);
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    if (column.databaseName in row) column.setEntityValue(entity, manager.connection.driver.prepareHydratedValue(row[column.databaseName], column));
  }
  return entity;
}
