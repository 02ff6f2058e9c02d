export * from './lib/error-code';
export * from './lib/domain-error';
export * from './lib/postgres-errors';
export * from './lib/error-messages';
