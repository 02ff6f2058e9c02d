import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { versionedUpdate } from '@wspolnie/platform-database';
import { DomainError } from '@wspolnie/platform-errors';
import { partnershipsMessage } from '../partnerships-messages';
import { Partnership } from './partnership.entity';

/**
 * Every change to a partnership's members or thematic areas is a change of the partnership:
 * it raises the version (so a client holding an older one learns of it) and, by updating the
 * row, locks it until commit, so concurrent changes to one partnership apply one after another.
 */
@Injectable()
export class PartnershipVersions {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** Raises the version; with `expectedVersion`, only if the client saw the current one. */
  async touch(partnershipId: string, expectedVersion?: number): Promise<void> {
    if (expectedVersion !== undefined) {
      await versionedUpdate(this.txHost.tx, Partnership, { id: partnershipId, expectedVersion, changes: {}, noun: partnershipsMessage('noun.partnership') });
      return;
    }
    const result = await this.txHost.tx
      .createQueryBuilder()
      .update(Partnership)
      .set({ version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id', { id: partnershipId })
      .execute();
    if (!result.affected) throw DomainError.notFound(partnershipsMessage('noun.partnership'), partnershipId);
  }
}
