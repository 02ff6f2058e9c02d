import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ConnectionArgs } from '@wspolnie/platform-pagination';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { PartnershipStage } from './partnership-stage';

@InputType({ description: 'All given conditions must hold.' })
export class PartnershipFilter {
  @Field(() => String, { nullable: true, description: 'Only partnerships this gmina (TERC code) belongs to.' })
  @IsOptional()
  @IsString()
  gminaTerc?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only partnerships working on this thematic area.' })
  @IsOptional()
  @IsUUID('all', { message: 'thematicAreaId must be a thematic area id' })
  thematicAreaId?: string | null;

  @Field(() => PartnershipStage, { nullable: true })
  @IsOptional()
  @IsEnum(PartnershipStage)
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
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'id must be a partnership id' })
  id?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  slug?: string | null;
}
