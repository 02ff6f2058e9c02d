import { NonBlankText } from '@wspolnie/platform-graphql';
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Invitation } from '../invitation/invitation.entity';
import { PartnershipRole } from './partnership-role';

@InputType()
export class GrantPartnershipRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnershipId must be a partnership id' })
  partnershipId: string;

  @Field({ description: 'E-mail of someone with an account; invite people who have none.' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email: string;

  @Field(() => PartnershipRole)
  @IsEnum(PartnershipRole)
  role: PartnershipRole;
}

@InputType()
export class RevokePartnershipRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnershipId must be a partnership id' })
  partnershipId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be a user id' })
  userId: string;
}

@InputType()
export class InviteToPartnershipInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnershipId must be a partnership id' })
  partnershipId: string;

  @Field()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @Field(() => PartnershipRole)
  @IsEnum(PartnershipRole)
  role: PartnershipRole;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @MaxLength(200)
  token: string;

  @Field(() => String, { nullable: true, description: 'Needed when the invited e-mail has no account yet.' })
  @IsOptional()
  @NonBlankText('displayName', 120)
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'Needed when the invited e-mail has no account yet; at least 12 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(256)
  password?: string | null;
}

@ObjectType()
export class InvitationPayload {
  @Field(() => Invitation)
  invitation: Invitation;

  @Field({ description: 'The link to send; it is also queued in the outbox as an e-mail.' })
  acceptUrl: string;
}
