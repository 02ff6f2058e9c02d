import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LocalDateScalar } from '@wspolnie/platform-graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Min } from 'class-validator';
import { MemberRole } from './member-role';

@InputType({ description: 'A gmina joining a partnership.' })
export class NewMemberInput {
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
export class AddPartnershipMemberInput extends NewMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnershipId must be a partnership id' })
  partnershipId: string;
}

/** Names one member gmina of one partnership. */
@InputType({ isAbstract: true })
abstract class MemberReference {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnershipId must be a partnership id' })
  partnershipId: string;

  @Field({ description: 'Seven-digit TERC code of the member gmina.' })
  @IsString()
  gminaTerc: string;
}

@InputType()
export class RemovePartnershipMemberInput extends MemberReference {}

@InputType()
export class ChangePartnershipMemberRoleInput extends MemberReference {
  @Field(() => MemberRole)
  @IsEnum(MemberRole)
  role: MemberRole;

  @Field(() => Int, { description: 'The partnership version you last saw.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
