export { CouncilModule } from './lib/council.module';
export { councilMigrations } from './lib/migrations';
