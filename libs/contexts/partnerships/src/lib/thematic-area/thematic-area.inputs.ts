import { Allow, IsOptional } from 'class-validator';
import { AtMostItems, ExpectedVersion, NonBlankText, Text, UuidScalar } from '@wspolnie/platform-graphql';
import { Field, InputType } from '@nestjs/graphql';

@InputType({ description: 'Replaces the partnership\'s thematic areas with exactly these.' })
export class SetPartnershipThematicAreasInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  partnershipId: string;

  @Field(() => [UuidScalar], { description: 'Standard areas, or areas this partnership added.' })
  @AtMostItems('thematicAreaIds', 50)
  thematicAreaIds: string[];

  @ExpectedVersion('The partnership version you last saw.')
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
