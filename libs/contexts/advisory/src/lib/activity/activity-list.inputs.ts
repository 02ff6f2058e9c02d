import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { LocalDateScalar, UuidScalar, VersionedInput } from '@wspolnie/platform-graphql';
import { ConnectionArgs } from '@wspolnie/platform-pagination';
import { Allow, IsEnum, IsOptional } from 'class-validator';
import { ActivityKind, ActivityStatus } from './activity-enums';

/** Inputs that name an activity (copying, deleting) and the lists' arguments; recording and editing are in activity.inputs.ts. */
@InputType({
  description: 'A copy of an earlier activity as a template: a new draft with its programme, team, engagement, kind, title, duration, place, topic, areas and gminas (0 participants each).',
})
export class CopyActivityInput {
  @Field(() => UuidScalar)
  @Allow()
  activityId: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The day of the new one; today (Warsaw) when left out.',
  })
  @IsOptional()
  heldOn?: string | null;
}

@InputType()
export class DeleteActivityInput extends VersionedInput {
  @Field(() => UuidScalar)
  @Allow()
  id: string;
}

@ArgsType()
export class ActivitiesArgs extends ConnectionArgs {
  @Field(() => UuidScalar)
  @Allow()
  programmeId: string;

  @Field(() => UuidScalar, {
    nullable: true,
    description: "Only this regional team's (a consultant limited to a team gives theirs).",
  })
  @IsOptional()
  teamId?: string | null;

  @Field(() => UuidScalar, { nullable: true })
  @IsOptional()
  engagementId?: string | null;

  @Field(() => ActivityStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ActivityStatus)
  status?: ActivityStatus | null;

  @Field(() => ActivityKind, { nullable: true })
  @IsOptional()
  @IsEnum(ActivityKind)
  kind?: ActivityKind | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Held on this day or later.',
  })
  @IsOptional()
  from?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Held on this day or earlier.',
  })
  @IsOptional()
  to?: string | null;
}
