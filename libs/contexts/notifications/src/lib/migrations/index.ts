import { CreateNotifications1795627054300 } from './1795627054300-CreateNotifications';
import { NotifyOfMeetings1795627054301 } from './1795627054301-NotifyOfMeetings';

/** After identity and partnerships: a notification names its recipient, actor and partnership. */
export const notificationsMigrations = [CreateNotifications1795627054300, NotifyOfMeetings1795627054301];
