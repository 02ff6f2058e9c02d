import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@wspolnie/platform-graphql';
import { IsEmail, IsString, MaxLength } from 'class-validator';
import { UserAccount } from '../account/user-account.entity';

@InputType()
export class SignInInput {
  @Field()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MaxLength(256)
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(256)
  currentPassword: string;

  @Field({ description: 'At least 12 characters.' })
  @IsString()
  @MaxLength(256, { message: 'The password must be at most 256 characters long.' })
  newPassword: string;
}

@ObjectType({ description: 'A signed-in session: send accessToken as "Authorization: Bearer …"; trade refreshToken for a new pair before it expires.' })
export class AuthPayload {
  @Field()
  accessToken: string;

  @Field(() => DateTimeScalar)
  accessTokenExpiresAt: Date;

  @Field({ description: 'Single use: refreshing returns a new one. Keep it secret.' })
  refreshToken: string;

  @Field(() => DateTimeScalar)
  refreshTokenExpiresAt: Date;

  @Field(() => UserAccount)
  user: UserAccount;
}
