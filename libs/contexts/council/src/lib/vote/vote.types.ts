import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('VoteTally', { description: 'The count of a vote: while it is open, so far; once closed, as recorded.' })
export class VoteTallyType {
  @Field(() => Int)
  for: number;

  @Field(() => Int)
  against: number;

  @Field(() => Int)
  abstain: number;

  @Field(() => Int, { description: 'Member gminas that voted.' })
  cast: number;

  @Field(() => Int, { description: 'Member gminas that did not vote (yet).' })
  notVoted: number;
}
