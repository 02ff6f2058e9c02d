import { NonBlankText, Text } from '@wspolnie/platform-graphql';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Min } from 'class-validator';

@InputType({ description: 'Replaces the partnership\'s thematic areas with exactly these.' })
export class SetPartnershipThematicAreasInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnershipId must be a partnership id' })
  partnershipId: string;

  @Field(() => [ID], { description: 'Standard areas, or areas this partnership added.' })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'thematicAreaIds must hold thematic area ids' })
  thematicAreaIds: string[];

  @Field(() => Int, { description: 'The partnership version you last saw.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

@InputType({ description: 'A thematic area of the partnership\'s own; it is added to its areas.' })
export class AddOwnThematicAreaInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnershipId must be a partnership id' })
  partnershipId: string;

  @Field()
  @NonBlankText('namePl', 120)
  namePl: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text('nameEn', 120)
  nameEn?: string | null;
}
