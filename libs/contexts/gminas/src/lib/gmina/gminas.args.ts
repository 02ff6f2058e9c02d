import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { GminaType } from '@wspolnie/kernel';
import { errorMessage } from '@wspolnie/platform-errors';
import { withMessage } from '@wspolnie/platform-graphql';
import { ConnectionArgs } from '@wspolnie/platform-pagination';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { gminasMessage } from '../gminas-messages';

@InputType({ description: 'All given conditions must hold.' })
export class GminaFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Start of the name or of any word in it; case and diacritics are ignored ("wegierska", "gorka").',
  })
  @IsOptional()
  @IsString(withMessage(errorMessage('textType', { field: 'search' })))
  @Length(1, 100, withMessage(gminasMessage('filter.searchLength', { field: 'search', max: 100 })))
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Two-digit TERC code of a voivodeship, e.g. "24".' })
  @IsOptional()
  @Matches(/^\d{2}$/, withMessage(gminasMessage('filter.voivodeshipCode', { field: 'voivodeshipCode' })))
  voivodeshipCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Four-digit TERC code of a powiat, e.g. "2417".' })
  @IsOptional()
  @Matches(/^\d{4}$/, withMessage(gminasMessage('filter.powiatCode', { field: 'powiatCode' })))
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
