import { advisoryMigrations, AdvisoryModule, DemoAdvisorySeeder } from '@wspolnie/advisory';
import { councilMigrations, CouncilModule, DemoCouncilSeeder } from '@wspolnie/council';
import { discussionMigrations, DiscussionModule } from '@wspolnie/discussion';
import { gminasMigrations, GminasModule } from '@wspolnie/gminas';
import { identityMigrations, IdentityModule } from '@wspolnie/identity';
import { notificationsMigrations, NotificationsModule } from '@wspolnie/notifications';
import { databaseMigrations } from '@wspolnie/platform-database';
import { mailMigrations } from '@wspolnie/platform-mail';
import { realtimeMigrations } from '@wspolnie/platform-realtime';
import { DemoPartnershipSeeder, partnershipsMigrations, PartnershipsModule } from '@wspolnie/partnerships';
import { DemoPlansSeeder, plansMigrations, PlansModule } from '@wspolnie/plans';
import { DemoProjectsSeeder, projectsMigrations, ProjectsModule } from '@wspolnie/projects';
import { SiteModule } from './site/site.module';

/**
 * The bounded contexts the product is made of, in dependency order, and what the instance says
 * about itself (SiteModule: its operator, for the accessibility statement). Every test app and
 * the committed schema are built from this list.
 */
export const CONTEXT_MODULES = [GminasModule, IdentityModule, PartnershipsModule, NotificationsModule, DiscussionModule, ProjectsModule, PlansModule, AdvisoryModule, CouncilModule, SiteModule];

/** Every context's migrations: TypeORM runs them in the order of their timestamps. */
export const MIGRATIONS = [
  ...databaseMigrations,
  ...realtimeMigrations,
  ...mailMigrations,
  ...gminasMigrations,
  ...partnershipsMigrations,
  ...identityMigrations,
  ...projectsMigrations,
  ...notificationsMigrations,
  ...plansMigrations,
  ...discussionMigrations,
  ...advisoryMigrations,
  ...councilMigrations,
];

/** Demo data, seeded into an empty database in this order. */
export const DEMO_SEEDERS = [DemoPartnershipSeeder, DemoProjectsSeeder, DemoPlansSeeder, DemoAdvisorySeeder, DemoCouncilSeeder];
