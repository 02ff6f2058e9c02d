import { Logger } from '@nestjs/common';
import { DomainError, ErrorCode, errorMessage, isDatabaseUnavailable, postgresErrorOf } from '@wspolnie/platform-errors';

const logger = new Logger('EventStreams');

/**
 * SQLSTATE classes that mean the server could not serve the read, not that the read was wrong:
 * connection exceptions, insufficient resources, operator intervention (shutdown, cancel,
 * statement timeout), system errors.
 */
const SERVER_TROUBLE = ['08', '53', '57', '58'];

/** A failed fetch of a tail fails all its waiting followers with one error: logged once. */
const logged = new WeakSet<object>();

/**
 * What a follower's consumer is told when reading its stream failed: a database that went
 * away (a restart, a killed backend, a refused connection) ends the subscription with
 * SERVICE_UNAVAILABLE and words telling the client to subscribe again from its last seq,
 * which loses nothing. Anything else is passed on as it is.
 */
export function streamFailure(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  const code = postgresErrorOf(error)?.code;
  if (!isDatabaseUnavailable(error) && !(code && SERVER_TROUBLE.includes(code.slice(0, 2)))) return error;
  if (typeof error !== 'object' || error === null || !logged.has(error)) {
    if (typeof error === 'object' && error !== null) logged.add(error);
    logger.warn(`a stream read failed; its followers are told to subscribe again: ${error instanceof Error ? error.message : String(error)}`);
  }
  return new DomainError(ErrorCode.ServiceUnavailable, errorMessage('streamInterrupted'));
}
