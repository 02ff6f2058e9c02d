import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { GminaType } from '@wspolnie/kernel';
import { ConnectionArgs } from '@wspolnie/platform-pagination';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';

@InputType({ description: 'All given conditions must hold.' })
export class GminaFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Start of the name or of any word in it; case and diacritics are ignored ("wegierska", "gorka").',
  })
  @IsOptional()
  @IsString()
  @Length(1, 100, { message: 'search must be 1 to 100 characters long' })
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Two-digit TERC code of a voivodeship, e.g. "24".' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'voivodeshipCode must be two digits, e.g. "24"' })
  voivodeshipCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Four-digit TERC code of a powiat, e.g. "2417".' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'powiatCode must be four digits, e.g. "2417"' })
  powiatCode?: string | null;

  @Field(() => GminaType, { nullable: true })
  @IsOptional()
  @IsEnum(GminaType)
  type?: GminaType | null;
}

@ArgsType()
export class GminasArgs extends ConnectionArgs {
  @Field(() => GminaFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => GminaFilter)
  filter?: GminaFilter | null;
}
