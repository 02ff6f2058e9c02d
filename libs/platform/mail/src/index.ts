export * from './lib/mail.module';
export * from './lib/mail-outbox';
export { MailDelivery, MAX_ATTEMPTS, retryDelaySeconds, type DeliveryRound } from './lib/mail-delivery';
export { MailMessage } from './lib/mail-message.entity';
export { mailMigrations } from './lib/migrations';
