export * from './lib/environment';
export * from './lib/app-config';
export * from './lib/config.module';
