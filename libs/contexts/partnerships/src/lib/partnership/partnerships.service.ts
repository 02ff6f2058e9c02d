import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { tercProblem } from '@wspolnie/kernel';
import { versionedUpdate } from '@wspolnie/platform-database';
import { DomainError, ErrorCode, postgresErrorOf } from '@wspolnie/platform-errors';
import { type ConnectionShape, paginate } from '@wspolnie/platform-pagination';
import { MembersService } from '../member/members.service';
import { PartnershipMember } from '../member/partnership-member.entity';
import { ThematicAreasService } from '../thematic-area/thematic-areas.service';
import { Partnership } from './partnership.entity';
import type { CreatePartnershipInput, UpdatePartnershipInput } from './partnership.inputs';
import type { PartnershipLookupArgs, PartnershipsArgs } from './partnerships.args';

@Injectable()
export class PartnershipsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly members: MembersService,
    private readonly thematicAreas: ThematicAreasService,
  ) {}

  private get repository() {
    return this.txHost.tx.getRepository(Partnership);
  }

  async list(args: PartnershipsArgs): Promise<ConnectionShape<Partnership>> {
    const query = this.repository.createQueryBuilder('partnership');
    const filter = args.filter ?? {};
    if (filter.gminaTerc != null) {
      const problem = tercProblem(filter.gminaTerc);
      if (problem) throw DomainError.badInput('filter.gminaTerc', `"${filter.gminaTerc}" is not a gmina TERC code: ${problem}.`);
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
      { expression: 'partnership.name COLLATE "pl-x-icu"', valueOf: (partnership) => partnership.name },
      { expression: 'partnership.id', valueOf: (partnership) => partnership.id },
    ]);
  }

  async find(args: PartnershipLookupArgs): Promise<Partnership> {
    if ((args.id == null) === (args.slug == null)) {
      throw DomainError.badInput(args.id == null ? 'id' : 'slug', 'Give either the id or the slug of the partnership, not both.');
    }
    const partnership = await this.repository.findOneBy(args.id != null ? { id: args.id } : { slug: args.slug! });
    if (!partnership) throw DomainError.notFound('Partnership', args.id ?? args.slug!);
    return partnership;
  }

  /** Partnerships of many gminas at once (for the request's DataLoader), by name. */
  async ofGminas(gminaIds: readonly string[]): Promise<{ gminaId: string; partnership: Partnership }[]> {
    const memberships = await this.txHost.tx
      .getRepository(PartnershipMember)
      .createQueryBuilder('member')
      .innerJoinAndSelect('member.partnership', 'partnership')
      .where('member.gmina_id IN (:...gminaIds)', { gminaIds })
      .orderBy('partnership.name COLLATE "pl-x-icu"', 'ASC')
      .addOrderBy('partnership.id', 'ASC')
      .getMany();
    return memberships.map((member) => ({ gminaId: member.gminaId, partnership: member.partnership! }));
  }

  async getById(id: string): Promise<Partnership> {
    return this.find({ id });
  }

  @Transactional()
  async create(input: CreatePartnershipInput): Promise<Partnership> {
    const partnership = await this.saving(() =>
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
    return partnership;
  }

  @Transactional()
  async update(input: UpdatePartnershipInput): Promise<Partnership> {
    const { id, expectedVersion, ...fields } = input;
    const changes: Partial<Partnership> = {};
    if (fields.name !== undefined) changes.name = fields.name.trim();
    if (fields.slug !== undefined) changes.slug = fields.slug;
    if (fields.description !== undefined) changes.description = fields.description;
    if (fields.hostOrganisation !== undefined) changes.hostOrganisation = fields.hostOrganisation?.trim() || null;
    if (fields.programme !== undefined) changes.programme = fields.programme?.trim() || null;
    if (fields.stage !== undefined) changes.stage = fields.stage;
    await this.saving(() =>
      versionedUpdate(this.txHost.tx, Partnership, { id, expectedVersion, changes, noun: 'Partnership' }),
    );
    return this.getById(id);
  }

  /** Maps the slug's uniqueness, kept by the database, to an answer a person understands. */
  private async saving<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (postgresErrorOf(error)?.constraint === 'partnership_slug_key') {
        throw new DomainError(ErrorCode.Conflict, 'Another partnership already uses this slug; choose another one.', { field: 'slug' });
      }
      throw error;
    }
  }
}
