export * from './lib/message';
export * from './lib/catalogue';
export * from './lib/locale';
