import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError, ErrorCode } from '@wspolnie/platform-errors';
import { ACCESS_DECLARATION, type AccessDeclaration, type RequestContext } from '@wspolnie/platform-graphql';
import { AuthService } from './auth.service';

/**
 * Runs before every query, mutation and subscription. It authenticates the bearer token if one
 * is sent (a bad one is refused even on public operations, so clients learn to refresh) and
 * refuses any operation that declares no access at all: forgetting a declaration fails closed.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    if (execution.getType<string>() !== 'graphql') return true;
    const declaration = this.reflector.getAllAndOverride<AccessDeclaration | undefined>(ACCESS_DECLARATION, [
      execution.getHandler(),
      execution.getClass(),
    ]);
    if (!declaration) {
      throw new DomainError(ErrorCode.Forbidden, 'This operation declares no access rule, so nobody may call it.');
    }
    const context = GqlExecutionContext.create(execution).getContext<RequestContext>();
    if (context.actor === undefined) {
      const token = bearerToken(context.req?.headers['authorization']);
      if (token !== null) {
        const account = await this.auth.authenticate(token);
        if (!account) throw new DomainError(ErrorCode.Unauthenticated, 'The access token is invalid or has expired; refresh the session or sign in again.');
        context.actor = { userId: account.id, isPlatformAdmin: account.isPlatformAdmin };
      }
    }
    if (declaration === 'authenticated' && !context.actor) {
      throw new DomainError(ErrorCode.Unauthenticated, 'Sign in first.');
    }
    return true;
  }
}

function bearerToken(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value ? /^Bearer\s+(\S+)$/i.exec(value) : null;
  return match ? match[1] : null;
}
