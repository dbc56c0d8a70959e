/**
 * Read-only views of the sandbox's raw records under `/__sandbox/`, for tests
 * and demos: they show what the real APIs never return again (seeds after
 * creation, fingerprints, expired devices), so a test can check the
 * extension's codes against an independent generator and see what the server
 * really stored. Errors here are a plain `{message}`, as in the rest of the
 * control API.
 */
import type { SandboxContext } from './context';
import { MFA_STATUSES } from './emnify-mfa-routes';
import { HttpError } from './errors';
import type { Reply, Route, SandboxRequest } from './router';
import type { AmadisUserRecord, EmnifyUserRecord } from './state';
import { findUserByEmail } from './users';

const DAY_MS = 24 * 60 * 60 * 1000;

function noSuchUser(): HttpError {
  return new HttpError(404, { message: 'No such user.' });
}

function requireEmnifyUser(request: SandboxRequest, context: SandboxContext): EmnifyUserRecord {
  const user = findUserByEmail(context.state, request.params.email ?? '');
  if (!user) throw noSuchUser();
  return user;
}

/** E-mail addresses compare case-insensitively, as the Amadis routes compare them. */
function requireAmadisUser(request: SandboxRequest, context: SandboxContext): AmadisUserRecord {
  const wanted = (request.params.email ?? '').toLowerCase();
  const user = context.state.amadisUsers.find((candidate) => candidate.email.toLowerCase() === wanted);
  if (!user) throw noSuchUser();
  return user;
}

/** The raw device list, fingerprints and expired devices included, which the real API never shows. */
function rawTrustedDevices(request: SandboxRequest, context: SandboxContext): Reply {
  const user = requireEmnifyUser(request, context);
  const now = context.clock.now();
  const expiresAfter = context.options.trustedDeviceDays * DAY_MS;
  return {
    status: 200,
    body: user.trustedDevices.map((device) => ({
      ...device,
      activatedAt: new Date(device.activatedAt).toISOString(),
      expiresAt: new Date(device.activatedAt + expiresAfter).toISOString(),
      expired: now >= device.activatedAt + expiresAfter,
    })),
  };
}

/**
 * Every MFA key of the user, pending and active, with its Base32 seed (the
 * real API returns it only in the creating POST, §1.3) and the last TOTP step
 * it accepted (-1: none yet).
 */
function rawMfaKeys(request: SandboxRequest, context: SandboxContext): Reply {
  const user = requireEmnifyUser(request, context);
  return {
    status: 200,
    body: user.mfaKeys.map((key) => ({
      id: key.id,
      secret: key.secret,
      status: MFA_STATUSES[key.status],
      createdAt: new Date(key.createdAt).toISOString(),
      activatedAt: key.activatedAt === undefined ? null : new Date(key.activatedAt).toISOString(),
      lastUsedStep: key.lastUsedStep,
    })),
  };
}

/** The Amadis user with its base64 `user_secret`; never its password, not even hashed. */
function rawAmadisUser(request: SandboxRequest, context: SandboxContext): Reply {
  const { id, name, email, userSecret } = requireAmadisUser(request, context);
  return { status: 200, body: { id, name, email, userSecret } };
}

export const inspectionRoutes: Route[] = [
  { method: 'GET', pattern: '/__sandbox/users/:email/trusted-devices', handler: rawTrustedDevices },
  { method: 'GET', pattern: '/__sandbox/users/:email/mfa-keys', handler: rawMfaKeys },
  { method: 'GET', pattern: '/__sandbox/amadis/users/:email', handler: rawAmadisUser },
];
