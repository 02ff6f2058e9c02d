import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { errorMessage } from '@wspolnie/platform-errors';
import { IsInt, IsOptional, Min } from 'class-validator';
import { withMessage } from './input-rules';

/** The version a change is based on (optimistic concurrency): a whole number, 1 or more. */
export function ExpectedVersion(description = 'The version you last saw; a stale one answers CONFLICT, with the current state, and changes nothing.'): PropertyDecorator {
  const refusal = withMessage(errorMessage('expectedVersion'));
  return applyDecorators(Field(() => Int, { description }), IsInt(refusal), Min(1, refusal));
}

/** Base of every input that changes something carrying a version. */
@InputType({ isAbstract: true })
export abstract class VersionedInput {
  @ExpectedVersion()
  expectedVersion: number;
}

/** Arguments of every subscription that can resume from the last event a client received. */
@ArgsType()
export abstract class ResumableArgs {
  @Field(() => Int, { nullable: true, description: 'The last seq you saw: every later event comes first, in order, then live ones; 0 replays from the start. Without it, only changes committed after the subscription started.' })
  @IsOptional()
  @IsInt(withMessage(errorMessage('afterSeq')))
  @Min(0, withMessage(errorMessage('afterSeq')))
  afterSeq?: number | null;
}
