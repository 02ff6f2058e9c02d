import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { InvitationStatus, PartnershipRole } from '@wspolnie/identity';
import { errorMessage } from '@wspolnie/platform-errors';
import { UuidScalar, withMessage } from '@wspolnie/platform-graphql';
import { ConnectionArgs } from '@wspolnie/platform-pagination';
import { Allow, ArrayMaxSize, IsEmail, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { emailRule, listRule } from '../input-rules';

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
  @IsEmail({}, emailRule('email'))
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
  @IsEmail({}, emailRule('email'))
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
  @ArrayMaxSize(4, listRule('status', 4))
  @IsEnum(InvitationStatus, { each: true, ...withMessage(errorMessage('invalidValue', { field: 'status' })) })
  status: InvitationStatus[] = [InvitationStatus.PENDING, InvitationStatus.EXPIRED];
}
