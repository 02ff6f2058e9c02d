import { Field, InputType } from '@nestjs/graphql';
import { UuidScalar, VersionedInput } from '@wspolnie/platform-graphql';
import { Allow, IsEnum } from 'class-validator';
import { Choice } from '../council-enums';

@InputType()
export class OpenVoteInput {
  @Field(() => UuidScalar, { description: 'The agenda item whose motion is put to a vote.' })
  @Allow() // checked by the scalar
  agendaItemId: string;
}

@InputType()
export class CastBallotInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  voteId: string;

  @Field(() => Choice)
  @IsEnum(Choice)
  choice: Choice;
}

@InputType()
export class VoteVersionInput extends VersionedInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  voteId: string;
}
