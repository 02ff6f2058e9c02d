import { Field, InputType, Int } from '@nestjs/graphql';
import { errorMessage } from '@wspolnie/platform-errors';
import { IfPresent, NonBlankText, Text, UuidScalar, VersionedInput, withMessage } from '@wspolnie/platform-graphql';
import { Allow, IsInt, IsOptional, IsString, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { COMMENT_LIMIT } from '@wspolnie/discussion';


@InputType({ description: 'A passage of the section\'s body: its exact text and where it is (UTF-16 offsets, as JavaScript and the browser\'s selection count them; end excluded).' })
export class QuoteInput {
  @Field()
  @NonBlankText('quote.text', 2000)
  text: string;

  @Field(() => Int)
  @IsInt(withMessage(errorMessage('required', { field: 'quote.start' })))
  @Min(0, withMessage(errorMessage('required', { field: 'quote.start' })))
  start: number;

  @Field(() => Int)
  @IsInt(withMessage(errorMessage('required', { field: 'quote.end' })))
  @Min(1, withMessage(errorMessage('required', { field: 'quote.end' })))
  end: number;
}

@InputType({ description: 'Starts a thread on a section of a revision (normally the latest; a thread started on an older one is carried to the latest at once).' })
export class CommentOnPlanInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  planId: string;

  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  revisionId: string;

  @Field({ description: 'The section key ("s3").' })
  @IsString(withMessage(errorMessage('required', { field: 'sectionKey' })))
  @NonBlankText('sectionKey', 20)
  sectionKey: string;

  @Field(() => QuoteInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuoteInput)
  quote?: QuoteInput | null;

  @Field({ description: `At most ${COMMENT_LIMIT} characters; mention people of the partnership as @[Name](their id).` })
  @NonBlankText('body', COMMENT_LIMIT)
  body: string;
}

@InputType()
export class ReplyToCommentInput {
  @Field(() => UuidScalar, { description: 'The comment answered; the reply goes to its thread.' })
  @Allow() // checked by the scalar
  commentId: string;

  @Field()
  @NonBlankText('body', COMMENT_LIMIT)
  body: string;
}

@InputType()
export class ResolveThreadInput extends VersionedInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  id: string;

  @Field(() => String, { nullable: true, description: 'The decision: "przyjęto", "odrzucono, ponieważ…", "zmieniono w wersji 4"; at most 2000 characters.' })
  @IfPresent()
  @Text('note', 2000)
  note?: string | null;
}
