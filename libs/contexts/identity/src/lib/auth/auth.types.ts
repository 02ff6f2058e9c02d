import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { errorMessage } from '@wspolnie/platform-errors';
import { DateTimeScalar, EmailAddress, withMessage } from '@wspolnie/platform-graphql';
import { IsString, MaxLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH } from '../account/password-hasher';
import { UserAccount } from '../account/user-account.entity';
import { identityMessage } from '../identity-messages';

@InputType()
export class SignInInput {
  @Field()
  @EmailAddress('email')
  @MaxLength(254, withMessage(errorMessage('tooLong', { field: 'email', max: 254 })))
  email: string;

  @Field()
  @IsString(withMessage(errorMessage('textType', { field: 'password' })))
  @MaxLength(MAX_PASSWORD_LENGTH, withMessage(identityMessage('password.tooLong', { max: MAX_PASSWORD_LENGTH })))
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString(withMessage(errorMessage('textType', { field: 'currentPassword' })))
  @MaxLength(MAX_PASSWORD_LENGTH, withMessage(identityMessage('password.tooLong', { max: MAX_PASSWORD_LENGTH })))
  currentPassword: string;

  @Field({ description: 'At least 12 characters.' })
  @IsString(withMessage(errorMessage('textType', { field: 'newPassword' })))
  @MaxLength(MAX_PASSWORD_LENGTH, withMessage(identityMessage('password.tooLong', { max: MAX_PASSWORD_LENGTH })))
  newPassword: string;
}

@ObjectType({ description: 'A signed-in session: send accessToken as "Authorization: Bearer …"; trade refreshToken for a new pair before it expires.' })
export class AuthPayload {
  @Field()
  accessToken: string;

  @Field(() => DateTimeScalar)
  accessTokenExpiresAt: Date;

  @Field({ description: 'Single use: refreshing returns a new one. Keep it secret. Empty when the client asked for it in the session cookie (header x-wspolnie-session: cookie).' })
  refreshToken: string;

  @Field(() => DateTimeScalar)
  refreshTokenExpiresAt: Date;

  @Field(() => UserAccount)
  user: UserAccount;
}
