import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GminasModule } from '@wspolnie/gminas';
import { IdentityModule } from '@wspolnie/identity';
import { RealtimeModule } from '@wspolnie/platform-realtime';
import { MembersLoader } from './member/members.loader';
import { MembersService } from './member/members.service';
import { PartnershipMember } from './member/partnership-member.entity';
import { PartnershipMemberResolver } from './member/partnership-member.resolver';
import { PartnershipVersions } from './partnership/partnership-versions';
import { Partnership } from './partnership/partnership.entity';
import { GminaPartnershipsResolver } from './partnership/gmina-partnerships.resolver';
import { ActivityActorResolver, PartnershipActivityResolver } from './partnership/partnership-activity.resolver';
import { PartnershipsAccess } from './partnerships-access';
import { PartnershipPeopleLoader } from './people/partnership-people.loader';
import { PartnershipPeopleService } from './people/partnership-people.service';
import { AccessPartnershipResolver, InvitationPartnershipResolver, InvitationPreviewResolver, PartnershipPeopleResolver } from './people/partnership-people.resolver';
import { PartnershipResolver } from './partnership/partnership.resolver';
import { PartnershipsService } from './partnership/partnerships.service';
import { PartnershipThematicArea } from './thematic-area/partnership-thematic-area.entity';
import { ThematicArea } from './thematic-area/thematic-area.entity';
import { ThematicAreaResolver } from './thematic-area/thematic-area.resolver';
import { ThematicAreasLoader } from './thematic-area/thematic-areas.loader';
import { ThematicAreasService } from './thematic-area/thematic-areas.service';
import { DemoPartnershipSeeder } from './demo/demo-partnership.seeder';

@Module({
  imports: [TypeOrmModule.forFeature([Partnership, PartnershipMember, ThematicArea, PartnershipThematicArea]), GminasModule, IdentityModule, RealtimeModule],
  providers: [
    PartnershipsAccess,
    PartnershipVersions,
    PartnershipPeopleService,
    InvitationPartnershipResolver,
    InvitationPreviewResolver,
    PartnershipsService,
    MembersService,
    ThematicAreasService,
    MembersLoader,
    ThematicAreasLoader,
    PartnershipResolver,
    GminaPartnershipsResolver,
    PartnershipActivityResolver,
    ActivityActorResolver,
    PartnershipPeopleLoader,
    PartnershipPeopleResolver,
    AccessPartnershipResolver,
    PartnershipMemberResolver,
    ThematicAreaResolver,
    DemoPartnershipSeeder,
  ],
  exports: [PartnershipsService, DemoPartnershipSeeder],
})
export class PartnershipsModule {}
