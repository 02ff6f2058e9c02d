import { errorMessage } from '@wspolnie/platform-errors';
import { AtMostItems, EmailAddress, ExpectedVersion, IfPresent, NonBlankText, Text, UuidScalar, withMessage } from '@wspolnie/platform-graphql';
import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { Allow, IsEnum, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { NewMemberInput } from '../member/member.inputs';
import { partnershipsMessage } from '../partnerships-messages';
import { PartnershipStage } from './partnership-stage';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const slugRule = () => withMessage(partnershipsMessage('input.slug', { field: 'slug' }));

@InputType()
export class CreatePartnershipInput {
  @Field()
  @NonBlankText('name', 200)
  name: string;

  @Field()
  @IsString(slugRule())
  @Matches(SLUG, slugRule())
  @MaxLength(60, slugRule())
  @Matches(/^.{2,}$/, slugRule())
  slug: string;

  @Field(() => String, { defaultValue: '' })
  @Text('description', 5000)
  description = '';

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text('hostOrganisation', 200)
  hostOrganisation?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text('programme', 200)
  programme?: string | null;

  @Field(() => PartnershipStage, { defaultValue: PartnershipStage.FORMATION })
  @IsEnum(PartnershipStage, withMessage(errorMessage('invalidValue', { field: 'stage' })))
  stage: PartnershipStage = PartnershipStage.FORMATION;

  @Field(() => [NewMemberInput], { defaultValue: [] })
  @AtMostItems('members', 200)
  @ValidateNested({ each: true })
  @Type(() => NewMemberInput)
  members: NewMemberInput[] = [];

  @Field(() => String, { nullable: true, description: 'Who will coordinate it: they are sent an invitation (it cannot be you).' })
  @IsOptional()
  @EmailAddress('firstCoordinatorEmail')
  firstCoordinatorEmail?: string | null;

  @Field(() => [UuidScalar], { defaultValue: [], description: 'Thematic areas from the standard catalogue.' })
  @AtMostItems('thematicAreaIds', 50)
  thematicAreaIds: string[] = [];
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdatePartnershipInput {
  @Field(() => UuidScalar)
  @Allow() // the scalar has checked it; this keeps it past the validation pipe's whitelist
  id: string;

  @ExpectedVersion('The version you last saw; a stale one answers CONFLICT and changes nothing.')
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @IfPresent()
  @NonBlankText('name', 200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IfPresent()
  @IsString(slugRule())
  @Matches(SLUG, slugRule())
  @Matches(/^.{2,60}$/, slugRule())
  slug?: string;

  @Field(() => String, { nullable: true })
  @IfPresent()
  @Text('description', 5000)
  description?: string;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @Text('hostOrganisation', 200)
  hostOrganisation?: string | null;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @Text('programme', 200)
  programme?: string | null;

  @Field(() => PartnershipStage, { nullable: true })
  @IfPresent()
  @IsEnum(PartnershipStage, withMessage(errorMessage('required', { field: 'stage' })))
  stage?: PartnershipStage;
}
