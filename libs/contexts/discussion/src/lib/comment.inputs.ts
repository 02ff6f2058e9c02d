import { Field, InputType } from '@nestjs/graphql';
import { NonBlankText, UuidScalar, VersionedInput } from '@wspolnie/platform-graphql';
import { Allow } from 'class-validator';

/** A comment's text: Markdown, at most this many characters. Mentions are written @[Name](person id). */
export const COMMENT_LIMIT = 5000;

@InputType()
export class EditCommentInput extends VersionedInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  id: string;

  @Field()
  @NonBlankText('body', COMMENT_LIMIT)
  body: string;
}

@InputType()
export class CommentVersionInput extends VersionedInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  id: string;
}
