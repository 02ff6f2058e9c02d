import { IfPresent, NonBlankText, Text } from '@wspolnie/platform-graphql';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEmail, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { NewMemberInput } from '../member/member.inputs';
import { PartnershipStage } from './partnership-stage';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SLUG_MESSAGE = 'slug must be 2 to 60 lower-case letters, digits and single hyphens, e.g. "beskidy-6"';
@InputType()
export class CreatePartnershipInput {
  @Field()
  @NonBlankText('name', 200)
  name: string;

  @Field()
  @IsString()
  @Matches(SLUG, { message: SLUG_MESSAGE })
  @MaxLength(60, { message: SLUG_MESSAGE })
  @Matches(/^.{2,}$/, { message: SLUG_MESSAGE })
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
  @IsEnum(PartnershipStage)
  stage: PartnershipStage = PartnershipStage.FORMATION;

  @Field(() => [NewMemberInput], { defaultValue: [] })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => NewMemberInput)
  members: NewMemberInput[] = [];

  @Field(() => String, { nullable: true, description: 'Who will coordinate it: they are sent an invitation (it cannot be you).' })
  @IsOptional()
  @IsEmail({}, { message: 'firstCoordinatorEmail must be an e-mail address' })
  firstCoordinatorEmail?: string | null;

  @Field(() => [ID], { defaultValue: [], description: 'Thematic areas from the standard catalogue.' })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'thematicAreaIds must hold thematic area ids' })
  thematicAreaIds: string[] = [];
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdatePartnershipInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a partnership id' })
  id: string;

  @Field(() => Int, { description: 'The version you last saw; a stale one answers CONFLICT and changes nothing.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @IfPresent()
  @NonBlankText('name', 200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IfPresent()
  @IsString({ message: SLUG_MESSAGE })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  @Matches(/^.{2,60}$/, { message: SLUG_MESSAGE })
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
  @IsEnum(PartnershipStage, { message: 'stage must not be null' })
  stage?: PartnershipStage;
}
