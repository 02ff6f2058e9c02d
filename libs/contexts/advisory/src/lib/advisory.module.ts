import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GminasModule } from '@wspolnie/gminas';
import { IdentityModule } from '@wspolnie/identity';
import { ProjectsModule } from '@wspolnie/projects';
import { MailModule } from '@wspolnie/platform-mail';
import { RealtimeModule } from '@wspolnie/platform-realtime';
import { ACTIVITY_ENTITIES, ACTIVITY_PROVIDERS } from './activity';
import { AdvisoryAccess } from './advisory-access';
import { DemoAdvisorySeeder } from './demo/demo-advisory.seeder';
import { DemoSupportWriter } from './demo/demo-support.writer';
import { ENGAGEMENT_ENTITIES, ENGAGEMENT_PROVIDERS } from './engagement';
import { ProgrammeAccess } from './programme/programme-access.entity';
import { ProgrammePeopleService } from './programme/programme-people.service';
import { ProgrammeTeam } from './programme/programme-team.entity';
import { ProgrammeTopic } from './programme/programme-topic.entity';
import { Programme } from './programme/programme.entity';
import { ProgrammeAccessResolver, ProgrammeResolver } from './programme/programme.resolver';
import { ProgrammesService } from './programme/programmes.service';
import { REGISTRATION_ENTITIES, REGISTRATION_PROVIDERS } from './registration';
import { REPORT_CONTROLLERS, REPORT_PROVIDERS } from './report';

const PROGRAMME_ENTITIES = [Programme, ProgrammeTopic, ProgrammeTeam, ProgrammeAccess];

@Module({
  imports: [TypeOrmModule.forFeature([...PROGRAMME_ENTITIES, ...ENGAGEMENT_ENTITIES, ...ACTIVITY_ENTITIES, ...REGISTRATION_ENTITIES]), IdentityModule, GminasModule, ProjectsModule, MailModule, RealtimeModule],
  controllers: [...REPORT_CONTROLLERS],
  providers: [
    AdvisoryAccess,
    ProgrammesService,
    ProgrammePeopleService,
    ProgrammeResolver,
    ProgrammeAccessResolver,
    ...ENGAGEMENT_PROVIDERS,
    ...ACTIVITY_PROVIDERS,
    ...REGISTRATION_PROVIDERS,
    ...REPORT_PROVIDERS,
    DemoSupportWriter,
    DemoAdvisorySeeder,
  ],
  exports: [ProgrammesService, ProgrammePeopleService, DemoAdvisorySeeder],
})
export class AdvisoryModule {}
