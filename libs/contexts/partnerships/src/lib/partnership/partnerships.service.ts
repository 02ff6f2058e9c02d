import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccessService, ALL_PARTNERSHIPS, InvitationsService, PartnershipRole } from '@wspolnie/identity';
import { tercCodeProblem } from '@wspolnie/gminas';
import { versionedUpdate } from '@wspolnie/platform-database';
import { DomainError, postgresErrorOf } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { type ConnectionShape, emptyConnection, paginate } from '@wspolnie/platform-pagination';
import { changesBetween, EventLog } from '@wspolnie/platform-realtime';
import { MembersService } from '../member/members.service';
import { PartnershipMember } from '../member/partnership-member.entity';
import { partnershipsMessage } from '../partnerships-messages';
import { ThematicAreasService } from '../thematic-area/thematic-areas.service';
import { In, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { Partnership } from './partnership.entity';
import type { CreatePartnershipInput, UpdatePartnershipInput } from './partnership.inputs';
import type { PartnershipLookupArgs, PartnershipsArgs } from './partnerships.args';

/** The partnership's own fields an activity event records before and after. */
const RECORDED_FIELDS = ['name', 'slug', 'description', 'hostOrganisation', 'programme', 'stage'] as const;

@Injectable()
export class PartnershipsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly members: MembersService,
    private readonly thematicAreas: ThematicAreasService,
    private readonly access: AccessService,
    private readonly invitations: InvitationsService,
    private readonly events: EventLog,
  ) {}

  private get repository() {
    return this.txHost.tx.getRepository(Partnership);
  }

  /** Only partnerships the caller may see: the scope is part of the query, so counts and pages agree. */
  async list(actor: Actor | undefined, args: PartnershipsArgs): Promise<ConnectionShape<Partnership>> {
    const query = this.repository.createQueryBuilder('partnership');
    if (!(await this.scopeToCaller(query, actor))) return emptyConnection();
    const filter = args.filter ?? {};
    if (filter.gminaTerc != null) {
      const problem = tercCodeProblem(filter.gminaTerc);
      if (problem) throw DomainError.badInput('filter.gminaTerc', problem);
      query.andWhere(
        `EXISTS (SELECT 1 FROM partnership_member member JOIN gmina ON gmina.id = member.gmina_id
                 WHERE member.partnership_id = partnership.id AND gmina.terc = :terc)`,
        { terc: filter.gminaTerc },
      );
    }
    if (filter.thematicAreaId != null) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM partnership_thematic_area area
                 WHERE area.partnership_id = partnership.id AND area.thematic_area_id = :area)`,
        { area: filter.thematicAreaId },
      );
    }
    if (filter.stage != null) query.andWhere('partnership.stage = :stage', { stage: filter.stage });
    return paginate(query, args, [
      { expression: 'partnership.name COLLATE "pl-x-icu"', valueOf: (partnership) => partnership.name, kind: 'text' },
      { expression: 'partnership.id', valueOf: (partnership) => partnership.id, kind: 'uuid' },
    ]);
  }

  async find(args: PartnershipLookupArgs): Promise<Partnership> {
    if (args.id == null && args.slug == null) throw DomainError.badInput('id', partnershipsMessage('lookup.neither'));
    if (args.id != null && args.slug != null) throw DomainError.badInput('slug', partnershipsMessage('lookup.both'));
    const key = args.id ?? args.slug ?? '';
    // The caller's access was checked by the operation's declaration; looked up by slug, an
    // outsider was told the slug does not exist, not the id behind it.
    const partnership = await this.repository.findOneBy(args.id != null ? { id: args.id } : { slug: key });
    if (!partnership) throw DomainError.notFound(partnershipsMessage('noun.partnership'), key);
    return partnership;
  }

  /** Partnerships of many gminas at once (for the request's DataLoader), by name. */
  async ofGminas(actor: Actor | undefined, gminaIds: readonly string[]): Promise<{ gminaId: string; partnership: Partnership }[]> {
    const query = this.txHost.tx
      .getRepository(PartnershipMember)
      .createQueryBuilder('member')
      .innerJoinAndSelect('member.partnership', 'partnership')
      .where('member.gmina_id IN (:...gminaIds)', { gminaIds })
      .orderBy('partnership.name COLLATE "pl-x-icu"', 'ASC')
      .addOrderBy('partnership.id', 'ASC');
    if (!(await this.scopeToCaller(query, actor))) return [];
    const memberships = await query.getMany();
    return memberships.flatMap((member) => (member.partnership ? [{ gminaId: member.gminaId, partnership: member.partnership }] : []));
  }

  /** Ids of the gminas that are members of a partnership (for other contexts' rules). */
  async memberGminaIds(partnershipId: string): Promise<Set<string>> {
    const members = await this.txHost.tx.getRepository(PartnershipMember).find({ where: { partnershipId }, select: { gminaId: true } });
    return new Set(members.map((member) => member.gminaId));
  }

  /** For field resolvers under objects the caller may already see. */
  findByIds(ids: readonly string[]): Promise<Partnership[]> {
    return this.repository.findBy({ id: In([...ids]) });
  }

  /** After a change the caller was allowed to make; no further check. */
  async getById(id: string): Promise<Partnership> {
    const partnership = await this.repository.findOneBy({ id });
    if (!partnership) throw DomainError.notFound(partnershipsMessage('noun.partnership'), id);
    return partnership;
  }

  /** Creates it; a first coordinator named by e-mail is invited (a platform administrator never appoints themselves). */
  @Transactional()
  async create(actor: Actor, input: CreatePartnershipInput): Promise<Partnership> {
    const partnership = await this.saving(input.slug, () =>
      this.repository.save(
        this.repository.create({
          name: input.name.trim(),
          slug: input.slug,
          description: input.description,
          hostOrganisation: input.hostOrganisation?.trim() || null,
          programme: input.programme?.trim() || null,
          stage: input.stage,
        }),
      ),
    );
    await this.members.addInitial(partnership.id, input.members);
    await this.thematicAreas.assign(partnership.id, input.thematicAreaIds, 'thematicAreaIds');
    if (input.firstCoordinatorEmail) {
      await this.invitations
        .invite(actor, { partnershipId: partnership.id, email: input.firstCoordinatorEmail, role: PartnershipRole.COORDINATOR, gminaId: null }, { partnershipName: partnership.name })
        .catch((error: unknown) => {
          throw error instanceof DomainError && error.details['field'] === 'email' ? DomainError.badInput('firstCoordinatorEmail', error.text) : error;
        });
    }
    await this.events.append(partnership.id, {
      topic: 'partnership',
      subjectId: partnership.id,
      action: 'created',
      actorId: actor?.userId,
      changes: changesBetween(null, partnership, RECORDED_FIELDS),
    });
    return partnership;
  }

  @Transactional()
  async update(actor: Actor | undefined, input: UpdatePartnershipInput): Promise<Partnership> {
    const { id, expectedVersion, ...fields } = input;
    const changes: Partial<Partnership> = {};
    if (fields.name !== undefined) changes.name = fields.name.trim();
    if (fields.slug !== undefined) changes.slug = fields.slug;
    if (fields.description !== undefined) changes.description = fields.description;
    if (fields.hostOrganisation !== undefined) changes.hostOrganisation = fields.hostOrganisation?.trim() || null;
    if (fields.programme !== undefined) changes.programme = fields.programme?.trim() || null;
    if (fields.stage !== undefined) changes.stage = fields.stage;
    const before = await this.getById(id);
    const after = await this.saving(changes.slug ?? before.slug, () =>
      versionedUpdate(this.txHost.tx, Partnership, { id, expectedVersion, changes, noun: partnershipsMessage('noun.partnership') }),
    );
    await this.events.append(id, { topic: 'partnership', subjectId: id, action: 'updated', actorId: actor?.userId, changes: changesBetween(before, after, RECORDED_FIELDS) });
    return after;
  }

  /**
   * Limits a query joined as `partnership` to what the caller may see, in the SQL itself, so
   * pages and counts agree. False when the caller may see nothing (no query is worth running).
   */
  private async scopeToCaller(query: SelectQueryBuilder<ObjectLiteral>, actor: Actor | undefined): Promise<boolean> {
    const visible = await this.access.visiblePartnershipIds(actor);
    if (visible === ALL_PARTNERSHIPS) return true;
    if (visible.length === 0) return false;
    query.andWhere('partnership.id IN (:...visible)', { visible });
    return true;
  }

  /** Maps the slug's uniqueness, kept by the database, to an answer a person understands. */
  private async saving<T>(slug: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (postgresErrorOf(error)?.constraint === 'partnership_slug_key') {
        throw DomainError.conflict(partnershipsMessage('slugTaken', { slug }), { field: 'slug' });
      }
      throw error;
    }
  }
}
