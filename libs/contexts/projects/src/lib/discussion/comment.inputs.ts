import { Field, InputType } from '@nestjs/graphql';
import { COMMENT_LIMIT } from '@wspolnie/discussion';
import { NonBlankText, UuidScalar } from '@wspolnie/platform-graphql';
import { Allow, IsOptional } from 'class-validator';

@InputType({ description: 'A comment on a task; mention people of the partnership as @[Name](their id).' })
export class CommentOnTaskInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  taskId: string;

  @Field({ description: `At most ${COMMENT_LIMIT} characters of Markdown.` })
  @NonBlankText('body', COMMENT_LIMIT)
  body: string;

  @Field(() => UuidScalar, { nullable: true, description: 'A comment on the same task this one answers.' })
  @IsOptional()
  inReplyToId?: string | null;
}

@InputType({ description: 'A comment on a project; mention people of the partnership as @[Name](their id).' })
export class CommentOnProjectInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  projectId: string;

  @Field({ description: `At most ${COMMENT_LIMIT} characters of Markdown.` })
  @NonBlankText('body', COMMENT_LIMIT)
  body: string;

  @Field(() => UuidScalar, { nullable: true, description: 'A comment on the same project this one answers.' })
  @IsOptional()
  inReplyToId?: string | null;
}
