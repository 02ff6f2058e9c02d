export * from './browser';
export * from './lib/api-process';
