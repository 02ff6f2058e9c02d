import { Allow, ArrayMaxSize, IsInt, IsOptional, Min } from 'class-validator';
import { NonBlankText, Text, UuidScalar } from '@wspolnie/platform-graphql';
import { Field, InputType, Int } from '@nestjs/graphql';
import { expectedVersionRule, listRule } from '../input-rules';

@InputType({ description: 'Replaces the partnership\'s thematic areas with exactly these.' })
export class SetPartnershipThematicAreasInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  partnershipId: string;

  @Field(() => [UuidScalar], { description: 'Standard areas, or areas this partnership added.' })
  @ArrayMaxSize(50, listRule('thematicAreaIds', 50))
  thematicAreaIds: string[];

  @Field(() => Int, { description: 'The partnership version you last saw.' })
  @IsInt(expectedVersionRule())
  @Min(1, expectedVersionRule())
  expectedVersion: number;
}

@InputType({ description: 'A thematic area of the partnership\'s own; it is added to its areas.' })
export class AddOwnThematicAreaInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  partnershipId: string;

  @Field()
  @NonBlankText('namePl', 120)
  namePl: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text('nameEn', 120)
  nameEn?: string | null;
}
