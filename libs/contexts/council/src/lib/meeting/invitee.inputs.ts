import { Field, InputType } from '@nestjs/graphql';
import { errorMessage } from '@wspolnie/platform-errors';
import { UuidScalar, withMessage } from '@wspolnie/platform-graphql';
import { Allow, IsBoolean, IsEnum, IsOptional, IsString } from 'class-validator';
import { InviteeRole } from '../council-enums';

@InputType({ description: 'Invites someone with a role in the partnership, or changes how they are invited.' })
export class InviteToMeetingInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  meetingId: string;

  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  userId: string;

  @Field(() => InviteeRole)
  @IsEnum(InviteeRole)
  role: InviteeRole;

  @Field(() => String, { nullable: true, description: 'For a representative: the TERC code of the member gmina they act for, e.g. "2417112" (Rajcza).' })
  @IsOptional()
  @IsString(withMessage(errorMessage('required', { field: 'gminaTerc' })))
  gminaTerc?: string | null;
}

@InputType()
export class InviteeInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  meetingId: string;

  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  userId: string;
}

@InputType({ description: 'Records that an invitee arrived (present: true) or left (false); only while the meeting is in progress.' })
export class RecordAttendanceInput extends InviteeInput {
  @Field()
  @IsBoolean()
  present: boolean;
}
