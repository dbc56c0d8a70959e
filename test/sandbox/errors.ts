/**
 * EMnify's error bodies and the status codes they travel with (docs/api-contract.md §1.1).
 * Handlers throw an HttpError; the server turns it into the reply, so a handler
 * reads as the happy path with its refusals listed up front.
 */

export interface EmnifyErrorBody {
  error_code: number;
  error_token: string;
  message: string;
  errors?: EmnifyErrorBody[];
}

export class HttpError extends Error {
  override readonly name = 'HttpError';
  /** `undefined` body = an empty body, which is what most EMnify 401s have. */
  constructor(
    readonly status: number,
    readonly body?: unknown,
  ) {
    super(`HTTP ${status}`);
  }
}

export function emnifyError(
  errorCode: number,
  errorToken: string,
  message: string,
  errors?: EmnifyErrorBody[],
): EmnifyErrorBody {
  const body: EmnifyErrorBody = { error_code: errorCode, error_token: errorToken, message };
  if (errors) body.errors = errors;
  return body;
}

/** Wrong password, unknown/expired/revoked token: 401 with an EMPTY body, as the real server does. */
export function unauthorized(): HttpError {
  return new HttpError(401);
}

/** The one 401 that carries a body: the 3-strike lockout (§1.1). */
export function lockedOut(): HttpError {
  return new HttpError(
    401,
    emnifyError(1105, 'TooManyRequests', 'Too many failed login attempts: the account is locked for 5 minutes.'),
  );
}

export function malformed(message: string): HttpError {
  return new HttpError(400, emnifyError(1400, 'InputValidationFailed', message));
}

export function forbidden(): HttpError {
  return new HttpError(403, emnifyError(1104, 'Forbidden', "Access to another user's data is not allowed."));
}

/** Unknown routes use 1201 NotFound; unknown ids 1401 InvalidReference (both appear in §1.1). */
export function notFound(message: string, kind: 'route' | 'reference' = 'route'): HttpError {
  return new HttpError(
    404,
    kind === 'route' ? emnifyError(1201, 'NotFound', message) : emnifyError(1401, 'InvalidReference', message),
  );
}

export function duplicated(message: string): HttpError {
  return new HttpError(409, emnifyError(1405, 'Duplicated', message));
}

/** 422 with the nested `errors` list the real server uses for field problems. */
export function validationFailed(message: string, errors?: EmnifyErrorBody[]): HttpError {
  return new HttpError(422, emnifyError(1400, 'InputValidationFailed', message, errors));
}

export function requiredField(field: string): EmnifyErrorBody {
  return emnifyError(1402, 'Required', `${field} is required.`);
}

export function invalidFormat(field: string, expected: string): EmnifyErrorBody {
  return emnifyError(1403, 'InvalidFormat', `${field} must be ${expected}.`);
}

/** 422 Failed, e.g. a wrong old password (§1.5). */
export function failed(message: string): HttpError {
  return new HttpError(422, emnifyError(1002, 'Failed', message, [emnifyError(1002, 'Failed', message)]));
}

export function tooManyRequests(message: string): HttpError {
  return new HttpError(429, emnifyError(1105, 'TooManyRequests', message));
}
