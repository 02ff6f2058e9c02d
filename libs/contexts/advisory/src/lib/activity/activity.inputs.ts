import { applyDecorators } from '@nestjs/common';
import { Field, InputType, Int } from '@nestjs/graphql';
import { errorMessage } from '@wspolnie/platform-errors';
import { AtMostItems, IfPresent, LocalDateScalar, MaxCharacters, NonBlankText, Text, UuidScalar, VersionedInput, withMessage } from '@wspolnie/platform-graphql';
import { Type } from 'class-transformer';
import { Allow, IsEnum, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, ValidateNested } from 'class-validator';
import { ActivityFormat, ActivityKind, ActivityStatus } from './activity-enums';
import { activityMessage } from './activity-messages';

export const AT_MOST = {
  gminas: 500,
  participants: 500,
  followUps: 50,
  thematicAreas: 50,
  perGmina: 10_000,
  minutes: 1440,
} as const;

const Minutes = () =>
  applyDecorators(IsInt(withMessage(activityMessage('duration'))), Min(1, withMessage(activityMessage('duration'))), Max(AT_MOST.minutes, withMessage(activityMessage('duration'))));
const TimeOfDay = () => Matches(/^([01]\d|2[0-3]):[0-5]\d$/, withMessage(activityMessage('startsAt')));
const WebLink = () =>
  applyDecorators(
    IsUrl(
      {
        protocols: ['http', 'https'],
        require_protocol: true,
        require_tld: false,
      },
      withMessage(activityMessage('link')),
    ),
    MaxCharacters(2000, withMessage(errorMessage('tooLong', { field: 'link', max: 2000 }))),
  );

/** The optional where-and-what fields, alike when an activity is recorded and when it is edited. */
const StartsAtField = () => applyDecorators(Field(() => String, { nullable: true, description: 'Start time in Warsaw, "HH:MM".' }), IsOptional(), TimeOfDay());
const PlaceField = () => applyDecorators(Field(() => String, { nullable: true, description: 'Where it is held (on site, hybrid).' }), IsOptional(), NonBlankText('place', 300));
const LinkField = () => applyDecorators(Field(() => String, { nullable: true, description: 'The meeting link (online, hybrid): http:// or https://.' }), IsOptional(), WebLink());
const TopicField = () => applyDecorators(Field(() => UuidScalar, { nullable: true, description: 'A training module or additional topic of the programme.' }), IsOptional());

@InputType({
  description: 'A gmina the activity served, with how many of its people took part.',
})
export class ActivityGminaInput {
  @Field({ description: 'TERC code, e.g. "2417112" (Rajcza).' })
  @IsString(withMessage(errorMessage('required', { field: 'terc' })))
  terc: string;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt(withMessage(activityMessage('participants')))
  @Min(0, withMessage(activityMessage('participants')))
  @Max(AT_MOST.perGmina, withMessage(activityMessage('participants')))
  participants = 0;
}

@InputType({ description: 'A person who took part, by name.' })
export class NamedParticipantInput {
  @Field()
  @NonBlankText('name', 200)
  name: string;

  @Field(() => String, {
    nullable: true,
    description: "TERC code of the gmina they came for: one of the activity's gminas.",
  })
  @IsOptional()
  @IsString(withMessage(errorMessage('required', { field: 'gminaTerc' })))
  gminaTerc?: string | null;
}

@InputType()
export class CreateActivityInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  programmeId: string;

  @Field(() => UuidScalar, {
    nullable: true,
    description: 'With an engagement, its team (may be left out).',
  })
  @IsOptional()
  teamId?: string | null;

  @Field(() => UuidScalar, {
    nullable: true,
    description: "The engagement it belongs to: its gminas bound the activity's.",
  })
  @IsOptional()
  engagementId?: string | null;

  @Field(() => ActivityKind)
  @IsEnum(ActivityKind)
  kind: ActivityKind;

  @Field()
  @NonBlankText('title', 200)
  title: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The day it took place (Warsaw); today when left out.',
  })
  @IsOptional()
  heldOn?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Minutes, at most 1440 (24 hours). By kind when left out: a consultation 60, a workshop 180, a training 360, …',
  })
  @IsOptional()
  @Minutes()
  durationMinutes?: number | null;

  @StartsAtField()
  startsAt?: string | null;

  @PlaceField()
  place?: string | null;

  @LinkField()
  link?: string | null;

  @TopicField()
  topicId?: string | null;

  @Field(() => ActivityFormat, { defaultValue: ActivityFormat.ON_SITE })
  @IsEnum(ActivityFormat)
  format: ActivityFormat = ActivityFormat.ON_SITE;

  @Field(() => [UuidScalar], {
    defaultValue: [],
    description: 'Thematic areas of the standard catalogue.',
  })
  @AtMostItems('thematicAreaIds', AT_MOST.thematicAreas)
  thematicAreaIds: string[] = [];

  @Field(() => [ActivityGminaInput], {
    defaultValue: [],
    description: `At most ${AT_MOST.gminas}; with an engagement, some of its gminas.`,
  })
  @AtMostItems('gminas', AT_MOST.gminas)
  @ValidateNested({ each: true })
  @Type(() => ActivityGminaInput)
  gminas: ActivityGminaInput[] = [];

  @Field(() => [NamedParticipantInput], {
    defaultValue: [],
    description: `Named people (optional, at most ${AT_MOST.participants}); counts per gmina are what reports need.`,
  })
  @AtMostItems('participants', AT_MOST.participants)
  @ValidateNested({ each: true })
  @Type(() => NamedParticipantInput)
  participants: NamedParticipantInput[] = [];

  @Field(() => String, {
    defaultValue: '',
    description: 'Outcome notes, at most 10,000 characters.',
  })
  @Text('outcome', 10_000)
  outcome = '';

  @Field(() => [String], {
    defaultValue: [],
    description: `Work left to do, at most ${AT_MOST.followUps}, each at most 2,000 characters.`,
  })
  @AtMostItems('followUps', AT_MOST.followUps)
  @NonBlankText('followUps', 2000, { each: true })
  followUps: string[] = [];

  @Field(() => ActivityStatus, {
    defaultValue: ActivityStatus.DRAFT,
    description: 'RECORDED counts in reports and needs a gmina.',
  })
  @IsEnum(ActivityStatus)
  status: ActivityStatus = ActivityStatus.DRAFT;
}

@InputType({
  description: 'Fields left out stay as they are; null clears the optional ones; lists replace (follow-ups that became tasks stay).',
})
export class UpdateActivityInput extends VersionedInput {
  @Field(() => UuidScalar)
  @Allow()
  id: string;

  @Field(() => UuidScalar, { nullable: true })
  @IsOptional()
  teamId?: string | null;

  @Field(() => UuidScalar, { nullable: true })
  @IsOptional()
  engagementId?: string | null;

  @Field(() => ActivityKind, { nullable: true })
  @IfPresent()
  @IsEnum(ActivityKind, withMessage(errorMessage('required', { field: 'kind' })))
  kind?: ActivityKind;

  @Field(() => String, { nullable: true })
  @IfPresent()
  @NonBlankText('title', 200)
  title?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IfPresent()
  @IsString(withMessage(errorMessage('required', { field: 'heldOn' })))
  heldOn?: string;

  @Field(() => Int, { nullable: true })
  @IfPresent()
  @Minutes()
  durationMinutes?: number;

  @StartsAtField()
  startsAt?: string | null;

  @PlaceField()
  place?: string | null;

  @LinkField()
  link?: string | null;

  @TopicField()
  topicId?: string | null;

  @Field(() => ActivityFormat, { nullable: true })
  @IfPresent()
  @IsEnum(ActivityFormat, withMessage(errorMessage('required', { field: 'format' })))
  format?: ActivityFormat;

  @Field(() => [UuidScalar], { nullable: true })
  @IfPresent()
  @AtMostItems('thematicAreaIds', AT_MOST.thematicAreas)
  thematicAreaIds?: string[];

  @Field(() => [ActivityGminaInput], { nullable: true })
  @IfPresent()
  @AtMostItems('gminas', AT_MOST.gminas)
  @ValidateNested({ each: true })
  @Type(() => ActivityGminaInput)
  gminas?: ActivityGminaInput[];

  @Field(() => [NamedParticipantInput], {
    nullable: true,
    description: 'Replaces the people named by hand; those who came through registration stay.',
  })
  @IfPresent()
  @AtMostItems('participants', AT_MOST.participants)
  @ValidateNested({ each: true })
  @Type(() => NamedParticipantInput)
  participants?: NamedParticipantInput[];

  @Field(() => String, { nullable: true })
  @IfPresent()
  @Text('outcome', 10_000)
  outcome?: string;

  @Field(() => [String], { nullable: true })
  @IfPresent()
  @AtMostItems('followUps', AT_MOST.followUps)
  @NonBlankText('followUps', 2000, { each: true })
  followUps?: string[];

  @Field(() => ActivityStatus, {
    nullable: true,
    description: 'DRAFT → RECORDED, and back for corrections.',
  })
  @IfPresent()
  @IsEnum(ActivityStatus, withMessage(errorMessage('required', { field: 'status' })))
  status?: ActivityStatus;
}
