import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccountsService, ALL_PARTNERSHIPS, UserAccount } from '@wspolnie/identity';
import { DomainError, ErrorCode, postgresErrorOf } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { ACCESS_TOPIC, EventLog } from '@wspolnie/platform-realtime';
import { In } from 'typeorm';
import { advisoryMessage } from '../advisory-messages';
import { ProgrammeAccess } from './programme-access.entity';
import { ProgrammeRole } from './programme-enums';

export interface ProgrammeRoleChange {
  readonly programmeId: string;
  readonly email: string;
  readonly role: ProgrammeRole;
  readonly teamId: string | null;
}

/**
 * Who works in a programme, in which role, for which team. Every change is an event of the
 * programme's stream (topic "access"), so live subscriptions re-check their caller's access at
 * that point, as they do for partnership roles.
 */
@Injectable()
export class ProgrammePeopleService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly accounts: AccountsService,
    private readonly events: EventLog,
  ) {}

  private get access() {
    return this.txHost.tx.getRepository(ProgrammeAccess);
  }

  peopleOf(programmeIds: readonly string[]): Promise<ProgrammeAccess[]> {
    return this.access.find({ where: { programmeId: In([...programmeIds]) }, order: { role: 'ASC', grantedAt: 'ASC' } });
  }

  /** Programme ids the caller holds a role in; a platform administrator sees all. */
  async visibleProgrammeIds(actor: Actor): Promise<string[] | typeof ALL_PARTNERSHIPS> {
    if (actor.isPlatformAdmin) return ALL_PARTNERSHIPS;
    const rows = await this.access.find({ where: { userId: actor.userId }, select: { programmeId: true } });
    return rows.map((row) => row.programmeId);
  }

  /** Gives an existing account a role in the programme, or changes the one they have. */
  @Transactional()
  async grant(actor: Actor, change: ProgrammeRoleChange, emailField = 'email'): Promise<ProgrammeAccess> {
    if (change.role === ProgrammeRole.PROGRAMME_MANAGER && change.teamId) throw DomainError.badInput('teamId', advisoryMessage('people.managerWhole'));
    const email = change.email.trim().toLowerCase();
    const account = await this.accounts.findByEmail(email);
    if (!account) throw DomainError.badInput(emailField, advisoryMessage('people.noAccount', { email }));
    const before = await this.access.findOne({ where: { userId: account.id, programmeId: change.programmeId }, lock: { mode: 'pessimistic_write' } });
    if (before?.role === ProgrammeRole.PROGRAMME_MANAGER && change.role !== ProgrammeRole.PROGRAMME_MANAGER) await this.keepAManager(change.programmeId, account);
    try {
      await this.access.upsert({ userId: account.id, programmeId: change.programmeId, role: change.role, teamId: change.teamId }, ['userId', 'programmeId']);
    } catch (error) {
      if (postgresErrorOf(error)?.constraint === 'programme_access_team_fk') throw DomainError.badInput('teamId', advisoryMessage('team.notInProgramme'));
      throw error;
    }
    await this.record(actor, change.programmeId, account.id, before ? 'role.changed' : 'role.granted', {
      role: { before: before?.role ?? null, after: change.role },
      teamId: { before: before?.teamId ?? null, after: change.teamId },
    });
    return this.access.findOneByOrFail({ userId: account.id, programmeId: change.programmeId });
  }

  @Transactional()
  async revoke(actor: Actor, programmeId: string, userId: string): Promise<void> {
    const current = await this.access.findOne({ where: { userId, programmeId }, lock: { mode: 'pessimistic_write' } });
    if (!current) throw new DomainError(ErrorCode.NotFound, advisoryMessage('people.noRole'), { field: 'userId' });
    if (current.role === ProgrammeRole.PROGRAMME_MANAGER) {
      await this.keepAManager(programmeId, await this.txHost.tx.getRepository(UserAccount).findOneOrFail({ where: { id: userId }, select: { id: true, displayName: true } }));
    }
    await this.access.delete({ userId, programmeId });
    await this.record(actor, programmeId, userId, 'role.revoked', { role: { before: current.role }, teamId: { before: current.teamId } });
  }

  /** A programme never loses its last manager: someone must be able to manage its people. */
  private async keepAManager(programmeId: string, leaving: Pick<UserAccount, 'id' | 'displayName'>): Promise<void> {
    // Locking the managers' rows makes two managers stepping down at once take turns.
    const managers = await this.access.createQueryBuilder('access').setLock('pessimistic_write').where({ programmeId, role: ProgrammeRole.PROGRAMME_MANAGER }).getMany();
    if (managers.filter((manager) => manager.userId !== leaving.id).length === 0) {
      throw new DomainError(ErrorCode.Conflict, advisoryMessage('people.lastManager', { name: leaving.displayName }));
    }
  }

  private record(actor: Actor, programmeId: string, userId: string, action: string, changes: Record<string, { before?: unknown; after?: unknown }>) {
    return this.events.append(programmeId, { topic: ACCESS_TOPIC, subjectId: userId, action, actorId: actor.userId, changes });
  }
}
