import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { InvitationStatus, PartnershipRole } from '@wspolnie/identity';
import { ConnectionArgs } from '@wspolnie/platform-pagination';
import { ArrayMaxSize, IsEmail, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType({ isAbstract: true })
abstract class InPartnership {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnershipId must be a partnership id' })
  partnershipId: string;
}

@InputType()
export class InviteToPartnershipInput extends InPartnership {
  @Field()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @Field(() => PartnershipRole)
  @IsEnum(PartnershipRole)
  role: PartnershipRole;

  @Field(() => String, { nullable: true, description: 'TERC code of the member gmina the invitee will act for; required for gmina officials.' })
  @IsOptional()
  @IsString()
  gminaTerc?: string | null;
}

@InputType()
export class AppointCoordinatorInput extends InPartnership {
  @Field({ description: 'Who is to coordinate the partnership: they are sent an invitation (it cannot be you).' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;
}

@InputType()
export class ChangePartnershipRoleInput extends InPartnership {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be a user id' })
  userId: string;

  @Field(() => PartnershipRole)
  @IsEnum(PartnershipRole)
  role: PartnershipRole;

  @Field(() => String, { nullable: true, description: 'TERC code of the member gmina the person acts for; required for gmina officials.' })
  @IsOptional()
  @IsString()
  gminaTerc?: string | null;
}

@InputType()
export class RevokePartnershipRoleInput extends InPartnership {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be a user id' })
  userId: string;
}

@ArgsType()
export class PartnershipInvitationsArgs extends ConnectionArgs {
  @Field(() => [InvitationStatus], { defaultValue: [InvitationStatus.PENDING, InvitationStatus.EXPIRED], description: 'Which invitations; waiting and expired ones by default.' })
  @ArrayMaxSize(4)
  @IsEnum(InvitationStatus, { each: true })
  status: InvitationStatus[] = [InvitationStatus.PENDING, InvitationStatus.EXPIRED];
}
