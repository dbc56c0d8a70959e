// What a refused `POST /api/v1/authenticate` means at each step of a login, in one sentence for
// the user. The API layer's other errors (unreachable, timeout, unexpected answer, 5xx) already
// say what happened and pass through unchanged.
// @see docs/api-contract.md §1.1 (401 bodies, lockout), §1.2 (restart the login when step 2 says 401)
import { ApiError } from '../../api';
import { AccountLockedError, CodeRejectedError, TooManyRequestsError, WrongCredentialsError } from '../errors';

/** EMnify's TooManyRequests code, which the lockout 401 carries. */
const TOO_MANY_REQUESTS_CODE = 1105;

export type LoginStep =
  | { step: 'password' }
  | { step: 'application-token' }
  /** `rejectedBefore`: consecutive refusals of this login's code before this one. */
  | { step: 'code'; rejectedBefore: number };

/** The 401 of the 3-strike lockout: the one 401 with a body (docs/api-contract.md §1.1). */
function isLockout(error: ApiError): boolean {
  return error.errorToken === 'TooManyRequests' || error.errorCode === TOO_MANY_REQUESTS_CODE;
}

export function translateLoginError(error: unknown, at: LoginStep): unknown {
  if (!(error instanceof ApiError)) return error;
  if (error.status === 429) return new TooManyRequestsError(error.serverMessage, { cause: error });
  if (error.status !== 401) return error;
  if (isLockout(error)) return new AccountLockedError(error.serverMessage, { cause: error });
  if (at.step === 'code') return new CodeRejectedError(at.rejectedBefore >= 1, { cause: error });
  return new WrongCredentialsError(at.step, { cause: error });
}
