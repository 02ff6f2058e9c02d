import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { InvitationStatus, PartnershipRole } from '@wspolnie/identity';
import { errorMessage } from '@wspolnie/platform-errors';
import { AtMostItems, EmailAddress, UuidScalar, withMessage } from '@wspolnie/platform-graphql';
import { ConnectionArgs } from '@wspolnie/platform-pagination';
import { Allow, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';

const EMAIL_MAX = 254;

@InputType({ isAbstract: true })
abstract class InPartnership {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  partnershipId: string;
}

@InputType()
export class InviteToPartnershipInput extends InPartnership {
  @Field()
  @EmailAddress('email')
  @MaxLength(EMAIL_MAX, withMessage(errorMessage('tooLong', { field: 'email', max: EMAIL_MAX })))
  email: string;

  @Field(() => PartnershipRole)
  @IsEnum(PartnershipRole, withMessage(errorMessage('required', { field: 'role' })))
  role: PartnershipRole;

  @Field(() => String, { nullable: true, description: 'TERC code of the member gmina the invitee will act for; required for gmina officials.' })
  @IsOptional()
  @IsString(withMessage(errorMessage('textType', { field: 'gminaTerc' })))
  gminaTerc?: string | null;
}

@InputType()
export class AppointCoordinatorInput extends InPartnership {
  @Field({ description: 'Who is to coordinate the partnership: they are sent an invitation (it cannot be you).' })
  @EmailAddress('email')
  @MaxLength(EMAIL_MAX, withMessage(errorMessage('tooLong', { field: 'email', max: EMAIL_MAX })))
  email: string;
}

@InputType()
export class ChangePartnershipRoleInput extends InPartnership {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  userId: string;

  @Field(() => PartnershipRole)
  @IsEnum(PartnershipRole, withMessage(errorMessage('required', { field: 'role' })))
  role: PartnershipRole;

  @Field(() => String, { nullable: true, description: 'TERC code of the member gmina the person acts for; required for gmina officials.' })
  @IsOptional()
  @IsString(withMessage(errorMessage('textType', { field: 'gminaTerc' })))
  gminaTerc?: string | null;
}

@InputType()
export class RevokePartnershipRoleInput extends InPartnership {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  userId: string;
}

@ArgsType()
export class PartnershipInvitationsArgs extends ConnectionArgs {
  @Field(() => [InvitationStatus], { defaultValue: [InvitationStatus.PENDING, InvitationStatus.EXPIRED], description: 'Which invitations; waiting and expired ones by default.' })
  @AtMostItems('status', 4)
  @IsEnum(InvitationStatus, { each: true, ...withMessage(errorMessage('invalidValue', { field: 'status' })) })
  status: InvitationStatus[] = [InvitationStatus.PENDING, InvitationStatus.EXPIRED];
}
