import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { GminasService } from '@wspolnie/gminas';
import { AccessService, AccountsService } from '@wspolnie/identity';
import type { DemoSeeder } from '@wspolnie/platform-database';
import { MemberRole } from '../member/member-role';
import { Partnership } from '../partnership/partnership.entity';
import { PartnershipStage } from '../partnership/partnership-stage';
import { PartnershipsService } from '../partnership/partnerships.service';
import { ThematicArea } from '../thematic-area/thematic-area.entity';
import { DEMO_GMINAS, DEMO_PARTNERSHIP, DEMO_PASSWORD, DEMO_PEOPLE } from './demo-partnership.data';

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
    private readonly accounts: AccountsService,
    private readonly access: AccessService,
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
    const admin = await this.accounts.create({ ...DEMO_PEOPLE.admin, password: DEMO_PASSWORD, isPlatformAdmin: true });
    const partnership = await this.partnerships.create({ userId: admin.id, isPlatformAdmin: true }, {
      ...DEMO_PARTNERSHIP.partnership,
      stage: PartnershipStage.PROJECT_PIPELINE,
      members: DEMO_GMINAS.map((gmina) => ({ gminaTerc: gmina.terc, role: MemberRole.MEMBER, joinedOn: DEMO_PARTNERSHIP.formedOn })),
      thematicAreaIds: areaIds,
    });
    for (const person of DEMO_PEOPLE.partnership) {
      const [gmina] = person.gminaTerc ? await this.gminas.requireByTercs([person.gminaTerc], () => 'gminaTerc') : [null];
      const account = await this.accounts.create({ email: person.email, displayName: person.displayName, password: DEMO_PASSWORD, gminaId: gmina?.id });
      await this.access.grant(account.id, partnership.id, person.role, gmina?.id ?? null);
    }
  }
}
