import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { statementsInContext } from './statement-counter';

/**
 * Reports how many SQL statements a request ran, as `Server-Timing: sql;desc="7 statements"`,
 * so N+1 queries show up in browser devtools and the benchmark can count statements per
 * request from outside the process. The header is set when the response head is written,
 * which is after the resolvers (and their DataLoader batches) have run.
 */
@Injectable()
export class ServerTimingMiddleware implements NestMiddleware {
  use(_request: IncomingMessage, response: ServerResponse, next: () => void): void {
    const counter = { statements: 0 };
    const writeHead = response.writeHead;
    response.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
      if (!this.headersSent) this.setHeader('Server-Timing', `sql;desc="${counter.statements} statements"`);
      return writeHead.apply(this, args);
    } as ServerResponse['writeHead'];
    statementsInContext.run(counter, next);
  }
}
