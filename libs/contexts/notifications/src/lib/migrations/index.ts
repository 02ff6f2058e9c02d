import { CreateNotifications1795627054300 } from './1795627054300-CreateNotifications';

/** After identity and partnerships: a notification names its recipient, actor and partnership. */
export const notificationsMigrations = [CreateNotifications1795627054300];
