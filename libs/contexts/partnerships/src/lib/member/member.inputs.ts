import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LocalDateScalar } from '@wspolnie/platform-graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Min } from 'class-validator';
import { MemberRole } from './member-role';

@InputType()
export class AddPartnershipMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnershipId must be a partnership id' })
  partnershipId: string;

  @Field({ description: 'Seven-digit TERC code of the gmina.' })
  @IsString()
  gminaTerc: string;

  @Field(() => MemberRole, { defaultValue: MemberRole.MEMBER })
  @IsEnum(MemberRole)
  role: MemberRole = MemberRole.MEMBER;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Defaults to today.' })
  @IsOptional()
  joinedOn?: string | null;
}

@InputType()
export class RemovePartnershipMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnershipId must be a partnership id' })
  partnershipId: string;

  @Field()
  @IsString()
  gminaTerc: string;
}

@InputType()
export class ChangePartnershipMemberRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnershipId must be a partnership id' })
  partnershipId: string;

  @Field()
  @IsString()
  gminaTerc: string;

  @Field(() => MemberRole)
  @IsEnum(MemberRole)
  role: MemberRole;

  @Field(() => Int, { description: 'The partnership version you last saw.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
