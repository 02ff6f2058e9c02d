import { Field, InputType } from '@nestjs/graphql';
import { errorMessage } from '@wspolnie/platform-errors';
import { ExpectedVersion, LocalDateScalar, UuidScalar, withMessage } from '@wspolnie/platform-graphql';
import { Allow, IsEnum, IsOptional, IsString } from 'class-validator';
import { MemberRole } from './member-role';

@InputType({ description: 'A gmina joining a partnership.' })
export class NewMemberInput {
  @Field({ description: 'Seven-digit TERC code of the gmina.' })
  @IsString(withMessage(errorMessage('textType', { field: 'gminaTerc' })))
  gminaTerc: string;

  @Field(() => MemberRole, { defaultValue: MemberRole.MEMBER })
  @IsEnum(MemberRole, withMessage(errorMessage('required', { field: 'role' })))
  role: MemberRole = MemberRole.MEMBER;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Defaults to today.' })
  @IsOptional()
  joinedOn?: string | null;
}

@InputType()
export class AddPartnershipMemberInput extends NewMemberInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  partnershipId: string;
}

/** Names one member gmina of one partnership. */
@InputType({ isAbstract: true })
abstract class MemberReference {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  partnershipId: string;

  @Field({ description: 'Seven-digit TERC code of the member gmina.' })
  @IsString(withMessage(errorMessage('textType', { field: 'gminaTerc' })))
  gminaTerc: string;
}

@InputType()
export class RemovePartnershipMemberInput extends MemberReference {}

@InputType()
export class ChangePartnershipMemberRoleInput extends MemberReference {
  @Field(() => MemberRole)
  @IsEnum(MemberRole, withMessage(errorMessage('required', { field: 'role' })))
  role: MemberRole;

  @ExpectedVersion('The partnership version you last saw.')
  expectedVersion: number;
}
