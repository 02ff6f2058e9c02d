import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { PartnershipReferences } from '@wspolnie/identity';
import { DomainError, postgresErrorOf } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { EventLog } from '@wspolnie/platform-realtime';
import { In, IsNull } from 'typeorm';
import { PartnershipVersions } from '../partnership/partnership-versions';
import { partnershipsMessage } from '../partnerships-messages';
import { PartnershipThematicArea } from './partnership-thematic-area.entity';
import { ThematicArea } from './thematic-area.entity';
import type { AddOwnThematicAreaInput, SetPartnershipThematicAreasInput } from './thematic-area.inputs';

export interface PartnershipArea {
  partnershipId: string;
  area: ThematicArea;
}

@Injectable()
export class ThematicAreasService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly versions: PartnershipVersions,
    private readonly references: PartnershipReferences,
    private readonly events: EventLog,
  ) {}

  private get areas() {
    return this.txHost.tx.getRepository(ThematicArea);
  }

  private get links() {
    return this.txHost.tx.getRepository(PartnershipThematicArea);
  }

  catalogue(): Promise<ThematicArea[]> {
    return this.areas
      .createQueryBuilder('area')
      .where({ partnershipId: IsNull() })
      .orderBy('area.name_pl COLLATE "pl-x-icu"', 'ASC')
      .getMany();
  }

  /** Areas of many partnerships at once (for the request's DataLoader), standard ones first. */
  async areasOf(partnershipIds: readonly string[]): Promise<PartnershipArea[]> {
    const links = await this.links
      .createQueryBuilder('link')
      .innerJoinAndSelect('link.thematicArea', 'area')
      .where({ partnershipId: In([...partnershipIds]) })
      .orderBy('area.code IS NULL', 'ASC')
      .addOrderBy('area.name_pl COLLATE "pl-x-icu"', 'ASC')
      .getMany();
    return links.flatMap((link) => (link.thematicArea ? [{ partnershipId: link.partnershipId, area: link.thematicArea }] : []));
  }

  /** Links areas to a partnership; each must be standard or the partnership's own. */
  async assign(partnershipId: string, areaIds: readonly string[], field: string): Promise<void> {
    const unique = [...new Set(areaIds)];
    if (unique.length === 0) return;
    await this.references.assertUsable(partnershipId, areaIds.map((id, index) => ({ field: `${field}.${index}`, kind: 'thematicArea', id })));
    await this.links.insert(unique.map((thematicAreaId) => ({ partnershipId, thematicAreaId })));
  }

  @Transactional()
  async set(actor: Actor | undefined, input: SetPartnershipThematicAreasInput): Promise<void> {
    await this.versions.touch(input.partnershipId, input.expectedVersion);
    const names = async () => (await this.areasOf([input.partnershipId])).map((link) => link.area.namePl);
    const before = await names();
    await this.links.delete({ partnershipId: input.partnershipId });
    await this.assign(input.partnershipId, input.thematicAreaIds, 'thematicAreaIds');
    await this.events.append(input.partnershipId, {
      topic: 'partnership',
      subjectId: input.partnershipId,
      action: 'thematicAreas.set',
      actorId: actor?.userId,
      changes: { thematicAreas: { before, after: await names() } },
    });
  }

  @Transactional()
  async addOwn(actor: Actor | undefined, input: AddOwnThematicAreaInput): Promise<ThematicArea> {
    await this.versions.touch(input.partnershipId);
    const namePl = input.namePl.trim();
    const clash = await this.areas
      .createQueryBuilder('area')
      .where('lower(area.name_pl) = lower(:namePl)', { namePl })
      .andWhere('(area.partnership_id IS NULL OR area.partnership_id = :partnershipId)', { partnershipId: input.partnershipId })
      .getOne();
    if (clash) throw this.nameTaken(namePl, clash.isStandard);
    try {
      const area = await this.areas.save(
        this.areas.create({ partnershipId: input.partnershipId, code: null, namePl, nameEn: input.nameEn?.trim() || null }),
      );
      await this.links.insert({ partnershipId: input.partnershipId, thematicAreaId: area.id });
      await this.events.append(input.partnershipId, {
        topic: 'partnership',
        subjectId: input.partnershipId,
        action: 'thematicArea.added',
        actorId: actor?.userId,
        changes: { thematicArea: { after: area.namePl } },
      });
      return area;
    } catch (error) {
      if (postgresErrorOf(error)?.constraint === 'thematic_area_name_key') throw this.nameTaken(namePl, false);
      throw error;
    }
  }

  private nameTaken(name: string, standard: boolean): DomainError {
    return DomainError.conflict(partnershipsMessage(standard ? 'area.standard' : 'area.own', { name }), { field: 'namePl' });
  }
}
