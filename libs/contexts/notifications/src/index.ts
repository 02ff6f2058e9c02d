export { NotificationsModule } from './lib/notifications.module';
export { Inbox, type NewNotification } from './lib/inbox';
export { NotificationKind } from './lib/notification-kind';
export { notificationsMigrations } from './lib/migrations';
