import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ALL_PARTNERSHIPS } from '@wspolnie/identity';
import { formatPln, type Pln, toGrosze } from '@wspolnie/kernel';
import { versionedUpdate } from '@wspolnie/platform-database';
import { DomainError, postgresErrorOf } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { type ConnectionArgs, type ConnectionShape, paginate } from '@wspolnie/platform-pagination';
import { changesBetween, EventLog } from '@wspolnie/platform-realtime';
import { In } from 'typeorm';
import { advisoryMessage } from '../advisory-messages';
import { ProgrammePeopleService } from './programme-people.service';
import { ProgrammeRole, TopicKind } from './programme-enums';
import { ProgrammeTeam } from './programme-team.entity';
import { ProgrammeTopic } from './programme-topic.entity';
import { Programme } from './programme.entity';
import type { AddProgrammeTeamInput, AddProgrammeTopicInput, CreateProgrammeInput, UpdateProgrammeInput } from './programme.inputs';

export const PROGRAMME_TOPIC = 'programme';
const RECORDED_FIELDS = ['name', 'operatorName', 'startsOn', 'endsOn', 'totalValue', 'euContribution'] as const;

/** Advisory programmes: their details, modules and topics, and regional teams. */
@Injectable()
export class ProgrammesService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly people: ProgrammePeopleService,
    private readonly events: EventLog,
  ) {}

  private get programmes() {
    return this.txHost.tx.getRepository(Programme);
  }

  /** A programme (the operation's declaration has checked the caller may see it). */
  async get(id: string): Promise<Programme> {
    const programme = await this.programmes.findOneBy({ id });
    if (!programme) throw DomainError.notFound(advisoryMessage('noun.programme'), id);
    return programme;
  }

  findByIds(ids: readonly string[]): Promise<Programme[]> {
    return this.programmes.findBy({ id: In([...ids]) });
  }

  /** The programmes the caller holds a role in (a platform administrator: all), by name. */
  async list(actor: Actor, args: ConnectionArgs): Promise<ConnectionShape<Programme>> {
    const visible = await this.people.visibleProgrammeIds(actor);
    const query = this.programmes.createQueryBuilder('programme');
    if (visible !== ALL_PARTNERSHIPS) query.where('programme.id = ANY(:visible::uuid[])', { visible });
    return paginate(query, args, [
      { expression: 'programme.name COLLATE "pl-x-icu"', valueOf: (programme) => programme.name, kind: 'text' },
      { expression: 'programme.id', valueOf: (programme) => programme.id, kind: 'uuid' },
    ]);
  }

  topicsOf(programmeIds: readonly string[]): Promise<ProgrammeTopic[]> {
    return this.txHost.tx.getRepository(ProgrammeTopic).find({ where: { programmeId: In([...programmeIds]) }, order: { kind: 'ASC', position: 'ASC' } });
  }

  /** The programme's team, or BAD_USER_INPUT on teamId. */
  async teamOf(programmeId: string, teamId: string): Promise<ProgrammeTeam> {
    const team = await this.txHost.tx.getRepository(ProgrammeTeam).findOneBy({ id: teamId, programmeId });
    if (!team) throw DomainError.badInput('teamId', advisoryMessage('team.notInProgramme'));
    return team;
  }

  teamsOf(programmeIds: readonly string[]): Promise<ProgrammeTeam[]> {
    return this.txHost.tx.getRepository(ProgrammeTeam).find({ where: { programmeId: In([...programmeIds]) }, order: { name: 'ASC' } });
  }

  @Transactional()
  async create(actor: Actor, input: CreateProgrammeInput): Promise<Programme> {
    assertMoney(input.totalValue ?? null, input.euContribution ?? null);
    assertPeriod(input.startsOn, input.endsOn ?? null, 'endsOn');
    const programme = await this.programmes.save(
      this.programmes.create({
        name: input.name.trim(),
        operatorKind: input.operatorKind,
        operatorName: input.operatorName.trim(),
        startsOn: input.startsOn,
        endsOn: input.endsOn ?? null,
        totalValue: input.totalValue ?? null,
        euContribution: input.euContribution ?? null,
      }),
    );
    await this.record(actor, programme.id, programme.id, 'programme.created', changesBetween(null, programme, RECORDED_FIELDS));
    const topics = [...input.modules.map((name) => ({ kind: TopicKind.MODULE, name })), ...input.additionalTopics.map((name) => ({ kind: TopicKind.ADDITIONAL_TOPIC, name }))];
    for (const topic of topics) await this.insertTopic(programme.id, topic.kind, topic.name);
    for (const team of input.teams) await this.insertTeam(programme.id, team.name, team.voivodeshipCode ?? null);
    await this.people.grant(actor, { programmeId: programme.id, email: input.managerEmail, role: ProgrammeRole.PROGRAMME_MANAGER, teamId: null }, 'managerEmail');
    return programme;
  }

  @Transactional()
  async update(actor: Actor, input: UpdateProgrammeInput): Promise<Programme> {
    const before = await this.get(input.id);
    const changes: Partial<Programme> = {};
    if (input.name !== undefined) changes.name = input.name.trim();
    if (input.operatorName !== undefined) changes.operatorName = input.operatorName.trim();
    if (input.startsOn !== undefined) changes.startsOn = input.startsOn;
    if (input.endsOn !== undefined) changes.endsOn = input.endsOn;
    if (input.totalValue !== undefined) changes.totalValue = input.totalValue;
    if (input.euContribution !== undefined) changes.euContribution = input.euContribution;
    const after = { ...before, ...changes };
    assertMoney(after.totalValue, after.euContribution);
    assertPeriod(after.startsOn, after.endsOn, input.endsOn !== undefined ? 'endsOn' : 'startsOn');
    const updated = await versionedUpdate(this.txHost.tx, Programme, { id: before.id, expectedVersion: input.expectedVersion, changes, noun: advisoryMessage('noun.programme') });
    await this.record(actor, updated.id, updated.id, 'programme.updated', changesBetween(before, updated, RECORDED_FIELDS));
    return updated;
  }

  @Transactional()
  async addTopic(actor: Actor, input: AddProgrammeTopicInput): Promise<Programme> {
    const programme = await this.lock(input.programmeId);
    const topic = await this.insertTopic(programme.id, input.kind, input.name);
    await this.record(actor, programme.id, topic.id, 'topic.added', { kind: { after: topic.kind }, name: { after: topic.name } });
    return programme;
  }

  @Transactional()
  async addTeam(actor: Actor, input: AddProgrammeTeamInput): Promise<Programme> {
    const programme = await this.lock(input.programmeId);
    const team = await this.insertTeam(programme.id, input.name, input.voivodeshipCode ?? null);
    await this.record(actor, programme.id, team.id, 'team.added', { name: { after: team.name }, voivodeshipCode: { after: team.voivodeshipCode } });
    return programme;
  }

  /** The programme, held while its modules are numbered (two additions at once take turns). */
  private async lock(id: string): Promise<Programme> {
    const programme = await this.programmes.createQueryBuilder('programme').setLock('pessimistic_write').where({ id }).getOne();
    if (!programme) throw DomainError.notFound(advisoryMessage('noun.programme'), id);
    return programme;
  }

  private async insertTopic(programmeId: string, kind: TopicKind, name: string): Promise<ProgrammeTopic> {
    const topics = this.txHost.tx.getRepository(ProgrammeTopic);
    const last = await topics.findOne({ where: { programmeId, kind }, order: { position: 'DESC' } });
    return this.unique(() => topics.save(topics.create({ programmeId, kind, name: name.trim(), position: (last?.position ?? 0) + 1 })), 'programme_topic_name_unique', kind === TopicKind.MODULE ? 'modules' : 'additionalTopics', advisoryMessage('topic.duplicate', { name: name.trim() }));
  }

  private insertTeam(programmeId: string, name: string, voivodeshipCode: string | null): Promise<ProgrammeTeam> {
    const teams = this.txHost.tx.getRepository(ProgrammeTeam);
    return this.unique(() => teams.save(teams.create({ programmeId, name: name.trim(), voivodeshipCode })), 'programme_team_name_unique', 'name', advisoryMessage('team.duplicate', { name: name.trim() }));
  }

  private async unique<T>(write: () => Promise<T>, constraint: string, field: string, message: ReturnType<typeof advisoryMessage>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (postgresErrorOf(error)?.constraint === constraint) throw DomainError.badInput(field, message);
      throw error;
    }
  }

  private record(actor: Actor, programmeId: string, subjectId: string, action: string, changes: Record<string, { before?: unknown; after?: unknown }>) {
    return this.events.append(programmeId, { topic: PROGRAMME_TOPIC, subjectId, scopeId: programmeId, action, actorId: actor.userId, changes });
  }
}

export function assertMoney(total: Pln | null, eu: Pln | null): void {
  for (const [field, amount] of [['totalValue', total], ['euContribution', eu]] as const) {
    if (amount !== null && toGrosze(amount) < 0n) throw DomainError.badInput(field, advisoryMessage('negativeAmount', { field }));
  }
  if (total !== null && eu !== null && toGrosze(eu) > toGrosze(total)) {
    throw DomainError.badInput('euContribution', advisoryMessage('euAboveTotal', { eu: formatPln(eu), total: formatPln(total) }));
  }
}

export function assertPeriod(startsOn: string, endsOn: string | null, field: string): void {
  if (endsOn !== null && endsOn < startsOn) throw DomainError.badInput(field, advisoryMessage('periodEndsBeforeStart', { startsOn, endsOn }));
}
