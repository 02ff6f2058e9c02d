import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@wspolnie/platform-config';
import { ACCESS_GATE } from '@wspolnie/platform-graphql';
import { MailModule } from '@wspolnie/platform-mail';
import { RealtimeModule } from '@wspolnie/platform-realtime';
import { AccessRegistry } from './access/access-registry';
import { AccessService } from './access/access.service';
import { PartnershipGrants } from './access/partnership-grants';
import { IdentityAccess } from './access/identity-access';
import { IdentityAccessGate } from './access/identity-access-gate';
import { PartnershipAccess } from './access/partnership-access.entity';
import { PartnershipAccessResolver } from './access/partnership-access.resolver';
import { PartnershipReferences } from './access/partnership-references';
import { PeopleService } from './access/people.service';
import { AccountsLoader } from './account/accounts.loader';
import { AccountsService } from './account/accounts.service';
import { PasswordHasher } from './account/password-hasher';
import { PreferredLanguageResolver } from './account/preferred-language.resolver';
import { UserAccessResolver } from './account/user-access.resolver';
import { UserAccount } from './account/user-account.entity';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { jwtSecretOf } from './auth/jwt-secret';
import { SignInLimiter } from './auth/sign-in-limiter';
import { JWT_AUDIENCE, JWT_ISSUER, TokensService } from './auth/tokens.service';
import { Invitation } from './invitation/invitation.entity';
import { InvitationResolver } from './invitation/invitation.resolver';
import { InvitationsService } from './invitation/invitations.service';
import { PasswordReset } from './password-reset/password-reset.entity';
import { PasswordResetResolver } from './password-reset/password-reset.resolver';
import { PasswordResetService } from './password-reset/password-reset.service';
import { AuthSession } from './session/auth-session.entity';
import { RefreshToken } from './session/refresh-token.entity';
import { SessionSignals } from './session/session-signals';
import { SessionsService } from './session/sessions.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([UserAccount, PartnershipAccess, AuthSession, RefreshToken, Invitation, PasswordReset]),
    MailModule,
    RealtimeModule,
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
    AccessRegistry,
    PartnershipGrants,
    AccessService,
    IdentityAccess,
    PartnershipReferences,
    PeopleService,
    PasswordHasher,
    AccountsService,
    AccountsLoader,
    TokensService,
    SessionsService,
    SessionSignals,
    SignInLimiter,
    AuthService,
    InvitationsService,
    PasswordResetService,
    AuthResolver,
    UserAccessResolver,
    PreferredLanguageResolver,
    PartnershipAccessResolver,
    InvitationResolver,
    PasswordResetResolver,
    IdentityAccessGate,
    { provide: ACCESS_GATE, useExisting: IdentityAccessGate },
  ],
  exports: [AccessRegistry, AccessService, SignInLimiter, PartnershipReferences, PeopleService, AccountsService, AccountsLoader, InvitationsService, TokensService, ACCESS_GATE],
})
export class IdentityModule {}
