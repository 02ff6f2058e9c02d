import { type ArgumentsHost, Catch, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import { ErrorCode, errorMessage } from '@wspolnie/platform-errors';
import { localeOf, render } from '@wspolnie/platform-i18n';

const CODE_OF_STATUS: Record<number, ErrorCode> = {
  [HttpStatus.BAD_REQUEST]: ErrorCode.BadRequest,
  [HttpStatus.UNAUTHORIZED]: ErrorCode.Unauthenticated,
  [HttpStatus.FORBIDDEN]: ErrorCode.Forbidden,
  [HttpStatus.NOT_FOUND]: ErrorCode.NotFound,
  [HttpStatus.CONFLICT]: ErrorCode.Conflict,
  [HttpStatus.TOO_MANY_REQUESTS]: ErrorCode.TooManyRequests,
  [HttpStatus.SERVICE_UNAVAILABLE]: ErrorCode.ServiceUnavailable,
};

interface HttpRequest {
  readonly headers: Record<string, string | string[] | undefined>;
  readonly path?: string;
  readonly url?: string;
}

interface HttpResponse {
  status(code: number): HttpResponse;
  json(body: unknown): void;
  readonly headersSent?: boolean;
}

/**
 * Hands errors thrown in resolvers to GraphQL untouched, where formatError turns them into the
 * client's answer and logs only the unexpected ones. Without it Nest logs every expected
 * DomainError (a wrong TERC code, a stale version) as a server error with a stack trace.
 * HTTP routes (health, downloads) answer `{ code, message }` in the caller's language, like
 * every other refusal: a route that does not exist too.
 */
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('Http');

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    if (host.getType() !== 'http') return super.catch(exception, host);
    const http = host.switchToHttp();
    const request = http.getRequest<HttpRequest>();
    const response = http.getResponse<HttpResponse>();
    if (response.headersSent) return undefined;
    const locale = localeOf(request.headers['accept-language']);
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      // Refusals written here already (the route guard, health checks) keep their body.
      if (typeof body === 'object' && body !== null && 'code' in body) return response.status(status).json(body);
      if (typeof body === 'object' && body !== null && 'status' in body && 'info' in body) return response.status(status).json({ code: ErrorCode.ServiceUnavailable, ...body });
      const message = status === HttpStatus.NOT_FOUND ? render(errorMessage('routeNotFound', { path: request.path ?? request.url ?? '/' }), locale) : exception.message;
      return response.status(status).json({ code: CODE_OF_STATUS[status] ?? ErrorCode.BadRequest, message });
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return response.status(HttpStatus.INTERNAL_SERVER_ERROR).json({ code: ErrorCode.InternalServerError, message: render(errorMessage('internal'), locale) });
  }
}
