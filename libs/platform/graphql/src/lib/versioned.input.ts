import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, Min } from 'class-validator';

/** Base of every input that changes something carrying a version (optimistic concurrency). */
@InputType({ isAbstract: true })
export abstract class VersionedInput {
  @Field(() => Int, { description: 'The version you last saw; a stale one answers CONFLICT, with the current state, and changes nothing.' })
  @IsInt()
  @Min(1, { message: 'expectedVersion must be 1 or more' })
  expectedVersion: number;
}
