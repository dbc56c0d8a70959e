/**
 * The sandbox's own control API under `/__sandbox/`, for tests and demos only;
 * the extension never calls it. Errors here are a plain `{message}`. The
 * read-only views of raw records are in control-inspect-routes.ts.
 */
import type { SandboxContext } from './context';
import { inspectionRoutes } from './control-inspect-routes';
import { HttpError } from './errors';
import { isJsonRequest, parseJsonObject } from './http-io';
import { randomToken } from './hashing';
import type { Reply, Route, SandboxRequest } from './router';
import { createSeedState } from './seed';
import { createUser, findUserByEmail, newTotpSecret } from './users';

function badRequest(message: string): HttpError {
  return new HttpError(400, { message });
}

/**
 * The body rule of the control API: JSON only, even for the body-less reset,
 * because a Content-Type a web page cannot send without a CORS preflight is
 * what stops any page in the demo browser from resetting or moving the clock.
 */
export function requireControlJson(request: SandboxRequest): void {
  if (isJsonRequest(request.headers['content-type'])) return;
  throw new HttpError(415, { message: 'Send Content-Type: application/json.' });
}

/**
 * `POST /__sandbox/users` `{email, password (plain), mfa?, activated?, admin?}`
 * → 201 `{id, email, activationKey?, mfaSecret?}`. `admin: true` makes an administrator,
 * who manages the other users' MFA keys and trusted devices by id.
 */
function addUser(request: SandboxRequest, context: SandboxContext): Reply {
  const body = parseJsonObject(request.rawBody);
  const { email, password, mfa = false, activated = true, admin = false } = body;
  if (typeof email !== 'string' || !email.includes('@')) throw badRequest('email must be an e-mail address.');
  if (typeof password !== 'string' || password === '') throw badRequest('password must be a non-empty string.');
  if (typeof mfa !== 'boolean' || typeof activated !== 'boolean' || typeof admin !== 'boolean') {
    throw badRequest('mfa, activated and admin must be booleans.');
  }
  if (findUserByEmail(context.state, email)) throw new HttpError(409, { message: 'A user with this e-mail exists.' });
  const mfaSecret = mfa ? newTotpSecret() : undefined;
  const user = createUser(context.state, { email, password, activated, mfaSecret, admin }, context.clock.now());
  return { status: 201, body: { id: user.id, email: user.email, activationKey: user.activationKey, mfaSecret } };
}

/**
 * `POST /__sandbox/users/:email/ignore-trusted-device` `{ignore}` → 204: whether the user's MFA
 * step 2 ignores `trusted_device`, answering the same tokens without registering the browser.
 */
function setIgnoresTrustedDevice(request: SandboxRequest, context: SandboxContext): Reply {
  const { ignore } = parseJsonObject(request.rawBody);
  if (typeof ignore !== 'boolean') throw badRequest('ignore must be a boolean.');
  const user = findUserByEmail(context.state, request.params.email ?? '');
  if (!user) throw new HttpError(404, { message: 'No such user.' });
  user.ignoresTrustedDevice = ignore;
  return { status: 204 };
}

/** `POST /__sandbox/application-tokens` `{email}` → 201 `{application_token}` for flow 5. */
function addApplicationToken(request: SandboxRequest, context: SandboxContext): Reply {
  const body = parseJsonObject(request.rawBody);
  const user = typeof body.email === 'string' ? findUserByEmail(context.state, body.email) : undefined;
  if (!user) throw new HttpError(404, { message: 'No such user.' });
  const token = randomToken(32);
  context.state.applicationTokens.push({ token, userId: user.id });
  return { status: 201, body: { application_token: token } };
}

function clockView(_request: SandboxRequest, context: SandboxContext): Reply {
  const nowMs = context.clock.now();
  const body = { offsetSeconds: context.clock.offsetSeconds(), nowMs, now: new Date(nowMs).toISOString() };
  return { status: 200, body };
}

/** `POST /__sandbox/clock` `{offsetSeconds}`: an absolute offset from real time, not a step. */
function setClock(request: SandboxRequest, context: SandboxContext): Reply {
  const { offsetSeconds } = parseJsonObject(request.rawBody);
  if (typeof offsetSeconds !== 'number' || !Number.isFinite(offsetSeconds)) {
    throw badRequest('offsetSeconds must be a number.');
  }
  context.clock.setOffsetSeconds(offsetSeconds);
  return clockView(request, context);
}

/** Back to the seeded state with the same printed demo secrets; clock and rate limits too. */
function reset(_request: SandboxRequest, context: SandboxContext): Reply {
  context.clock.setOffsetSeconds(0);
  context.limits.authenticate.clear();
  context.limits.general.clear();
  context.state = createSeedState(context.state.demo, context.clock.now());
  return { status: 204 };
}

export const controlRoutes: Route[] = [
  { method: 'POST', pattern: '/__sandbox/users', handler: addUser },
  { method: 'POST', pattern: '/__sandbox/users/:email/ignore-trusted-device', handler: setIgnoresTrustedDevice },
  { method: 'POST', pattern: '/__sandbox/application-tokens', handler: addApplicationToken },
  { method: 'GET', pattern: '/__sandbox/clock', handler: clockView },
  { method: 'POST', pattern: '/__sandbox/clock', handler: setClock },
  { method: 'POST', pattern: '/__sandbox/reset', handler: reset },
  ...inspectionRoutes,
];
