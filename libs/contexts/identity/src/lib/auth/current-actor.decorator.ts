import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor, RequestContext } from '@wspolnie/platform-graphql';

/** The authenticated caller, or undefined for anonymous callers of public operations. */
export const CurrentActor = createParamDecorator(
  (_: unknown, execution: ExecutionContext): Actor | undefined =>
    GqlExecutionContext.create(execution).getContext<RequestContext>().actor,
);
