export * from './lib/embedded-postgres.server';
export * from './lib/data-source-options';
export * from './lib/statement-counter';
export * from './lib/migrations';
export * from './lib/database-server';
export * from './lib/database.module';
export * from './lib/versioned-update';
export * from './lib/demo-seed';
