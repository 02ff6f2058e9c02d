import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@wspolnie/platform-config';
import { CONNECTION_AUTHENTICATOR, type ConnectionAuthenticator } from '@wspolnie/platform-graphql';
import { AccessService } from './access/access.service';
import { PeopleResolver } from './access/people.resolver';
import { PeopleService } from './access/people.service';
import { Invitation } from './invitation/invitation.entity';
import { InvitationsService } from './invitation/invitations.service';
import { OutboxMessage } from './invitation/outbox-message.entity';
import { PartnershipAccess } from './access/partnership-access.entity';
import { UserAccount } from './account/user-account.entity';
import { RefreshToken } from './auth/refresh-token.entity';
import { AccountsService } from './account/accounts.service';
import { PasswordHasher } from './account/password-hasher';
import { UserAccessResolver } from './account/user-access.resolver';
import { AuthGuard } from './auth/auth.guard';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { jwtSecretOf } from './auth/jwt-secret';
import { SignInLimiter } from './auth/sign-in-limiter';
import { JWT_AUDIENCE, JWT_ISSUER, TokensService } from './auth/tokens.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([UserAccount, PartnershipAccess, RefreshToken, Invitation, OutboxMessage]),
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => ({
        // A KeyObject, made once: given a string, jsonwebtoken first tries (and fails) to read
        // it as a public key on every verify, which cost 0.5 ms per request and per WebSocket.
        secret: createSecretKey(Buffer.from(await jwtSecretOf(config), 'utf8')),
        signOptions: { algorithm: 'HS256', issuer: JWT_ISSUER, audience: JWT_AUDIENCE },
        verifyOptions: { algorithms: ['HS256'], issuer: JWT_ISSUER, audience: JWT_AUDIENCE },
      }),
    }),
  ],
  providers: [
    PasswordHasher,
    AccountsService,
    AccessService,
    TokensService,
    SignInLimiter,
    AuthService,
    AuthResolver,
    UserAccessResolver,
    PeopleService,
    InvitationsService,
    PeopleResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
    {
      provide: CONNECTION_AUTHENTICATOR,
      inject: [AuthService],
      useFactory: (auth: AuthService): ConnectionAuthenticator => ({
        async authenticate(token) {
          const account = await auth.authenticate(token);
          return account && { userId: account.id, isPlatformAdmin: account.isPlatformAdmin };
        },
      }),
    },
  ],
  exports: [AccessService, AccountsService, TokensService, CONNECTION_AUTHENTICATOR],
})
export class IdentityModule {}
