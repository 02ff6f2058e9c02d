import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { LocalDateScalar, NonBlankText, UuidScalar } from '@wspolnie/platform-graphql';
import { ConnectionArgs } from '@wspolnie/platform-pagination';
import { Allow, IsOptional, IsString } from 'class-validator';

@InputType()
export class AddFollowUpInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  activityId: string;

  @Field({ description: 'What is left to do, at most 2,000 characters.' })
  @NonBlankText('description', 2000)
  description: string;
}

@InputType({
  description: 'Turns a follow-up into a task of a joint project of a partnership the activity supported.',
})
export class TurnFollowUpIntoTaskInput {
  @Field(() => UuidScalar)
  @Allow()
  followUpId: string;

  @Field(() => UuidScalar, {
    description: 'A project of a partnership supported; you must be allowed to add tasks to it.',
  })
  @Allow()
  projectId: string;

  @Field(() => UuidScalar, { nullable: true })
  @IsOptional()
  assigneeId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  dueOn?: string | null;
}

@ArgsType()
export class PartnershipSupportArgs extends ConnectionArgs {
  @Field(() => UuidScalar)
  @Allow()
  partnershipId: string;
}

@ArgsType()
export class GminaSupportArgs extends ConnectionArgs {
  @Field({ description: 'TERC code of the gmina, e.g. "2417112".' })
  @IsString()
  terc: string;
}
