import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DomainError, ErrorCode, postgresErrorOf } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { ACCESS_TOPIC, EventLog } from '@wspolnie/platform-realtime';
import { UserAccount } from '../account/user-account.entity';
import { identityMessage } from '../identity-messages';
import { PartnershipAccess } from './partnership-access.entity';
import { PartnershipRole } from './partnership-role';
import { partnershipGrantsChanged } from './request-grants';

export interface RoleChange {
  readonly partnershipId: string;
  readonly userId: string;
  readonly role: PartnershipRole;
  /** The member gmina the person acts for; required of gmina officials. */
  readonly gminaId: string | null;
}

/**
 * Who takes part in a partnership, in which role, for which gmina. New people come in only
 * through an invitation they accept themselves; here roles change and end. Every change is an
 * event of the partnership's stream (topic "access"): live subscriptions re-check their
 * caller's access at that point in the stream, so a revoked subscriber gets nothing after it.
 */
@Injectable()
export class PeopleService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly events: EventLog,
  ) {}

  private get grants() {
    return this.txHost.tx.getRepository(PartnershipAccess);
  }

  @Transactional()
  async changeRole(actor: Actor | undefined, change: RoleChange): Promise<PartnershipAccess> {
    const current = await this.grants.findOne({ where: { userId: change.userId, partnershipId: change.partnershipId }, lock: { mode: 'pessimistic_write' } });
    if (!current) throw new DomainError(ErrorCode.NotFound, identityMessage('people.noRole'), { field: 'userId' });
    assertGminaNamed(change.role, change.gminaId);
    if (current.role === PartnershipRole.COORDINATOR && change.role !== PartnershipRole.COORDINATOR) await this.keepACoordinator(change.partnershipId, change.userId);
    await this.saving(change.partnershipId, () => this.grants.update({ userId: change.userId, partnershipId: change.partnershipId }, { role: change.role, gminaId: change.gminaId }));
    partnershipGrantsChanged();
    await this.record(actor, change.partnershipId, change.userId, 'role.changed', {
      role: { before: current.role, after: change.role },
      gminaId: { before: current.gminaId, after: change.gminaId },
    });
    // The row is locked and was just written: it is what was read, with the change.
    return Object.assign(current, { role: change.role, gminaId: change.gminaId });
  }

  @Transactional()
  async revoke(actor: Actor | undefined, partnershipId: string, userId: string): Promise<void> {
    const current = await this.grants.findOne({ where: { userId, partnershipId }, lock: { mode: 'pessimistic_write' } });
    if (!current) throw new DomainError(ErrorCode.NotFound, identityMessage('people.noRoleToRevoke'), { field: 'userId' });
    if (current.role === PartnershipRole.COORDINATOR) await this.keepACoordinator(partnershipId, userId);
    await this.grants.delete({ userId, partnershipId });
    partnershipGrantsChanged();
    await this.record(actor, partnershipId, userId, 'role.revoked', { role: { before: current.role }, gminaId: { before: current.gminaId } });
  }

  /** The role an accepted invitation gives (in the acceptance's transaction). */
  async grantAccepted(actorId: string, change: RoleChange, invitationId: string): Promise<PartnershipAccess> {
    assertGminaNamed(change.role, change.gminaId);
    const before = await this.grants.findOneBy({ userId: change.userId, partnershipId: change.partnershipId });
    if (before?.role === PartnershipRole.COORDINATOR && change.role !== PartnershipRole.COORDINATOR) await this.keepACoordinator(change.partnershipId, change.userId);
    await this.saving(change.partnershipId, () => this.grants.upsert({ ...change }, ['userId', 'partnershipId']), 'accepting');
    partnershipGrantsChanged();
    await this.record({ userId: actorId, isPlatformAdmin: false }, change.partnershipId, change.userId, 'role.granted', {
      role: { before: before?.role ?? null, after: change.role },
      gminaId: { before: before?.gminaId ?? null, after: change.gminaId },
      invitationId: { after: invitationId },
    });
    return this.grants.findOneByOrFail({ userId: change.userId, partnershipId: change.partnershipId });
  }

  /** A partnership never loses its last coordinator (`userId`, stepping down): someone must be able to manage it. */
  private async keepACoordinator(partnershipId: string, userId: string): Promise<void> {
    // Locking the coordinators' rows makes two coordinators stepping down at once take turns.
    const coordinators = await this.grants
      .createQueryBuilder('access')
      .setLock('pessimistic_write')
      .where({ partnershipId, role: PartnershipRole.COORDINATOR })
      .getMany();
    if (coordinators.length <= 1) {
      const person = await this.txHost.tx.getRepository(UserAccount).findOneOrFail({ where: { id: userId }, select: { displayName: true } });
      throw new DomainError(ErrorCode.Conflict, identityMessage('people.onlyCoordinator', { name: person.displayName }));
    }
  }

  private record(actor: Actor | undefined, partnershipId: string, userId: string, action: string, changes: Record<string, { before?: unknown; after?: unknown }>) {
    return this.events.append(partnershipId, { topic: ACCESS_TOPIC, subjectId: userId, action, actorId: actor?.userId, changes });
  }

  private async saving<T>(partnershipId: string, write: () => Promise<T>, doing = 'changing'): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const constraint = postgresErrorOf(error)?.constraint;
      if (constraint === 'partnership_access_member_fk') {
        throw doing === 'accepting'
          ? new DomainError(ErrorCode.Conflict, identityMessage('invitation.gminaLeft'))
          : DomainError.badInput('gminaTerc', identityMessage('people.gminaNotMember'));
      }
      if (constraint === 'partnership_access_partnership_fk') throw DomainError.notFound(identityMessage('noun.partnership'), partnershipId);
      throw error;
    }
  }
}

export function assertGminaNamed(role: PartnershipRole, gminaId: string | null): void {
  if (role === PartnershipRole.GMINA_OFFICIAL && !gminaId) {
    throw DomainError.badInput('gminaTerc', identityMessage('people.officialNeedsGmina'));
  }
}
