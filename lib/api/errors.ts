// Typed errors of the HTTP layer. Each message is one sentence a user can read; it may name the
// server host, the HTTP method, the path (never its query string) and the status, and nothing
// else: no token, password, request body or response body, so every message is safe to show or log.
import type { ServerErrorDetail } from './error-body';

/** Where a failed request went: enough to tell requests apart, nothing secret. */
export type RequestTarget = { method: string; path: string; host: string };

/** Common base, so callers can catch "anything the server round-trip threw" in one place. */
export class ServerRequestError extends Error {
  override readonly name: string = 'ServerRequestError';
  readonly method: string;
  readonly path: string;

  constructor(target: RequestTarget, message: string, options?: ErrorOptions) {
    super(message, options);
    this.method = target.method;
    this.path = target.path;
  }
}

/** The server answered with an HTTP error status (4xx/5xx). */
export class ApiError extends ServerRequestError {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly errorCode?: number;
  readonly errorToken?: string;
  /** The server's own sentence, when it sent one (shown to the user as is). */
  readonly serverMessage?: string;
  readonly errors: ServerErrorDetail[];

  constructor(
    target: RequestTarget,
    fields: {
      status: number;
      errorCode?: number;
      errorToken?: string;
      serverMessage?: string;
      errors: ServerErrorDetail[];
    },
    options?: ErrorOptions,
  ) {
    super(target, fields.serverMessage ?? genericStatusMessage(fields.status), options);
    this.status = fields.status;
    this.errorCode = fields.errorCode;
    this.errorToken = fields.errorToken;
    this.serverMessage = fields.serverMessage;
    this.errors = fields.errors;
  }
}

/** One sentence per status, for the many error answers that come without a message (e.g. 401). */
export function genericStatusMessage(status: number): string {
  if (status >= 500) return 'The server had a problem. Try again later.';
  switch (status) {
    case 400:
      return 'The server could not understand the request.';
    case 401:
      return 'The server refused the credentials.';
    case 403:
      return 'The server does not allow this action for this account.';
    case 404:
      return 'The server could not find what was asked for.';
    case 409:
      return 'The server says this is already done or already exists.';
    case 422:
      return 'The server did not accept the data that was sent.';
    case 429:
      return 'Too many requests: wait a moment and try again.';
    default:
      return `The server answered with an error (HTTP ${status}).`;
  }
}

/** fetch itself rejected: DNS failure, connection refused or reset, TLS failure, offline. */
export class ServerUnreachableError extends ServerRequestError {
  override readonly name = 'ServerUnreachableError';

  constructor(target: RequestTarget, options?: ErrorOptions) {
    super(
      target,
      `Could not reach the server ${target.host}: check the server address and the network connection.`,
      options,
    );
  }
}

/** Our own timer fired before the whole answer arrived. */
export class ServerTimeoutError extends ServerRequestError {
  override readonly name = 'ServerTimeoutError';
  readonly timeoutMs: number;

  constructor(target: RequestTarget, timeoutMs: number, options?: ErrorOptions) {
    super(
      target,
      `The server ${target.host} did not answer within ${Math.round(timeoutMs / 1000)} s: try again later.`,
      options,
    );
    this.timeoutMs = timeoutMs;
  }
}

/**
 * The caller aborted the request with its own AbortSignal. A distinct class (rather than
 * re-throwing the DOMException named 'AbortError') so that every failure of this layer is one of
 * our typed errors; test for it with `instanceof RequestAbortedError`.
 */
export class RequestAbortedError extends ServerRequestError {
  override readonly name = 'RequestAbortedError';

  constructor(target: RequestTarget, options?: ErrorOptions) {
    super(target, `The request ${target.method} ${target.path} was cancelled.`, options);
  }
}

/** The answer was not JSON (typically an HTML page: a wrong server address or a proxy page). */
export class NotJsonError extends ServerRequestError {
  override readonly name = 'NotJsonError';
  readonly status: number;

  constructor(target: RequestTarget, status: number, options?: ErrorOptions) {
    super(
      target,
      `The server ${target.host} did not answer ${target.method} ${target.path} with data ` +
        `(HTTP ${status}): check the server address.`,
      options,
    );
    this.status = status;
  }
}

/** The answer was JSON (or empty) but not of the shape the contract describes. */
export class UnexpectedResponseError extends ServerRequestError {
  override readonly name = 'UnexpectedResponseError';
  /** Dotted paths of the fields that did not match, e.g. `data.user_secret`; never their values. */
  readonly fields: string[];

  constructor(target: RequestTarget, fields: string[], options?: ErrorOptions) {
    const where = fields.length > 0 ? ` (${fields.slice(0, 3).join(', ')})` : '';
    super(
      target,
      `The server's answer to ${target.method} ${target.path} was not in the expected form${where}.`,
      options,
    );
    this.fields = fields;
  }
}

/** The server address of a profile cannot be used (not http/https, or carries credentials). */
export class BadServerUrlError extends Error {
  override readonly name = 'BadServerUrlError';

  constructor(options?: ErrorOptions) {
    super('The server address is not a valid http:// or https:// address.', options);
  }
}

/**
 * An authenticated call could not be made or renewed: the refresh token is missing or was
 * refused, or the server still refused the renewed token. The stored tokens are cleared.
 */
export class SessionExpiredError extends Error {
  override readonly name = 'SessionExpiredError';

  constructor(options?: ErrorOptions) {
    super('Your session has expired. Log in again.', options);
  }
}

/** A change-password call was refused because the current password given is not right. */
export class WrongOldPasswordError extends Error {
  override readonly name = 'WrongOldPasswordError';

  constructor(options?: ErrorOptions) {
    super('The current password is not right.', options);
  }
}

/** A call was not sent because a field it needs is empty; names the field, never its value. */
export class MissingFieldError extends Error {
  override readonly name = 'MissingFieldError';

  constructor(readonly field: string) {
    super(`Fill in the ${field}.`);
  }
}
