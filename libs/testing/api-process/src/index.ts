export * from './lib/api-process';
