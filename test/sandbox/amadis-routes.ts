/**
 * Amadis user API (docs/api-contract.md §2): form-urlencoded in, JSON out. Its users
 * are separate from EMnify's. Passwords arrive in clear (that is the API) and
 * are kept only as SHA-256.
 */
import { randomBytes } from 'node:crypto';
import { checkAmadisBearer } from './amadis-oauth';
import type { SandboxContext } from './context';
import { HttpError } from './errors';
import { isFormRequest } from './http-io';
import { randomToken, safeEqual, sha256Hex } from './hashing';
import type { Reply, Route, SandboxRequest } from './router';
import { takeId, type AmadisUserRecord } from './state';

/**
 * Newer servers: 400 with the message in `data.error`; older ones
 * (`amadisLegacyErrors`): 422 with a top-level `message` (§2 allows both).
 */
function amadisError(context: SandboxContext, message: string, status?: number): HttpError {
  if (context.options.amadisLegacyErrors) return new HttpError(status ?? 422, { status: 'error', message });
  return new HttpError(status ?? 400, { status: 'error', data: { error: message } });
}

/** The body rule of the Amadis user API (§2: form bodies); a JSON body is refused in Amadis's error shape. */
export function requireAmadisForm(request: SandboxRequest, context: SandboxContext): void {
  if (isFormRequest(request.headers['content-type'])) return;
  throw amadisError(context, 'Send the fields as application/x-www-form-urlencoded.');
}

/**
 * Form fields by name; every listed field must be present and non-empty.
 * The Content-Type was checked before the handler ran (requireAmadisForm).
 */
function readForm<K extends string>(
  request: SandboxRequest,
  context: SandboxContext,
  fields: readonly K[],
): Record<K, string> {
  checkAmadisBearer(request, context);
  const form = new URLSearchParams(request.rawBody);
  const values = {} as Record<K, string>;
  for (const field of fields) {
    const value = form.get(field);
    if (!value) throw amadisError(context, `The ${field} field is required.`);
    values[field] = value;
  }
  return values;
}

function findAmadisUser(context: SandboxContext, email: string): AmadisUserRecord | undefined {
  const wanted = email.toLowerCase();
  return context.state.amadisUsers.find((user) => user.email.toLowerCase() === wanted);
}

/** `user_id` as a string (as older servers send it) and `id` as a number (newer): clients must take both. */
function register(request: SandboxRequest, context: SandboxContext): Reply {
  const form = readForm(request, context, ['name', 'email', 'password'] as const);
  if (!/^[^@\s]+@[^@\s]+$/u.test(form.email)) throw amadisError(context, 'The email field must be an e-mail address.');
  if (findAmadisUser(context, form.email)) {
    throw amadisError(context, 'This e-mail address is already registered.', 409);
  }
  const user: AmadisUserRecord = {
    id: takeId(context.state),
    name: form.name,
    email: form.email,
    passwordSha256: sha256Hex(form.password),
    // 32 random bytes: the account's one-time-code seed on the client side (§2 Decision).
    userSecret: randomBytes(32).toString('base64'),
  };
  context.state.amadisUsers.push(user);
  const data = { user_id: String(user.id), id: user.id, user_secret: user.userSecret };
  return { status: 201, body: { status: 'success', data } };
}

/** An unknown e-mail gets the same answer as a wrong password: no account probing. */
function changePassword(request: SandboxRequest, context: SandboxContext): Reply {
  const form = readForm(request, context, ['email', 'oldpassword', 'newpassword'] as const);
  const user = findAmadisUser(context, form.email);
  if (!user || !safeEqual(user.passwordSha256, sha256Hex(form.oldpassword))) {
    throw amadisError(context, 'The old password is not correct.');
  }
  user.passwordSha256 = sha256Hex(form.newpassword);
  return { status: 200, body: { status: 'success' } };
}

/** The server makes up the new password and returns it once; it then works as `oldpassword`. */
function resetPassword(request: SandboxRequest, context: SandboxContext): Reply {
  const form = readForm(request, context, ['email'] as const);
  const user = findAmadisUser(context, form.email);
  if (!user) throw amadisError(context, 'No user with this e-mail address.', 404);
  const password = randomToken(12);
  user.passwordSha256 = sha256Hex(password);
  return { status: 200, body: { status: 'success', data: { email: user.email, password } } };
}

export const amadisRoutes: Route[] = [
  { method: 'POST', pattern: '/api/user/v1/register', handler: register },
  { method: 'PATCH', pattern: '/api/user/v1/changepassword', handler: changePassword },
  { method: 'PATCH', pattern: '/api/user/v1/resetpassword', handler: resetPassword },
];
