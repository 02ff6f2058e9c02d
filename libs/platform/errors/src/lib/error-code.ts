/** The one catalogue of `extensions.code` values a client can receive. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  /** A request the API does not take in that form (a batch, a query over the subscription socket). */
  BadRequest = 'BAD_REQUEST',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  QueryTooComplex = 'QUERY_TOO_COMPLEX',
  TooManyRequests = 'TOO_MANY_REQUESTS',
  /** The database did not answer or lost the connection; nothing was committed, retry shortly. */
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  /** The operation ran past the statement timeout (a long lock wait) and was undone; retry shortly. */
  Timeout = 'TIMEOUT',
  InternalServerError = 'INTERNAL_SERVER_ERROR',
}
