import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DomainError, ErrorCode, postgresErrorOf } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { AccountsService } from '../account/accounts.service';
import { AccessService } from './access.service';
import { PartnershipAccess } from './partnership-access.entity';
import { PartnershipRole } from './partnership-role';

/** Who takes part in a partnership, in which role: managed by its coordinators. */
@Injectable()
export class PeopleService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly access: AccessService,
    private readonly accounts: AccountsService,
  ) {}

  @Transactional()
  async grant(actor: Actor | undefined, partnershipId: string, email: string, role: PartnershipRole): Promise<PartnershipAccess> {
    await this.access.assertCan(actor, 'partnership.people.manage', partnershipId);
    const account = await this.accounts.findByEmail(email);
    if (!account) throw DomainError.badInput('email', 'Nobody has an account with this e-mail; invite them instead.');
    const current = await this.access.roleOf(account.id, partnershipId);
    if (current === PartnershipRole.COORDINATOR && role !== PartnershipRole.COORDINATOR) await this.keepACoordinator(partnershipId);
    await this.existingPartnership(() => this.access.grant(account.id, partnershipId, role), partnershipId);
    return this.txHost.tx.getRepository(PartnershipAccess).findOneByOrFail({ userId: account.id, partnershipId });
  }

  @Transactional()
  async revoke(actor: Actor | undefined, partnershipId: string, userId: string): Promise<void> {
    await this.access.assertCan(actor, 'partnership.people.manage', partnershipId);
    if ((await this.access.roleOf(userId, partnershipId)) === PartnershipRole.COORDINATOR) await this.keepACoordinator(partnershipId);
    const result = await this.txHost.tx.getRepository(PartnershipAccess).delete({ userId, partnershipId });
    if (!result.affected) throw new DomainError(ErrorCode.NotFound, 'This person has no role in the partnership.', { field: 'userId' });
  }

  /** A partnership never loses its last coordinator: someone must be able to manage it. */
  private async keepACoordinator(partnershipId: string): Promise<void> {
    // Locking the coordinators' rows makes two coordinators stepping down at once take turns.
    const coordinators = await this.txHost.tx
      .getRepository(PartnershipAccess)
      .createQueryBuilder('access')
      .setLock('pessimistic_write')
      .where({ partnershipId, role: PartnershipRole.COORDINATOR })
      .getMany();
    if (coordinators.length <= 1) {
      throw new DomainError(ErrorCode.Conflict, 'This is the partnership\'s only coordinator; appoint another one first.');
    }
  }

  private async existingPartnership(write: () => Promise<unknown>, partnershipId: string): Promise<void> {
    try {
      await write();
    } catch (error) {
      if (postgresErrorOf(error)?.constraint === 'partnership_access_partnership_fk') throw DomainError.notFound('Partnership', partnershipId);
      throw error;
    }
  }
}
