export { NotificationsModule } from './lib/notifications.module';
export { type AddressedNotification, Inbox, type NewNotification, notSentOnce } from './lib/inbox';
export { NotificationKind } from './lib/notification-kind';
export { notificationsMigrations } from './lib/migrations';
