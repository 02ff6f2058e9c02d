import { Field, InputType } from '@nestjs/graphql';
import type { Pln } from '@wspolnie/kernel';
import { AtMostItems, EmailAddress, IfPresent, LocalDateScalar, NonBlankText, PlnScalar, UuidScalar, VersionedInput, withMessage } from '@wspolnie/platform-graphql';
import { Type } from 'class-transformer';
import { Allow, IsEnum, IsOptional, Matches, ValidateNested } from 'class-validator';
import { advisoryMessage } from '../advisory-messages';
import { OperatorKind, ProgrammeRole, TopicKind } from './programme-enums';

const VOIVODESHIP_CODE = /^(02|04|06|08|10|12|14|16|18|20|22|24|26|28|30|32)$/;

@InputType()
export class TeamInput {
  @Field()
  @NonBlankText('name', 200)
  name: string;

  @Field(() => String, { nullable: true, description: 'TERC code of the voivodeship it serves, e.g. "32".' })
  @IsOptional()
  @Matches(VOIVODESHIP_CODE, withMessage(advisoryMessage('voivodeshipCode')))
  voivodeshipCode?: string | null;
}

@InputType()
export class CreateProgrammeInput {
  @Field()
  @NonBlankText('name', 200)
  name: string;

  @Field(() => OperatorKind)
  @IsEnum(OperatorKind)
  operatorKind: OperatorKind;

  @Field()
  @NonBlankText('operatorName', 200)
  operatorName: string;

  @Field(() => LocalDateScalar)
  @Allow() // checked by the scalar
  startsOn: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @Allow()
  endsOn?: string | null;

  @Field(() => PlnScalar, { nullable: true })
  @Allow()
  totalValue?: Pln | null;

  @Field(() => PlnScalar, { nullable: true })
  @Allow()
  euContribution?: Pln | null;

  @Field(() => [String], { defaultValue: [], description: 'Training modules, in order (Regiony Rewitalizacji has four mandatory ones).' })
  @AtMostItems('modules', 30)
  @NonBlankText('modules', 300, { each: true })
  modules: string[] = [];

  @Field(() => [String], { defaultValue: [] })
  @AtMostItems('additionalTopics', 100)
  @NonBlankText('additionalTopics', 300, { each: true })
  additionalTopics: string[] = [];

  @Field(() => [TeamInput], { defaultValue: [], description: 'Regional teams, e.g. one per marshal office.' })
  @AtMostItems('teams', 50)
  @ValidateNested({ each: true })
  @Type(() => TeamInput)
  teams: TeamInput[] = [];

  @Field({ description: 'The e-mail of the person who manages it (an existing account).' })
  @EmailAddress('managerEmail')
  managerEmail: string;
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateProgrammeInput extends VersionedInput {
  @Field(() => UuidScalar)
  @Allow()
  id: string;

  @Field(() => String, { nullable: true })
  @IfPresent()
  @NonBlankText('name', 200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IfPresent()
  @NonBlankText('operatorName', 200)
  operatorName?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @Allow()
  startsOn?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'null: open-ended.' })
  @Allow()
  endsOn?: string | null;

  @Field(() => PlnScalar, { nullable: true })
  @Allow()
  totalValue?: Pln | null;

  @Field(() => PlnScalar, { nullable: true })
  @Allow()
  euContribution?: Pln | null;
}

@InputType()
export class AddProgrammeTopicInput {
  @Field(() => UuidScalar)
  @Allow()
  programmeId: string;

  @Field(() => TopicKind)
  @IsEnum(TopicKind)
  kind: TopicKind;

  @Field()
  @NonBlankText('name', 300)
  name: string;
}

@InputType()
export class AddProgrammeTeamInput extends TeamInput {
  @Field(() => UuidScalar)
  @Allow()
  programmeId: string;
}

@InputType()
export class GrantProgrammeRoleInput {
  @Field(() => UuidScalar)
  @Allow()
  programmeId: string;

  @Field({ description: 'The e-mail of an existing account.' })
  @EmailAddress('email')
  email: string;

  @Field(() => ProgrammeRole)
  @IsEnum(ProgrammeRole)
  role: ProgrammeRole;

  @Field(() => UuidScalar, { nullable: true, description: 'Limits a consultant to one regional team of the programme.' })
  @Allow()
  teamId?: string | null;
}

@InputType()
export class RevokeProgrammeRoleInput {
  @Field(() => UuidScalar)
  @Allow()
  programmeId: string;

  @Field(() => UuidScalar)
  @Allow()
  userId: string;
}
