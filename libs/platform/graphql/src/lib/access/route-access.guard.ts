import { type CanActivate, type ExecutionContext, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import { DomainError, ErrorCode, errorMessage } from '@wspolnie/platform-errors';
import { type Locale, localeOf, render } from '@wspolnie/platform-i18n';
import { ACCESS_GATE, type AccessGate } from './access-gate';
import { ACCESS_RULE, type AccessRule } from './access-rule';
import { bearerToken } from './bearer-token';

const STATUS: Partial<Record<ErrorCode, HttpStatus>> = {
  [ErrorCode.Unauthenticated]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.Forbidden]: HttpStatus.FORBIDDEN,
  [ErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [ErrorCode.BadUserInput]: HttpStatus.BAD_REQUEST,
  [ErrorCode.Conflict]: HttpStatus.CONFLICT,
  [ErrorCode.TooManyRequests]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.ServiceUnavailable]: HttpStatus.SERVICE_UNAVAILABLE,
  [ErrorCode.Timeout]: HttpStatus.SERVICE_UNAVAILABLE,
};

/**
 * The HTTP routes' side of the access declarations (health, and later downloads): a route
 * without a rule is refused, like an undeclared GraphQL operation; the others are checked by
 * the same gate. GraphQL itself is enforced on the schema (enforceAccess), not here.
 */
@Injectable()
export class RouteAccessGuard implements CanActivate {
  private gate?: AccessGate | null;

  constructor(
    private readonly reflector: Reflector,
    private readonly moduleRef: ModuleRef,
  ) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    if (execution.getType<string>() !== 'http') return true;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [execution.getHandler(), execution.getClass()]);
    const request = execution.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; params?: object; query?: object; actor?: unknown }>();
    const locale = localeOf(request.headers['accept-language']);
    if (!rule) throw httpRefusal(new DomainError(ErrorCode.Forbidden, errorMessage('routeUndeclared')), locale);
    if (rule.kind === 'public') return true;
    this.gate ??= this.moduleRef.get<AccessGate>(ACCESS_GATE, { strict: false }) ?? null;
    const token = bearerToken(request.headers['authorization'], true);
    const session = token && this.gate ? await this.gate.authenticate(token, 'request') : null;
    if (!session) throw httpRefusal(new DomainError(ErrorCode.Unauthenticated, errorMessage('signInFirst')), locale);
    request.actor = session;
    try {
      // The path names what is acted on: a query parameter of the same name must not replace it.
      await this.gate?.authorize(session, rule, { args: { ...request.query, ...request.params } });
    } catch (error) {
      throw error instanceof DomainError ? httpRefusal(error, locale) : error;
    }
    return true;
  }
}

/** A refusal of an HTTP route (the guard's, or a download's own), as `{ message, code }` in the caller's language. */
export function httpRefusal(error: DomainError, locale: Locale): HttpException {
  return new HttpException({ message: render(error.text, locale), code: error.code }, STATUS[error.code] ?? HttpStatus.FORBIDDEN);
}
