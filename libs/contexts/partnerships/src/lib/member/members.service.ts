import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { type Gmina, GminasService } from '@wspolnie/gminas';
import type { Actor } from '@wspolnie/platform-graphql';
import { EventLog } from '@wspolnie/platform-realtime';
import { DomainError, ErrorCode, postgresErrorOf } from '@wspolnie/platform-errors';
import { In } from 'typeorm';
import { PartnershipVersions } from '../partnership/partnership-versions';
import { MemberRole } from './member-role';
import type { AddPartnershipMemberInput, ChangePartnershipMemberRoleInput, RemovePartnershipMemberInput } from './member.inputs';
import { PartnershipMember } from './partnership-member.entity';

interface NewMember {
  gminaTerc: string;
  role: MemberRole;
  joinedOn?: string | null;
}

const today = () => new Date().toISOString().slice(0, 10);

/** What still refers to a membership, by the foreign key that refuses its removal. */
const STILL_REFERRED: Record<string, string> = {
  project_participant_member_fk: 'takes part in projects of this partnership (it holds a cost share); take it out of their budgets first.',
  partnership_access_member_fk: 'is the gmina some people act for in this partnership; change their roles first.',
};

@Injectable()
export class MembersService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly gminas: GminasService,
    private readonly versions: PartnershipVersions,
    private readonly events: EventLog,
  ) {}

  private get repository() {
    return this.txHost.tx.getRepository(PartnershipMember);
  }

  /** Members of many partnerships at once (for the request's DataLoader): leader first, then by joining date and name. */
  membersOf(partnershipIds: readonly string[]): Promise<PartnershipMember[]> {
    return this.repository
      .createQueryBuilder('member')
      .innerJoin('member.gmina', 'gmina')
      .where({ partnershipId: In([...partnershipIds]) })
      .orderBy('member.role', 'ASC')
      .addOrderBy('member.joined_on', 'ASC')
      .addOrderBy('gmina.name COLLATE "pl-x-icu"', 'ASC')
      .getMany();
  }

  /** The members a new partnership starts with; the input itself must not repeat a gmina or name two leaders. */
  async addInitial(partnershipId: string, members: readonly NewMember[]): Promise<void> {
    const gminas = await this.gminas.requireByTercs(members.map((member) => member.gminaTerc), (index) => `members.${index}.gminaTerc`);
    const seen = new Set<string>();
    members.forEach((member, index) => {
      if (seen.has(member.gminaTerc)) {
        throw DomainError.badInput(`members.${index}.gminaTerc`, `${gminas[index].name} (${member.gminaTerc}) is listed twice.`);
      }
      seen.add(member.gminaTerc);
    });
    const leaders = members.map((member, index) => ({ member, index })).filter(({ member }) => member.role === MemberRole.LEADER);
    if (leaders.length > 1) {
      throw DomainError.badInput(`members.${leaders[1].index}.role`, 'A partnership has at most one leader.');
    }
    if (members.length === 0) return;
    await this.insert(
      members.map((member, index) => this.repository.create({ partnershipId, gminaId: gminas[index].id, role: member.role, joinedOn: member.joinedOn ?? today() })),
    );
  }

  @Transactional()
  async add(actor: Actor | undefined, input: AddPartnershipMemberInput): Promise<void> {
    await this.versions.touch(input.partnershipId);
    const [gmina] = await this.gminas.requireByTercs([input.gminaTerc], () => 'gminaTerc');
    if (await this.repository.existsBy({ partnershipId: input.partnershipId, gminaId: gmina.id })) {
      throw new DomainError(ErrorCode.Conflict, `${gmina.name} (${gmina.terc}) is already a member of this partnership.`, { field: 'gminaTerc' });
    }
    if (input.role === MemberRole.LEADER) await this.ensureNoOtherLeader(input.partnershipId, gmina);
    await this.insert([
      this.repository.create({ partnershipId: input.partnershipId, gminaId: gmina.id, role: input.role, joinedOn: input.joinedOn ?? today() }),
    ]);
    await this.record(actor, input.partnershipId, gmina, 'member.added', { member: { after: { terc: gmina.terc, name: gmina.name, role: input.role } } });
  }

  @Transactional()
  async remove(actor: Actor | undefined, input: RemovePartnershipMemberInput): Promise<void> {
    await this.versions.touch(input.partnershipId);
    const [gmina] = await this.gminas.requireByTercs([input.gminaTerc], () => 'gminaTerc');
    const member = await this.repository.findOneBy({ partnershipId: input.partnershipId, gminaId: gmina.id });
    if (!member) throw this.notAMember(gmina);
    // The database refuses while a project's budget or someone's role refers to the membership;
    // its foreign keys lock the row, so a budget written at the same time waits and then fails.
    await this.removing(gmina, () => this.repository.delete({ partnershipId: input.partnershipId, gminaId: gmina.id }));
    await this.record(actor, input.partnershipId, gmina, 'member.removed', { member: { before: { terc: gmina.terc, name: gmina.name, role: member.role } } });
  }

  @Transactional()
  async changeRole(actor: Actor | undefined, input: ChangePartnershipMemberRoleInput): Promise<void> {
    await this.versions.touch(input.partnershipId, input.expectedVersion);
    const [gmina] = await this.gminas.requireByTercs([input.gminaTerc], () => 'gminaTerc');
    if (input.role === MemberRole.LEADER) await this.ensureNoOtherLeader(input.partnershipId, gmina);
    const member = await this.repository.findOneBy({ partnershipId: input.partnershipId, gminaId: gmina.id });
    if (!member) throw this.notAMember(gmina);
    await this.saving(() => this.repository.update({ partnershipId: input.partnershipId, gminaId: gmina.id }, { role: input.role }));
    await this.record(actor, input.partnershipId, gmina, 'member.roleChanged', { role: { before: member.role, after: input.role } });
  }

  private record(actor: Actor | undefined, partnershipId: string, gmina: Gmina, action: string, changes: Record<string, { before?: unknown; after?: unknown }>) {
    return this.events.append(partnershipId, { topic: 'partnership', subjectId: partnershipId, action, actorId: actor?.userId, changes: { ...changes, gmina: { after: gmina.terc } } });
  }

  /** Runs after the partnership row is locked, so no other change can slip in between. */
  private async ensureNoOtherLeader(partnershipId: string, gmina: Gmina): Promise<void> {
    const leader = await this.repository.findOne({ where: { partnershipId, role: MemberRole.LEADER }, relations: { gmina: true } });
    if (leader && leader.gminaId !== gmina.id) {
      throw new DomainError(
        ErrorCode.Conflict,
        `${leader.gmina?.name} (${leader.gmina?.terc}) already leads this partnership; make it a member first.`,
        { field: 'role' },
      );
    }
  }

  private insert(members: PartnershipMember[]): Promise<unknown> {
    return this.saving(() => this.repository.insert(members));
  }

  /** The database keeps these rules too; this turns its refusals into answers. */
  private async saving<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const constraint = postgresErrorOf(error)?.constraint;
      if (constraint === 'partnership_member_pk') {
        throw new DomainError(ErrorCode.Conflict, 'This gmina is already a member of the partnership.', { field: 'gminaTerc' });
      }
      if (constraint === 'partnership_member_one_leader') {
        throw new DomainError(ErrorCode.Conflict, 'The partnership already has a leader; make it a member first.', { field: 'role' });
      }
      if (constraint === 'partnership_member_partnership_fk') {
        throw new DomainError(ErrorCode.NotFound, 'The partnership does not exist.');
      }
      throw error;
    }
  }

  private async removing<T>(gmina: Gmina, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const constraint = postgresErrorOf(error)?.constraint;
      const still = constraint ? STILL_REFERRED[constraint] : undefined;
      if (still) throw new DomainError(ErrorCode.Conflict, `${gmina.name} (${gmina.terc}) ${still}`, { field: 'gminaTerc' });
      throw error;
    }
  }

  private notAMember(gmina: Gmina): DomainError {
    return new DomainError(ErrorCode.NotFound, `${gmina.name} (${gmina.terc}) is not a member of this partnership.`, { field: 'gminaTerc' });
  }
}
