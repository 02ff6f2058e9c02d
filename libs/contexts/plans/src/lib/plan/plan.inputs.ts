import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { errorMessage } from '@wspolnie/platform-errors';
import { AtMostItems, ExpectedVersion, IfPresent, LocalDateScalar, LONGEST_DOCUMENT, MaxCharacters, NonBlankText, UuidScalar, VersionedInput, withMessage } from '@wspolnie/platform-graphql';
import { ConnectionArgs } from '@wspolnie/platform-pagination';
import { Allow, IsEnum, IsOptional, IsString, Matches } from 'class-validator';
import { PlanKind, PlanStatus } from './plan-status';

/** A plan's whole text: a strategy runs to a hundred pages and more. */
export const MARKDOWN_LIMIT = LONGEST_DOCUMENT;

/** The text of a revision and what it changed. */
@InputType({ isAbstract: true })
abstract class RevisionText {
  @Field({ description: `The whole text as Markdown (at most ${MARKDOWN_LIMIT.toLocaleString('en')} characters). Keep each heading's {#key} to keep its section (and its comments).` })
  @IsString(withMessage(errorMessage('required', { field: 'markdown' })))
  @Matches(/\S/, withMessage(errorMessage('required', { field: 'markdown' })))
  @MaxCharacters(MARKDOWN_LIMIT, withMessage(errorMessage('tooLong', { field: 'markdown', max: MARKDOWN_LIMIT })))
  markdown: string;

  @Field({ description: 'What this revision changes, at most 500 characters.' })
  @NonBlankText('summary', 500)
  summary: string;
}

@InputType()
export class CreatePlanInput extends RevisionText {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  partnershipId: string;

  @Field()
  @NonBlankText('title', 200)
  title: string;

  @Field(() => PlanKind)
  @IsEnum(PlanKind)
  kind: PlanKind;

  @Field(() => [UuidScalar], { defaultValue: [], description: 'Joint projects of the partnership the plan is about.' })
  @AtMostItems('projectIds', 100)
  projectIds: string[] = [];
}

@InputType({ description: 'Fields left out stay as they are. authorIds and projectIds replace the lists.' })
export class UpdatePlanInput extends VersionedInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  id: string;

  @Field(() => String, { nullable: true })
  @IfPresent()
  @NonBlankText('title', 200)
  title?: string;

  @Field(() => PlanKind, { nullable: true })
  @IfPresent()
  @IsEnum(PlanKind, withMessage(errorMessage('required', { field: 'kind' })))
  kind?: PlanKind;

  @Field(() => [UuidScalar], { nullable: true, description: 'People with a role in the partnership who edit the plan with its coordinators.' })
  @IfPresent()
  @AtMostItems('authorIds', 50)
  authorIds?: string[];

  @Field(() => [UuidScalar], { nullable: true })
  @IfPresent()
  @AtMostItems('projectIds', 100)
  projectIds?: string[];
}

@InputType()
export class PublishPlanRevisionInput extends RevisionText {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  planId: string;

  @ExpectedVersion('The plan version you edited; a stale one (someone published meanwhile) answers CONFLICT, with the plan as it is now.')
  expectedVersion: number;
}

/** Names a plan at the version the client saw. */
@InputType()
export class PlanVersionInput extends VersionedInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  id: string;
}

@InputType()
export class OpenConsultationInput extends PlanVersionInput {
  @Field(() => LocalDateScalar, { nullable: true, description: 'The first day comments are taken (Warsaw); today when left out.' })
  @IsOptional()
  opensOn?: string | null;

  @Field(() => LocalDateScalar, { description: 'The last day comments are taken (Warsaw), included.' })
  @Allow() // checked by the scalar
  closesOn: string;
}

@InputType()
export class AdoptPlanInput extends PlanVersionInput {
  @Field({ description: 'The council resolution: "Uchwała nr 5/2026 Rady Partnerstwa".' })
  @NonBlankText('resolutionNumber', 100)
  resolutionNumber: string;

  @Field(() => LocalDateScalar)
  @Allow() // checked by the scalar
  adoptedOn: string;
}

@ArgsType()
export class PlansArgs extends ConnectionArgs {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  partnershipId: string;

  @Field(() => PlanStatus, { nullable: true })
  @IsOptional()
  @IsEnum(PlanStatus)
  status?: PlanStatus | null;
}
