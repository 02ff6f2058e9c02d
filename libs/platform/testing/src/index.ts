export * from './lib/test-database';
export * from './lib/test-app';
export * from './lib/probe.resolver';
export * from './lib/pg-proxy';
