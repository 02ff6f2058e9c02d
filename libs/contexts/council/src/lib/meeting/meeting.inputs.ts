import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, InputType, registerEnumType } from '@nestjs/graphql';
import { errorMessage } from '@wspolnie/platform-errors';
import { IfPresent, LocalDateScalar, MaxCharacters, NonBlankText, ResumableArgs, UuidScalar, VersionedInput, withMessage } from '@wspolnie/platform-graphql';
import { ConnectionArgs } from '@wspolnie/platform-pagination';
import { Allow, IsEnum, IsOptional, IsUrl, Matches } from 'class-validator';
import { meetingMessage } from './meeting-messages';

export enum MeetingPeriod {
  UPCOMING = 'UPCOMING',
  PAST = 'PAST',
  ALL = 'ALL',
}

registerEnumType(MeetingPeriod, {
  name: 'MeetingPeriod',
  valuesMap: {
    UPCOMING: { description: 'Planned or in progress and not yet over, the soonest first.' },
    PAST: { description: 'Closed, cancelled or over, the latest first.' },
    ALL: { description: 'Every meeting, the latest first.' },
  },
});

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A time of day in Warsaw, "HH:MM". */
const TimeOfDay = (field: string, nullable: boolean) =>
  applyDecorators(
    Field(() => String, { nullable, description: 'Warsaw time, "HH:MM".' }),
    ...(nullable ? [IfPresent()] : []),
    Matches(HH_MM, withMessage(meetingMessage('timeOfDay', { field }))),
  );

const OnlineUrl = () =>
  applyDecorators(
    Field(() => String, { nullable: true, description: 'The link to join online: http:// or https://.' }),
    IsOptional(),
    IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, withMessage(meetingMessage('onlineUrl'))),
    MaxCharacters(2000, withMessage(errorMessage('tooLong', { field: 'onlineUrl', max: 2000 }))),
  );

const Place = () =>
  applyDecorators(
    Field(() => String, { nullable: true, description: 'Where it is held: a room, an address.' }),
    IsOptional(),
    NonBlankText('place', 300),
  );

const Chair = () =>
  applyDecorators(
    Field(() => UuidScalar, { nullable: true, description: 'Who chairs it: a coordinator or council member; invited as a guest when not invited otherwise.' }),
    IsOptional(),
  );

@InputType({ description: "The day and hours are Warsaw's wall-clock time; the meeting ends on the day it starts." })
export class CreateMeetingInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  partnershipId: string;

  @Field()
  @NonBlankText('title', 200)
  title: string;

  @Field(() => LocalDateScalar)
  @Allow() // checked by the scalar
  date: string;

  @TimeOfDay('startTime', false)
  startTime: string;

  @TimeOfDay('endTime', false)
  endTime: string;

  @Place()
  place?: string | null;

  @OnlineUrl()
  onlineUrl?: string | null;

  @Chair()
  chairId?: string | null;
}

@InputType({ description: 'Fields left out stay as they are; place, onlineUrl and chairId sent as null are cleared.' })
export class UpdateMeetingInput extends VersionedInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  id: string;

  @Field(() => String, { nullable: true })
  @IfPresent()
  @NonBlankText('title', 200)
  title?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IfPresent()
  @Allow() // checked by the scalar
  date?: string;

  @TimeOfDay('startTime', true)
  startTime?: string;

  @TimeOfDay('endTime', true)
  endTime?: string;

  @Place()
  place?: string | null;

  @OnlineUrl()
  onlineUrl?: string | null;

  @Chair()
  chairId?: string | null;
}

/** Names a meeting at the version the client saw. */
@InputType()
export class MeetingVersionInput extends VersionedInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  id: string;
}

@InputType()
export class CancelMeetingInput extends MeetingVersionInput {
  @Field({ description: 'Why it is cancelled; the invitees are told.' })
  @NonBlankText('reason', 500)
  reason: string;
}

@ArgsType()
export class MeetingsArgs extends ConnectionArgs {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  partnershipId: string;

  @Field(() => MeetingPeriod, { defaultValue: MeetingPeriod.ALL })
  @IsEnum(MeetingPeriod)
  when: MeetingPeriod = MeetingPeriod.ALL;
}

@ArgsType()
export class MeetingStreamArgs extends ResumableArgs {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  meetingId: string;
}
