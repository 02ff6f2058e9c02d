import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { GminasService } from '@wspolnie/gminas';
import type { DemoSeeder } from '@wspolnie/platform-database';
import { MemberRole } from '../member/member-role';
import { Partnership } from '../partnership/partnership.entity';
import { PartnershipStage } from '../partnership/partnership-stage';
import { PartnershipsService } from '../partnership/partnerships.service';
import { ThematicArea } from '../thematic-area/thematic-area.entity';
import { DEMO_GMINAS, DEMO_PARTNERSHIP } from './demo-partnership.data';

/**
 * The partnership of six gminas formed in the ministry's advisory pilot (Pilotaż CWD) within
 * Stowarzyszenie Aglomeracja Beskidzka, with real TERC codes and GUS population figures.
 */
@Injectable()
export class DemoPartnershipSeeder implements DemoSeeder {
  readonly name = 'partnerships';

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly partnerships: PartnershipsService,
    private readonly gminas: GminasService,
  ) {}

  hasData(): Promise<boolean> {
    return this.txHost.tx.getRepository(Partnership).exists();
  }

  async seed(): Promise<void> {
    for (const gmina of DEMO_GMINAS) {
      await this.gminas.recordPopulation(gmina.terc, gmina.population);
    }
    const areas = await this.txHost.tx.getRepository(ThematicArea).find();
    const areaIds = DEMO_PARTNERSHIP.thematicAreaCodes.map((code) => {
      const area = areas.find((candidate) => candidate.code === code);
      if (!area) throw new Error(`the thematic area catalogue has no ${code}`);
      return area.id;
    });
    await this.partnerships.create({
      ...DEMO_PARTNERSHIP.partnership,
      stage: PartnershipStage.PROJECT_PIPELINE,
      members: DEMO_GMINAS.map((gmina) => ({ gminaTerc: gmina.terc, role: MemberRole.MEMBER, joinedOn: DEMO_PARTNERSHIP.formedOn })),
      thematicAreaIds: areaIds,
    });
  }
}
