import { Args, Context, Field, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { errorMessage } from '@wspolnie/platform-errors';
import { Public, type RequestContext, withMessage } from '@wspolnie/platform-graphql';
import { IsString, MaxLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH } from '../account/password-hasher';
import { identityMessage } from '../identity-messages';
import { PasswordResetService } from './password-reset.service';

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the e-mailed link (the part after "#token=").' })
  @IsString(withMessage(errorMessage('textType', { field: 'token' })))
  @MaxLength(200, withMessage(identityMessage('reset.invalid')))
  token: string;

  @Field({ description: 'At least 12 characters.' })
  @IsString(withMessage(errorMessage('textType', { field: 'newPassword' })))
  @MaxLength(MAX_PASSWORD_LENGTH, withMessage(identityMessage('password.tooLong', { max: MAX_PASSWORD_LENGTH })))
  newPassword: string;
}

@Resolver()
export class PasswordResetResolver {
  constructor(private readonly resets: PasswordResetService) {}

  @Public()
  @Mutation(() => Boolean, { description: 'E-mails a link for a new password, if the address has an account. Always answers true, so it tells nothing about accounts.' })
  async requestPasswordReset(@Args('email') email: string, @Context() context: RequestContext) {
    if (email.length <= 254 && /^[^@\s]+@[^@\s]+$/.test(email.trim())) await this.resets.request(email, context.req?.ip ?? 'unknown');
    return true;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Sets a new password with the e-mailed link, and ends every session of the account. Sign in with it afterwards.' })
  async resetPassword(@Args('input') input: ResetPasswordInput) {
    await this.resets.reset(input.token, input.newPassword);
    return true;
  }
}
