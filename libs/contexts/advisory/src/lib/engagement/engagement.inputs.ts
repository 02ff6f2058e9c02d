import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { PartnershipStage } from '@wspolnie/partnerships';
import { errorMessage } from '@wspolnie/platform-errors';
import { AtMostItems, IfPresent, LocalDateScalar, NonBlankText, UuidScalar, VersionedInput, withMessage } from '@wspolnie/platform-graphql';
import { ConnectionArgs } from '@wspolnie/platform-pagination';
import { Allow, IsEnum, IsOptional, IsString } from 'class-validator';

const GMINAS_AT_MOST = 500;
const CONSULTANTS_AT_MOST = 50;

@InputType()
export class CreateEngagementInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  programmeId: string;

  @Field(() => UuidScalar, {
    nullable: true,
    description: 'The regional team of the programme it falls to; a consultant limited to a team must give theirs.',
  })
  @Allow()
  teamId?: string | null;

  @Field(() => UuidScalar, {
    nullable: true,
    description: 'The partnership supported, if the support is of one. Without gminaTercs, its member gminas are the gminas supported.',
  })
  @Allow()
  partnershipId?: string | null;

  @Field(() => [String], {
    defaultValue: [],
    description: 'TERC codes of the gminas supported.',
  })
  @AtMostItems('gminaTercs', GMINAS_AT_MOST)
  @IsString(
    withMessage(errorMessage('required', { field: 'gminaTercs' }), {
      each: true,
    }),
  )
  gminaTercs: string[] = [];

  @Field(() => [UuidScalar], {
    defaultValue: [],
    description: 'People holding a role in the programme who work on it.',
  })
  @AtMostItems('consultantIds', CONSULTANTS_AT_MOST)
  consultantIds: string[] = [];

  @Field()
  @NonBlankText('title', 200)
  title: string;

  @Field(() => PartnershipStage, {
    description: 'The stage of CWD support it is at.',
  })
  @IsEnum(PartnershipStage)
  stage: PartnershipStage;

  @Field(() => LocalDateScalar)
  @Allow()
  startsOn: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @Allow()
  endsOn?: string | null;
}

@InputType({
  description: 'Fields left out stay as they are; gminaTercs and consultantIds replace the lists.',
})
export class UpdateEngagementInput extends VersionedInput {
  @Field(() => UuidScalar)
  @Allow()
  id: string;

  @Field(() => String, { nullable: true })
  @IfPresent()
  @NonBlankText('title', 200)
  title?: string;

  @Field(() => PartnershipStage, { nullable: true })
  @IfPresent()
  @IsEnum(PartnershipStage, withMessage(errorMessage('required', { field: 'stage' })))
  stage?: PartnershipStage;

  @Field(() => LocalDateScalar, { nullable: true })
  @IfPresent()
  @IsString(withMessage(errorMessage('required', { field: 'startsOn' })))
  startsOn?: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'null: open-ended.',
  })
  @Allow()
  endsOn?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'With a partnership, [] means its member gminas as they are now.',
  })
  @IfPresent()
  @AtMostItems('gminaTercs', GMINAS_AT_MOST)
  @IsString(
    withMessage(errorMessage('required', { field: 'gminaTercs' }), {
      each: true,
    }),
  )
  gminaTercs?: string[];

  @Field(() => [UuidScalar], { nullable: true })
  @IfPresent()
  @AtMostItems('consultantIds', CONSULTANTS_AT_MOST)
  consultantIds?: string[];
}

@ArgsType()
export class EngagementsArgs extends ConnectionArgs {
  @Field(() => UuidScalar)
  @Allow()
  programmeId: string;

  @Field(() => UuidScalar, {
    nullable: true,
    description: 'Only the engagements of this regional team (a consultant limited to a team gives theirs).',
  })
  @IsOptional()
  teamId?: string | null;
}
