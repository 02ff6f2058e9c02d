export * from './lib/realtime.module';
export * from './lib/event-log';
export * from './lib/event-streams';
export * from './lib/stream-event.entity';
export { realtimeMigrations } from './lib/migrations';
export * from './lib/authorized-iterator';
