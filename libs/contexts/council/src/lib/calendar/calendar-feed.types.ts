import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@wspolnie/platform-graphql';

@ObjectType({ description: 'Your secret calendar feed: when its address was made. The address itself is shown only when it is made (rotateCalendarFeed).' })
export class CalendarFeedInfo {
  @Field(() => DateTimeScalar, { description: 'When the current address was made; an older one no longer works.' })
  createdAt: Date;
}

@ObjectType({ description: "A partnership council's meetings as a calendar feed." })
export class PartnershipCalendarUrl {
  @Field(() => ID)
  partnershipId: string;

  @Field({ description: "Every meeting of the partnership's council, for a calendar application to subscribe to." })
  url: string;
}

@ObjectType({ description: 'The secret addresses of your calendar feeds (iCalendar), shown this once: keep them to yourself, as anyone with one reads the meetings in it.' })
export class CalendarFeedUrls {
  @Field({ description: 'The meetings you are invited to, in every partnership where you hold a role.' })
  meetingsUrl: string;

  @Field(() => [PartnershipCalendarUrl], { description: 'One feed per partnership where you hold a role.' })
  partnershipUrls: PartnershipCalendarUrl[];
}
