/** Account activation, activation resend, password change and the user record (docs/api-contract.md §1.5, §1.3). */
import type { SandboxContext } from './context';
import {
  HttpError,
  emnifyError,
  failed,
  invalidFormat,
  malformed,
  requiredField,
  tooManyRequests,
  validationFailed,
} from './errors';
import { optionalString, parseJsonObject } from './http-io';
import { isSha1Hex, safeEqual } from './hashing';
import { userMfaView } from './emnify-mfa-routes';
import { requireUser, resolveManagedUser } from './emnify-session';
import type { Reply, Route, SandboxRequest } from './router';
import { findUserByEmail } from './users';

/** The test token the sandbox accepts in place of a real reCAPTCHA answer (§1.5 Decision). */
export const SANDBOX_RECAPTCHA_TOKEN = 'sandbox-recaptcha-ok';

/** `POST /api/v1/user/activation` (public): 204, or 400 for anything wrong, as the contract lists. */
function activate(request: SandboxRequest, context: SandboxContext): Reply {
  const body = parseJsonObject(request.rawBody);
  const activationKey = optionalString(body, 'activationKey');
  const password = optionalString(body, 'password');
  if (!activationKey) throw malformed('activationKey is required.');
  if (password === undefined || !isSha1Hex(password)) throw malformed('password must be a lowercase SHA-1 hex string.');
  const user = context.state.users.find(
    (candidate) => candidate.activationKey !== undefined && safeEqual(candidate.activationKey, activationKey),
  );
  if (!user) {
    throw new HttpError(400, emnifyError(1401, 'InvalidReference', 'Unknown or already used activation key.'));
  }
  user.passwordSha1 = password;
  user.activated = true;
  delete user.activationKey;
  return { status: 204 };
}

/**
 * `POST /api/v1/user/activation_resend` (public). An unknown or already active
 * username also gets 204, so the endpoint cannot be used to probe for accounts.
 */
function resendActivation(request: SandboxRequest, context: SandboxContext): Reply {
  const body = parseJsonObject(request.rawBody);
  // A field of the wrong type is a field problem (422), like a missing one, not a malformed body.
  const { username, 'g-recaptcha-response': captcha } = body;
  if (username === undefined || username === '') {
    throw validationFailed('Input validation failed', [requiredField('username')]);
  }
  if (typeof username !== 'string') {
    throw validationFailed('Input validation failed', [invalidFormat('username', 'a string')]);
  }
  if (captcha !== SANDBOX_RECAPTCHA_TOKEN) {
    const problem = invalidFormat('g-recaptcha-response', 'a valid reCAPTCHA answer');
    throw validationFailed('Input validation failed', [problem]);
  }
  const user = findUserByEmail(context.state, username);
  if (!user || user.activated) return { status: 204 };
  const now = context.clock.now();
  if (user.lastResendAt !== undefined && now < user.lastResendAt + context.options.activationResendSeconds * 1000) {
    throw tooManyRequests('An activation e-mail was sent recently; please wait before asking again.');
  }
  user.lastResendAt = now;
  return { status: 204 };
}

/** `PATCH /api/v1/user/password`: old tokens of this user die with the old password. */
function changePassword(request: SandboxRequest, context: SandboxContext): Reply {
  const user = requireUser(request, context);
  const body = parseJsonObject(request.rawBody);
  const problems = [];
  for (const field of ['old_password', 'new_password'] as const) {
    const value = body[field];
    if (value === undefined) problems.push(requiredField(field));
    else if (typeof value !== 'string' || !isSha1Hex(value)) {
      problems.push(invalidFormat(field, 'a lowercase SHA-1 hex string'));
    }
  }
  if (problems.length > 0) throw validationFailed('Input validation failed', problems);
  if (!safeEqual(body.old_password as string, user.passwordSha1)) throw failed('Invalid old password');
  user.passwordSha1 = body.new_password as string;
  user.tokenGeneration += 1;
  context.state.refreshTokens = context.state.refreshTokens.filter((token) => token.userId !== user.id);
  return { status: 204 };
}

/** `GET /api/v1/user/{id|username|my}`: the caller's own record, or any user's for an administrator. */
function getUser(request: SandboxRequest, context: SandboxContext): Reply {
  const me = requireUser(request, context);
  const user = resolveManagedUser(request.params.userId, me, context);
  return {
    status: 200,
    body: {
      id: user.id,
      username: user.email,
      name: user.email.split('@')[0],
      status: { id: 1, description: 'ACTIVATED' },
      organisation: { id: 1, name: 'Sandbox Org' },
      mfa: userMfaView(user),
    },
  };
}

export const accountRoutes: Route[] = [
  { method: 'POST', pattern: '/api/v1/user/activation', handler: activate },
  { method: 'POST', pattern: '/api/v1/user/activation_resend', handler: resendActivation },
  { method: 'PATCH', pattern: '/api/v1/user/password', handler: changePassword },
  // Last: it would swallow every other /api/v1/user/<word> GET.
  { method: 'GET', pattern: '/api/v1/user/:userId', handler: getUser },
];
