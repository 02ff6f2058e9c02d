import { applyDecorators } from '@nestjs/common';
import { Field, InputType } from '@nestjs/graphql';
import { AtMostItems, IfPresent, NonBlankText, Text, UuidScalar, VersionedInput } from '@wspolnie/platform-graphql';
import { ProjectStage } from '@wspolnie/projects';
import { Allow, IsEnum, IsOptional } from 'class-validator';
import { DecisionKind } from '../council-enums';

export const AGENDA_LIMITS = { description: 10_000, motionText: 20_000, items: 100 } as const;

const Description = () =>
  applyDecorators(
    Field(() => String, { nullable: true, description: 'Markdown.' }),
    IsOptional(),
    Text('description', AGENDA_LIMITS.description),
  );
const Project = () =>
  applyDecorators(
    Field(() => UuidScalar, { nullable: true, description: 'A joint project of the partnership the item is about.' }),
    IsOptional(),
  );
const Plan = () =>
  applyDecorators(
    Field(() => UuidScalar, { nullable: true, description: 'A plan of the partnership the item is about.' }),
    IsOptional(),
  );
const Motion = () =>
  applyDecorators(
    Field(() => String, { nullable: true, description: 'The text of the resolution put to a vote (projekt uchwały); null when the item is not voted on.' }),
    IsOptional(),
    NonBlankText('motionText', AGENDA_LIMITS.motionText),
  );
const Stage = () =>
  applyDecorators(
    Field(() => ProjectStage, { nullable: true, description: 'For MOVE_PROJECT: the stage the project moves to.' }),
    IsOptional(),
    IsEnum(ProjectStage),
  );

@InputType({
  description: 'A decision needs its target and a motion: MOVE_PROJECT a projectId and decisionStage, ADOPT_PLAN a planId, APPROVE_COST_SHARES a projectId (its shares are taken as they are now).',
})
export class AddAgendaItemInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  meetingId: string;

  @Field()
  @NonBlankText('title', 300)
  title: string;

  @Description()
  description?: string | null;

  @Project()
  projectId?: string | null;

  @Plan()
  planId?: string | null;

  @Motion()
  motionText?: string | null;

  @Field(() => DecisionKind, { defaultValue: DecisionKind.NONE })
  @IsEnum(DecisionKind)
  decisionKind: DecisionKind = DecisionKind.NONE;

  @Stage()
  decisionStage?: ProjectStage | null;
}

@InputType({ description: 'Fields left out stay as they are; description, projectId, planId, motionText and decisionStage sent as null are cleared.' })
export class UpdateAgendaItemInput extends VersionedInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  id: string;

  @Field(() => String, { nullable: true })
  @IfPresent()
  @NonBlankText('title', 300)
  title?: string;

  @Description()
  description?: string | null;

  @Project()
  projectId?: string | null;

  @Plan()
  planId?: string | null;

  @Motion()
  motionText?: string | null;

  @Field(() => DecisionKind, { nullable: true })
  @IfPresent()
  @IsEnum(DecisionKind)
  decisionKind?: DecisionKind;

  @Stage()
  decisionStage?: ProjectStage | null;
}

@InputType()
export class RemoveAgendaItemInput extends VersionedInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  id: string;
}

@InputType()
export class ReorderAgendaInput extends VersionedInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  meetingId: string;

  @Field(() => [UuidScalar], { description: 'Every item of the agenda, each once, in the new order.' })
  @AtMostItems('itemIds', AGENDA_LIMITS.items)
  itemIds: string[];
}
