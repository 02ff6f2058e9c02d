import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, NonBlankText } from '@wspolnie/platform-graphql';
import { IsString, MaxLength } from 'class-validator';
import { PartnershipRole } from '../access/partnership-role';

@InputType()
export class CreateAccountFromInvitationInput {
  @Field({ description: 'The token from the e-mailed link (the part after "#token=").' })
  @IsString()
  @MaxLength(200)
  token: string;

  @Field()
  @NonBlankText('displayName', 120)
  displayName: string;

  @Field({ description: 'At least 12 characters.' })
  @IsString()
  @MaxLength(256, { message: 'The password must be at most 256 characters long.' })
  password: string;
}

@ObjectType({ description: 'What an invitation link offers, for the page that opens it. Only the holder of the link sees it.' })
export class InvitationPreview {
  @Field({ description: 'The address it was sent to: the account that may accept it.' })
  email: string;

  @Field(() => PartnershipRole)
  role: PartnershipRole;

  @Field(() => DateTimeScalar)
  expiresAt: Date;

  @Field({ description: 'Whether that address has an account: sign in and accept, or create one.' })
  accountExists: boolean;

  @Field(() => ID)
  partnershipId: string;

  gminaId: string | null;
}
