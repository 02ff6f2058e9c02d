import { CalendarFeed } from './calendar-feed.entity';

export const CALENDAR_ENTITIES = [CalendarFeed];
export const CALENDAR_PROVIDERS = [];
export const CALENDAR_CONTROLLERS = [];
