import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { errorMessage } from '@wspolnie/platform-errors';
import { UuidScalar, withMessage } from '@wspolnie/platform-graphql';
import { ConnectionArgs } from '@wspolnie/platform-pagination';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, ValidateNested } from 'class-validator';
import { PartnershipStage } from './partnership-stage';

@InputType({ description: 'All given conditions must hold.' })
export class PartnershipFilter {
  @Field(() => String, { nullable: true, description: 'Only partnerships this gmina (TERC code) belongs to.' })
  @IsOptional()
  @IsString(withMessage(errorMessage('textType', { field: 'gminaTerc' })))
  gminaTerc?: string | null;

  @Field(() => UuidScalar, { nullable: true, description: 'Only partnerships working on this thematic area.' })
  @IsOptional()
  thematicAreaId?: string | null;

  @Field(() => PartnershipStage, { nullable: true })
  @IsOptional()
  @IsEnum(PartnershipStage, withMessage(errorMessage('invalidValue', { field: 'stage' })))
  stage?: PartnershipStage | null;
}

@ArgsType()
export class PartnershipsArgs extends ConnectionArgs {
  @Field(() => PartnershipFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PartnershipFilter)
  filter?: PartnershipFilter | null;
}

@ArgsType()
export class PartnershipLookupArgs {
  @Field(() => UuidScalar, { nullable: true })
  @IsOptional()
  id?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString(withMessage(errorMessage('textType', { field: 'slug' })))
  slug?: string | null;
}
