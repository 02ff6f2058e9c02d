export { CouncilModule } from './lib/council.module';
export { councilMigrations } from './lib/migrations';
export { DemoCouncilSeeder } from './lib/demo/demo-council.seeder';
