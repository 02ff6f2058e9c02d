import { type ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

/**
 * Hands errors thrown in resolvers to GraphQL untouched, where formatError turns them into the
 * client's answer and logs only the unexpected ones. Without it Nest logs every expected
 * DomainError (a wrong TERC code, a stale version) as a server error with a stack trace.
 * Errors outside GraphQL (health endpoints) keep Nest's default handling.
 */
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
