import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GminasModule } from '@wspolnie/gminas';
import { IdentityModule } from '@wspolnie/identity';
import { NotificationsModule } from '@wspolnie/notifications';
import { PartnershipsModule } from '@wspolnie/partnerships';
import { PlansModule } from '@wspolnie/plans';
import { NumberSeries } from '@wspolnie/platform-database';
import { MailModule } from '@wspolnie/platform-mail';
import { RealtimeModule } from '@wspolnie/platform-realtime';
import { ProjectsModule } from '@wspolnie/projects';
import { CALENDAR_CONTROLLERS, CALENDAR_ENTITIES, CALENDAR_PROVIDERS } from './calendar';
import { CouncilAccess } from './council-access';
import { CouncilEvents } from './council-events';
import { DemoCouncilSeeder } from './demo/demo-council.seeder';
import { MEETING_ENTITIES, MEETING_PROVIDERS } from './meeting';
import { RESOLUTION_CONTROLLERS, RESOLUTION_ENTITIES, RESOLUTION_PROVIDERS } from './resolution';
import { CouncilSettings } from './settings/council-settings.entity';
import { CouncilSettingsResolver } from './settings/council-settings.resolver';
import { CouncilSettingsService } from './settings/council-settings.service';
import { VOTE_ENTITIES, VOTE_PROVIDERS } from './vote';

@Module({
  imports: [
    TypeOrmModule.forFeature([CouncilSettings, ...MEETING_ENTITIES, ...VOTE_ENTITIES, ...RESOLUTION_ENTITIES, ...CALENDAR_ENTITIES]),
    IdentityModule,
    GminasModule,
    PartnershipsModule,
    NotificationsModule,
    ProjectsModule,
    PlansModule,
    MailModule,
    RealtimeModule,
  ],
  controllers: [...RESOLUTION_CONTROLLERS, ...CALENDAR_CONTROLLERS],
  providers: [
    CouncilAccess,
    CouncilEvents,
    NumberSeries,
    CouncilSettingsService,
    CouncilSettingsResolver,
    ...MEETING_PROVIDERS,
    ...VOTE_PROVIDERS,
    ...RESOLUTION_PROVIDERS,
    ...CALENDAR_PROVIDERS,
    DemoCouncilSeeder,
  ],
  exports: [CouncilSettingsService, DemoCouncilSeeder],
})
export class CouncilModule {}
