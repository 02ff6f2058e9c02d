import { Field, InputType } from '@nestjs/graphql';
import { versionedUpdate } from '@wspolnie/platform-database';
import { DomainError } from '@wspolnie/platform-errors';
import type { Message } from '@wspolnie/platform-i18n';
import { UuidScalar, VersionedInput } from '@wspolnie/platform-graphql';
import { Allow } from 'class-validator';
import { changesBetween } from '@wspolnie/platform-realtime';
import type { EntityManager, EntityTarget } from 'typeorm';

@InputType({ description: 'Names a project or task to archive or restore, at the version the client saw.' })
export class ArchiveInput extends VersionedInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  id: string;
}

export interface Archivable {
  id: string;
  title: string;
  version: number;
  archivedAt: Date | null;
  archivedById: string | null;
}

export interface ArchiveChange<T extends Archivable> {
  readonly before: T;
  readonly expectedVersion: number;
  readonly archive: boolean;
  readonly actorId: string | null;
  readonly noun: Message;
  /** What a refusal says when it is already in the state asked for. */
  readonly already: (row: T) => Message;
}

/**
 * Archives or restores a row under its version. A stale version answers the versioned
 * CONFLICT first (with the row as it is); only a client that saw the current row is told it
 * is already archived (or not), also as CONFLICT with the row, and nothing is written.
 */
export async function setArchived<T extends Archivable>(manager: EntityManager, target: EntityTarget<T>, change: ArchiveChange<T>): Promise<T> {
  const { before, expectedVersion, archive } = change;
  if (before.version === expectedVersion && (before.archivedAt !== null) === archive) {
    throw DomainError.conflict(change.already(before), { currentVersion: before.version, expectedVersion }, before);
  }
  const changes = archive ? { archivedAt: () => 'now()', archivedById: change.actorId } : { archivedAt: null, archivedById: null };
  return versionedUpdate(manager, target, { id: before.id, expectedVersion, changes: changes as never, noun: change.noun });
}

/** Refuses a change to an archived row: CONFLICT with the row, so the client can offer to restore it. */
export function assertNotArchived<T extends Archivable>(row: T, refusal: (row: T) => Message): void {
  if (row.archivedAt !== null) throw DomainError.conflict(refusal(row), { currentVersion: row.version, archivedAt: row.archivedAt }, row);
}

/** The event's changes: when and by whom, before and after. */
export function archiveChanges<T extends Archivable>(before: T, after: T) {
  return changesBetween<Archivable>(before, after, ['archivedAt', 'archivedById']);
}
