import { Field, InputType } from '@nestjs/graphql';
import type { Pln } from '@wspolnie/kernel';
import { errorMessage } from '@wspolnie/platform-errors';
import { IfPresent, LocalDateScalar, NonBlankText, PlnScalar, Text, UuidScalar, VersionedInput, withMessage } from '@wspolnie/platform-graphql';
import { Type } from 'class-transformer';
import { Allow, ArrayMaxSize, IsEnum, IsOptional, IsString, Matches, ValidateNested } from 'class-validator';
import { FundingProgramme } from '../budget/project-funding.entity';
import { ParticipantRole } from '../budget/project-participant.entity';
import { ProjectStage } from '../pipeline/project-stage';
import { IndicatorKind } from './project-indicator.entity';
import { ProjectReadiness } from './project-readiness';
import { projectsMessage } from '../projects-messages';

@InputType()
export class ParticipantInput {
  @Field({ description: 'TERC code of a member gmina of the partnership.' })
  @IsString()
  gminaTerc: string;

  @Field(() => ParticipantRole, { defaultValue: ParticipantRole.PARTNER })
  @IsEnum(ParticipantRole)
  role: ParticipantRole = ParticipantRole.PARTNER;

  @Field(() => PlnScalar)
  @Allow() // already checked by the PLN scalar
  costShare: Pln;
}

@InputType()
export class FundingInput {
  @Field(() => FundingProgramme)
  @IsEnum(FundingProgramme)
  programme: FundingProgramme;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text('note', 300)
  note?: string | null;

  @Field(() => PlnScalar)
  @Allow()
  amount: Pln;

  @Field(() => String, { nullable: true, description: 'Percent, e.g. "85".' })
  @IsOptional()
  @IsString()
  coFinancingRate?: string | null;
}

@InputType({ description: 'The whole budget: total cost, every participant\'s share (adding up to the total) and the funding.' })
export class BudgetInput {
  @Field(() => PlnScalar)
  @Allow()
  totalCost: Pln;

  @Field(() => [ParticipantInput])
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ParticipantInput)
  participants: ParticipantInput[];

  @Field(() => [FundingInput], { defaultValue: [] })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => FundingInput)
  funding: FundingInput[] = [];
}

@InputType()
export class CreateProjectInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  partnershipId: string;

  @Field()
  @NonBlankText('title', 200)
  title: string;

  @Field(() => String, { defaultValue: '' })
  @Text('summary', 10000)
  summary = '';

  @Field(() => UuidScalar, { nullable: true })
  @IsOptional()
  thematicAreaId?: string | null;

  @Field(() => ProjectReadiness, { defaultValue: ProjectReadiness.IDEA })
  @IsEnum(ProjectReadiness)
  readiness: ProjectReadiness = ProjectReadiness.IDEA;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  startsOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  endsOn?: string | null;

  @Field(() => BudgetInput)
  @ValidateNested()
  @Type(() => BudgetInput)
  budget: BudgetInput;
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateProjectInput extends VersionedInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  id: string;

  @Field(() => String, { nullable: true })
  @IfPresent()
  @NonBlankText('title', 200)
  title?: string;

  @Field(() => String, { nullable: true })
  @IfPresent()
  @Text('summary', 10000)
  summary?: string;

  @Field(() => ProjectReadiness, { nullable: true })
  @IfPresent()
  @IsEnum(ProjectReadiness, withMessage(errorMessage('required', { field: 'readiness' })))
  readiness?: ProjectReadiness;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  startsOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  endsOn?: string | null;

  @Field(() => UuidScalar, { nullable: true })
  @IsOptional()
  thematicAreaId?: string | null;
}

/** Names the project a change is for, at the version the client saw. */
@InputType({ isAbstract: true })
abstract class ProjectChange extends VersionedInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  projectId: string;
}

@InputType()
export class SetProjectBudgetInput extends ProjectChange {
  @Field(() => BudgetInput)
  @ValidateNested()
  @Type(() => BudgetInput)
  budget: BudgetInput;
}

/** What numeric(16,3) stores: up to 13 digits before the point and 3 after. */
const QUANTITY = /^-?\d{1,13}(\.\d{1,3})?$/;

@InputType()
export class IndicatorInput {
  @Field(() => IndicatorKind)
  @IsEnum(IndicatorKind)
  kind: IndicatorKind;

  @Field()
  @NonBlankText('name', 300)
  name: string;

  @Field()
  @NonBlankText('unit', 40)
  unit: string;

  @Field(() => String, { nullable: true, description: 'A decimal number as a string, e.g. "0".' })
  @IsOptional()
  @Matches(QUANTITY, withMessage(projectsMessage('indicator.baseline')))
  baseline?: string | null;

  @Field(() => String, { nullable: true, description: 'A decimal number as a string, e.g. "40".' })
  @IsOptional()
  @Matches(QUANTITY, withMessage(projectsMessage('indicator.target')))
  target?: string | null;
}

@InputType({ description: 'Replaces the project\'s indicators with exactly these.' })
export class SetProjectIndicatorsInput extends ProjectChange {
  @Field(() => [IndicatorInput])
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => IndicatorInput)
  indicators: IndicatorInput[];
}

@InputType()
export class MoveProjectInput extends ProjectChange {
  @Field(() => ProjectStage)
  @IsEnum(ProjectStage)
  to: ProjectStage;

  @Field(() => String, { defaultValue: '', description: 'Why: a council resolution, a call result…' })
  @Text('reason', 2000)
  reason = '';
}
