import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, LocalDateScalar } from '@wspolnie/platform-graphql';
import { ActivityFormat, ActivityKind } from '../activity/activity-enums';
import { RegistrationStatus } from './registration.entity';

/**
 * What anyone may read of an activity open for registration: enough to decide and sign up.
 * The online link is not here: it goes only to confirmed registrants, by e-mail.
 */
@ObjectType({ description: 'A seminar, conference or educational meeting open for registration, as the public sees it.' })
export class RegistrationOffer {
  @Field(() => ID)
  activityId: string;

  @Field()
  title: string;

  @Field(() => ActivityKind)
  kind: ActivityKind;

  @Field(() => LocalDateScalar, { description: 'The day it takes place (Warsaw).' })
  heldOn: string;

  @Field(() => String, { nullable: true, description: 'Start time in Warsaw, "HH:MM".' })
  startsAt: string | null;

  @Field(() => Int)
  durationMinutes: number;

  @Field(() => ActivityFormat)
  format: ActivityFormat;

  @Field(() => String, { nullable: true })
  place: string | null;

  @Field()
  programmeName: string;

  @Field(() => Int, { nullable: true, description: 'Seats in all; none: no limit.' })
  capacity: number | null;

  @Field(() => Int, { nullable: true, description: 'Seats still free; none: no limit. 0: registering puts you on the waiting list (joinWaitingList).' })
  seatsLeft: number | null;

  @Field(() => DateTimeScalar)
  closesAt: Date;

  @Field({ description: 'Registration is still taken (it closes at closesAt).' })
  isOpen: boolean;
}

/** What a public registration answers: never the token, never an id (the e-mail is the proof). */
@ObjectType({ description: 'Where a registration made without an account stands.' })
export class PublicRegistrationReceipt {
  @Field()
  email: string;

  @Field(() => RegistrationStatus, { description: 'PENDING: open the e-mailed link to confirm. CONFIRMED: you have a seat. WAITLISTED: the seats were taken meanwhile; you move up when one frees up.' })
  status: RegistrationStatus;
}
