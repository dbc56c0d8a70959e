// Typed errors of the HTTP layer. Each message is one sentence a user can read; it may name the
// server host, the HTTP method, the route pattern (`/api/v1/user/{user_id}`, never the ids or
// e-mail addresses filled into it, never a query string) and the status, and nothing else: no
// token, password, request body or response body, so every message is safe to show or log.
import { t } from '../i18n/t';
import { UserFacingError } from '../user-facing-error';
import type { ServerErrorDetail } from './error-body';

export * from './client-errors';

/** Where a failed request went: enough to tell requests apart, nothing secret in `route`. */
export type RequestTarget = { method: string; path: string; route: string; host: string };

/**
 * Common base, so callers can catch "anything the server round-trip threw" in one place. Abstract:
 * only its subclasses, each with its own sentence, are ever thrown.
 */
export abstract class ServerRequestError extends UserFacingError {
  readonly method: string;
  /**
   * The path as sent, without its query string. It may hold data (a username is an e-mail
   * address), so messages and logs use `route` instead.
   */
  readonly path: string;
  /** The path's pattern, e.g. `/api/v1/user/{user_id}`: safe to show or log. */
  readonly route: string;

  constructor(target: RequestTarget, message: string, options?: ErrorOptions) {
    super(message, options);
    this.method = target.method;
    this.path = target.path;
    this.route = target.route;
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
  if (status >= 500) return t('apiServerProblem');
  switch (status) {
    case 400:
      return t('apiBadRequest');
    case 401:
      return t('apiCredentialsRefused');
    case 403:
      return t('apiForbidden');
    case 404:
      return t('apiNotFound');
    case 409:
      return t('apiConflict');
    case 422:
      return t('apiDataRefused');
    case 429:
      return t('apiTooManyRequests');
    default:
      return t('apiHttpError', { status: String(status) });
  }
}

/** fetch itself rejected: DNS failure, connection refused or reset, TLS failure, offline. */
export class ServerUnreachableError extends ServerRequestError {
  override readonly name = 'ServerUnreachableError';

  constructor(target: RequestTarget, options?: ErrorOptions) {
    super(
      target,
      t('apiServerUnreachable', { host: target.host }),
      options,
    );
  }
}

/**
 * fetch rejected and the browser does not grant the extension this server's host: the user (or
 * the browser, which treats host permissions as optional) took the access away. Told apart from
 * ServerUnreachableError because the fix is the user's, in one click, not the network's.
 */
export class HostAccessMissingError extends ServerRequestError {
  override readonly name = 'HostAccessMissingError';

  constructor(target: RequestTarget, options?: ErrorOptions) {
    super(
      target,
      t('apiHostAccessMissing', { host: target.host }),
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
      t('apiTimeout', { host: target.host, seconds: Math.round(timeoutMs / 1000) }),
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
    super(target, t('apiRequestAborted', { method: target.method, route: target.route }), options);
  }
}

/**
 * A success status whose body was not JSON (typically an HTML page: a wrong server address or a
 * captive portal). An error status with such a body is an ApiError of that status instead.
 */
export class NotJsonError extends ServerRequestError {
  override readonly name = 'NotJsonError';
  readonly status: number;

  constructor(target: RequestTarget, status: number, options?: ErrorOptions) {
    super(
      target,
      t('apiNotJson', { host: target.host, method: target.method, route: target.route, status: String(status) }),
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
    const request = { method: target.method, route: target.route };
    super(
      target,
      fields.length > 0
        ? t('apiUnexpectedResponseIn', { ...request, fields: fields.slice(0, 3).join(', ') })
        : t('apiUnexpectedResponse', request),
      options,
    );
    this.fields = fields;
  }
}

/**
 * The server answered with a redirect, which is never followed: the request would be sent again,
 * password hash or refresh token included, to wherever `Location` points. Usually the server
 * address is outdated (http → https, a moved API) and the profile needs the new one.
 */
export class UnexpectedRedirectError extends ServerRequestError {
  override readonly name = 'UnexpectedRedirectError';

  constructor(target: RequestTarget, options?: ErrorOptions) {
    super(
      target,
      t('apiUnexpectedRedirect', { host: target.host, method: target.method, route: target.route }),
      options,
    );
  }
}
