import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { type Gmina, GminasService } from '@wspolnie/gminas';
import { AccessService, AccountsService } from '@wspolnie/identity';
import type { Actor } from '@wspolnie/platform-graphql';
import { EventLog } from '@wspolnie/platform-realtime';
import { DomainError, ErrorCode, postgresErrorOf } from '@wspolnie/platform-errors';
import type { Message } from '@wspolnie/platform-i18n';
import { In } from 'typeorm';
import { PartnershipVersions } from '../partnership/partnership-versions';
import { partnershipsMessage } from '../partnerships-messages';
import { MemberRole } from './member-role';
import type { AddPartnershipMemberInput, ChangePartnershipMemberRoleInput, RemovePartnershipMemberInput } from './member.inputs';
import { PartnershipMember } from './partnership-member.entity';

interface NewMember {
  gminaTerc: string;
  role: MemberRole;
  joinedOn?: string | null;
}

const today = () => new Date().toISOString().slice(0, 10);

/** How many projects or people a refusal names before it stops with "…". */
const NAMED = 5;

/** A list of names as a refusal shows it: „A”, „B”, … */
const namesOf = (names: readonly string[], quoted: boolean) =>
  [...names.slice(0, NAMED).map((name) => (quoted ? `„${name}”` : name)), ...(names.length > NAMED ? ['…'] : [])].join(', ');

/** The gmina as every message names it: "Rajcza (2417112)". */
const named = (gmina: Pick<Gmina, 'name' | 'terc'> | undefined) => ({ gmina: gmina?.name ?? '', terc: gmina?.terc ?? '' });

@Injectable()
export class MembersService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly gminas: GminasService,
    private readonly versions: PartnershipVersions,
    private readonly events: EventLog,
    private readonly access: AccessService,
    private readonly accounts: AccountsService,
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
        throw DomainError.badInput(`members.${index}.gminaTerc`, partnershipsMessage('member.listedTwice', named(gminas[index])));
      }
      seen.add(member.gminaTerc);
    });
    const leaders = members.map((member, index) => ({ member, index })).filter(({ member }) => member.role === MemberRole.LEADER);
    if (leaders.length > 1) {
      throw DomainError.badInput(`members.${leaders[1].index}.role`, partnershipsMessage('member.oneLeader'));
    }
    if (members.length === 0) return;
    await this.insert(
      partnershipId,
      members.map((member, index) => this.repository.create({ partnershipId, gminaId: gminas[index].id, role: member.role, joinedOn: member.joinedOn ?? today() })),
    );
  }

  @Transactional()
  async add(actor: Actor | undefined, input: AddPartnershipMemberInput): Promise<void> {
    await this.versions.touch(input.partnershipId);
    const [gmina] = await this.gminas.requireByTercs([input.gminaTerc], () => 'gminaTerc');
    if (await this.repository.existsBy({ partnershipId: input.partnershipId, gminaId: gmina.id })) {
      throw DomainError.conflict(partnershipsMessage('member.already', named(gmina)), { field: 'gminaTerc' });
    }
    if (input.role === MemberRole.LEADER) await this.ensureNoOtherLeader(input.partnershipId, gmina);
    await this.insert(
      input.partnershipId,
      [this.repository.create({ partnershipId: input.partnershipId, gminaId: gmina.id, role: input.role, joinedOn: input.joinedOn ?? today() })],
      gmina,
    );
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
    await this.removing(input.partnershipId, gmina, () => this.repository.delete({ partnershipId: input.partnershipId, gminaId: gmina.id }));
    await this.record(actor, input.partnershipId, gmina, 'member.removed', { member: { before: { terc: gmina.terc, name: gmina.name, role: member.role } } });
  }

  @Transactional()
  async changeRole(actor: Actor | undefined, input: ChangePartnershipMemberRoleInput): Promise<void> {
    await this.versions.touch(input.partnershipId, input.expectedVersion);
    const [gmina] = await this.gminas.requireByTercs([input.gminaTerc], () => 'gminaTerc');
    if (input.role === MemberRole.LEADER) await this.ensureNoOtherLeader(input.partnershipId, gmina);
    const member = await this.repository.findOneBy({ partnershipId: input.partnershipId, gminaId: gmina.id });
    if (!member) throw this.notAMember(gmina);
    await this.saving(input.partnershipId, () => this.repository.update({ partnershipId: input.partnershipId, gminaId: gmina.id }, { role: input.role }), gmina);
    await this.record(actor, input.partnershipId, gmina, 'member.roleChanged', { role: { before: member.role, after: input.role } });
  }

  private record(actor: Actor | undefined, partnershipId: string, gmina: Gmina, action: string, changes: Record<string, { before?: unknown; after?: unknown }>) {
    return this.events.append(partnershipId, { topic: 'partnership', subjectId: partnershipId, action, actorId: actor?.userId, changes: { ...changes, gmina: { after: gmina.terc } } });
  }

  /** Runs after the partnership row is locked, so no other change can slip in between. */
  private async ensureNoOtherLeader(partnershipId: string, gmina: Gmina): Promise<void> {
    const leader = await this.repository.findOne({ where: { partnershipId, role: MemberRole.LEADER }, relations: { gmina: true } });
    if (leader && leader.gminaId !== gmina.id) {
      throw DomainError.conflict(partnershipsMessage('member.otherLeader', named(leader.gmina)), { field: 'role' });
    }
  }

  private insert(partnershipId: string, members: PartnershipMember[], gmina?: Gmina): Promise<unknown> {
    return this.saving(partnershipId, () => this.repository.insert(members), gmina);
  }

  /** The database keeps these rules too; this turns its refusals into answers. */
  private async saving<T>(partnershipId: string, write: () => Promise<T>, gmina?: Gmina): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const constraint = postgresErrorOf(error)?.constraint;
      if (constraint === 'partnership_member_pk') {
        // Only a concurrent addition gets here (the input and the table were checked before).
        throw DomainError.conflict(partnershipsMessage(gmina ? 'member.already' : 'member.someAlready', named(gmina)), { field: 'gminaTerc' });
      }
      if (constraint === 'partnership_member_one_leader') {
        throw DomainError.conflict(partnershipsMessage('member.leaderTaken'), { field: 'role' });
      }
      if (constraint === 'partnership_member_partnership_fk') {
        throw DomainError.notFound(partnershipsMessage('noun.partnership'), partnershipId);
      }
      throw error;
    }
  }

  /**
   * Deletes the membership, or says what still refers to it, by name. The delete runs under a
   * savepoint: the refusal leaves the transaction usable, to read who or what refers to it.
   */
  private async removing<T>(partnershipId: string, gmina: Gmina, write: () => Promise<T>): Promise<T> {
    const tx = this.txHost.tx;
    await tx.query('SAVEPOINT member_removal');
    try {
      const result = await write();
      await tx.query('RELEASE SAVEPOINT member_removal');
      return result;
    } catch (error) {
      const constraint = postgresErrorOf(error)?.constraint;
      if (constraint !== 'project_participant_member_fk' && constraint !== 'partnership_access_member_fk') throw error;
      await tx.query('ROLLBACK TO SAVEPOINT member_removal');
      const refusal = constraint === 'project_participant_member_fk' ? await this.inProjects(partnershipId, gmina) : await this.actedFor(partnershipId, gmina);
      throw DomainError.conflict(refusal ?? partnershipsMessage('member.stillReferred', named(gmina)), { field: 'gminaTerc' });
    }
  }

  /**
   * The projects whose budgets give the gmina a cost share. The projects context keeps them (and
   * the foreign key that refused the removal); this reads their titles for the refusal only.
   */
  private async inProjects(partnershipId: string, gmina: Gmina): Promise<Message | null> {
    const rows: { title: string }[] = await this.txHost.tx.query(
      `SELECT project.title FROM project_participant participant JOIN project ON project.id = participant.project_id
       WHERE participant.partnership_id = $1 AND participant.gmina_id = $2 ORDER BY project.title COLLATE "pl-x-icu", project.id`,
      [partnershipId, gmina.id],
    );
    if (!rows.length) return null;
    return partnershipsMessage('member.inProjects', { ...named(gmina), count: rows.length, projects: namesOf(rows.map((row) => row.title), true) });
  }

  /** The people whose role in the partnership is to act for the gmina. */
  private async actedFor(partnershipId: string, gmina: Gmina): Promise<Message | null> {
    const grants = (await this.access.peopleOf([partnershipId])).filter((grant) => grant.gminaId === gmina.id);
    if (!grants.length) return null;
    const people = await this.accounts.findByIds(grants.map((grant) => grant.userId));
    const names = people.map((person) => person.displayName).sort(new Intl.Collator('pl').compare);
    return partnershipsMessage('member.actedFor', { ...named(gmina), count: grants.length, people: namesOf(names, false) });
  }

  private notAMember(gmina: Gmina): DomainError {
    return new DomainError(ErrorCode.NotFound, partnershipsMessage('member.notAMember', named(gmina)), { field: 'gminaTerc' });
  }
}
