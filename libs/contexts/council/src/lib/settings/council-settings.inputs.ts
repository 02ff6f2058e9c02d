import { Field, InputType, Int } from '@nestjs/graphql';
import { IfPresent, UuidScalar } from '@wspolnie/platform-graphql';
import { ProjectStage } from '@wspolnie/projects';
import { Allow, ArrayMaxSize, IsEnum, IsInt, Min } from 'class-validator';
import { QuorumRule, VotingRule } from '../council-enums';

@InputType({ description: 'Fields left out stay as they are; stagesNeedingResolution replaces the list.' })
export class UpdateCouncilSettingsInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  partnershipId: string;

  @Field(() => Int, { description: "The settings' version as read (0 while they are the defaults)." })
  @IsInt()
  @Min(0)
  expectedVersion: number;

  @Field(() => QuorumRule, { nullable: true })
  @IfPresent()
  @IsEnum(QuorumRule)
  quorumRule?: QuorumRule;

  @Field(() => VotingRule, { nullable: true })
  @IfPresent()
  @IsEnum(VotingRule)
  votingRule?: VotingRule;

  @Field(() => [ProjectStage], { nullable: true })
  @IfPresent()
  @ArrayMaxSize(Object.keys(ProjectStage).length)
  @IsEnum(ProjectStage, { each: true })
  stagesNeedingResolution?: ProjectStage[];
}
