export { AdvisoryModule } from './lib/advisory.module';
export { advisoryMigrations } from './lib/migrations';
export { DemoAdvisorySeeder } from './lib/demo/demo-advisory.seeder';
export { Programme } from './lib/programme/programme.entity';
export { ProgrammeRole } from './lib/programme/programme-enums';
export { ProgrammesService } from './lib/programme/programmes.service';
export { ProgrammePeopleService } from './lib/programme/programme-people.service';
