import { Field, InputType, Int } from '@nestjs/graphql';
import { DateTimeScalar, EmailAddress, NonBlankText, UuidScalar, withMessage } from '@wspolnie/platform-graphql';
import { errorMessage } from '@wspolnie/platform-errors';
import { Transform } from 'class-transformer';
import { Allow, IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { registrationMessage } from './registration-messages';

const CAPACITY = withMessage(registrationMessage('capacityRange'));

@InputType()
export class OpenActivityRegistrationInput {
  @Field(() => UuidScalar, { description: 'A seminar, conference or educational meeting.' })
  @Allow() // checked by the scalar
  activityId: string;

  @Field(() => Int, { nullable: true, description: 'Seats for confirmed registrations (1–100000); null: no limit; left out: as it is (no limit when first opened). Waitlisted people move up when it grows.' })
  @IsOptional()
  @IsInt(CAPACITY)
  @Min(1, CAPACITY)
  @Max(100_000, CAPACITY)
  capacity?: number | null;

  @Field(() => DateTimeScalar, { description: 'Registration closes at this moment (in the future).' })
  @Allow()
  closesAt: Date;
}

@InputType()
export class ActivityRegistrationTarget {
  @Field(() => UuidScalar)
  @Allow()
  activityId: string;
}

@InputType()
export class RegisterForActivityInput {
  @Field(() => UuidScalar)
  @Allow()
  activityId: string;

  @Field({ description: 'TERC code of the gmina you register on behalf of, e.g. "2417112".' })
  @IsString(withMessage(errorMessage('textType', { field: 'gminaTerc' })))
  gminaTerc: string;

  @Field(() => Boolean, { defaultValue: false, description: 'When every seat is taken: put me on the waiting list instead of refusing.' })
  @IsBoolean()
  joinWaitingList = false;
}

@InputType()
export class RegisterPubliclyInput extends RegisterForActivityInput {
  @Field()
  @NonBlankText('name', 200)
  name: string;

  @Field({ description: 'The confirmation link goes to this address.' })
  // Trimmed before it is checked: a pasted address often brings a space along.
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @EmailAddress('email')
  @MaxLength(254, withMessage(errorMessage('email', { field: 'email' })))
  email: string;
}

@InputType()
export class ConfirmRegistrationInput {
  @Field({ description: 'The token from the e-mailed link (the part after "#token=").' })
  @IsString(withMessage(errorMessage('textType', { field: 'token' })))
  @MaxLength(200, withMessage(registrationMessage('tokenLength')))
  token: string;
}

@InputType()
export class CancelRegistrationInput {
  @Field(() => UuidScalar)
  @Allow()
  id: string;
}
