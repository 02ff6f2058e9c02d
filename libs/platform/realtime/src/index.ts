export * from './lib/realtime.module';
export * from './lib/event-log';
export * from './lib/event-streams';
export * from './lib/stream-event.entity';
export { ACCESS_TOPIC } from './lib/stream-tail';
export { streamFailure } from './lib/stream-errors';
export { Signals } from './lib/signals';
export { type ListenerHealth, PgListener } from './lib/pg-listener';
export { realtimeMigrations } from './lib/migrations';
