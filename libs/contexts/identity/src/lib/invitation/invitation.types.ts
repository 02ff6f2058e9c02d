import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { errorMessage } from '@wspolnie/platform-errors';
import { DateTimeScalar, NonBlankText, withMessage } from '@wspolnie/platform-graphql';
import { IsString, MaxLength } from 'class-validator';
import { PartnershipRole } from '../access/partnership-role';
import { MAX_PASSWORD_LENGTH } from '../account/password-hasher';
import { identityMessage } from '../identity-messages';

@InputType()
export class CreateAccountFromInvitationInput {
  @Field({ description: 'The token from the e-mailed link (the part after "#token=").' })
  @IsString(withMessage(errorMessage('textType', { field: 'token' })))
  @MaxLength(200, withMessage(identityMessage('invitation.invalid')))
  token: string;

  @Field()
  @NonBlankText('displayName', 120)
  displayName: string;

  @Field({ description: 'At least 12 characters.' })
  @IsString(withMessage(errorMessage('textType', { field: 'password' })))
  @MaxLength(MAX_PASSWORD_LENGTH, withMessage(identityMessage('password.tooLong', { max: MAX_PASSWORD_LENGTH })))
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
