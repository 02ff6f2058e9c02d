import { CalendarExportService } from './calendar-export.service';
import { CalendarFeed } from './calendar-feed.entity';
import { CalendarFeedResolver } from './calendar-feed.resolver';
import { CalendarFeedService } from './calendar-feed.service';
import { CalendarController } from './calendar.controller';

export const CALENDAR_ENTITIES = [CalendarFeed];
export const CALENDAR_PROVIDERS = [CalendarFeedService, CalendarExportService, CalendarFeedResolver];
export const CALENDAR_CONTROLLERS = [CalendarController];
