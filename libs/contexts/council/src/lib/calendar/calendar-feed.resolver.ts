import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@wspolnie/identity';
import { type Actor, Authenticated } from '@wspolnie/platform-graphql';
import { CalendarFeedService } from './calendar-feed.service';
import { CalendarFeedInfo, CalendarFeedUrls } from './calendar-feed.types';

/** The caller's own calendar feed: only ever their own, so any signed-in person may ask. */
@Resolver()
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Authenticated()
  @Query(() => CalendarFeedInfo, { nullable: true, description: 'Your calendar feed, if you have made one (its address is not shown again: rotateCalendarFeed makes a new one).' })
  calendarFeed(@CurrentActor() actor: Actor): Promise<CalendarFeedInfo | null> {
    return this.feeds.info(actor.userId);
  }

  @Authenticated()
  @Mutation(() => CalendarFeedUrls, {
    description: 'Makes a new secret address for your calendar feeds (iCalendar, for Google, Outlook, Apple or Thunderbird) and shows it this once; the previous address stops working at once.',
  })
  rotateCalendarFeed(@CurrentActor() actor: Actor): Promise<CalendarFeedUrls> {
    return this.feeds.rotate(actor.userId);
  }
}
