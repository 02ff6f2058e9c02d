import { CreateNotifications1795627054300 } from './1795627054300-CreateNotifications';
import { NotifyOfMeetings1795627054301 } from './1795627054301-NotifyOfMeetings';
import { NotifyOfComments1795627054302 } from './1795627054302-NotifyOfComments';
import { NotifyOfTaskChanges1795627054303 } from './1795627054303-NotifyOfTaskChanges';
import { NotifyOnce1795627054304 } from './1795627054304-NotifyOnce';

/** After identity and partnerships: a notification names its recipient, actor and partnership. */
export const notificationsMigrations = [CreateNotifications1795627054300, NotifyOfMeetings1795627054301, NotifyOfComments1795627054302, NotifyOfTaskChanges1795627054303, NotifyOnce1795627054304];
