/**
 * `POST /api/v1/authenticate` (docs/api-contract.md §1.2): the server picks the mode
 * from the fields present, in this order: application_token, refresh_token,
 * mfa_token, then username + password (with or without a fingerprint).
 */
import type { SandboxContext } from './context';
import { malformed, unauthorized } from './errors';
import { optionalString, parseJsonObject } from './http-io';
import { randomToken, safeEqual } from './hashing';
import { assertNotLocked, recordFailedVerification, recordSuccessfulLogin } from './emnify-lockout';
import { issueAuthToken, issueLogin } from './emnify-session';
import type { Reply, SandboxRequest } from './router';
import { verifyTotp } from './totp-verify';
import {
  findUserByEmail,
  findUserById,
  hasActiveMfa,
  liveTrustedDevices,
  registerTrustedDevice,
  type DeviceRegistration,
} from './users';

interface AuthenticateBody {
  applicationToken?: string;
  username?: string;
  password?: string;
  refreshToken?: string;
  mfaToken?: string;
  code?: string;
  fingerprint?: string;
  trustedDevice?: DeviceRegistration;
}

/** `trusted_device` (current form, §1.2 Decision): an object whose fingerprint is a non-empty string. */
function parseTrustedDevice(value: unknown): DeviceRegistration | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw malformed('trusted_device must be an object.');
  }
  const fields = value as Record<string, unknown>;
  const fingerprint = optionalString(fields, 'fingerprint');
  if (!fingerprint) throw malformed('trusted_device.fingerprint is required.');
  const device: DeviceRegistration = { fingerprint };
  const operatingSystem = optionalString(fields, 'operating_system');
  const browser = optionalString(fields, 'browser');
  const name = optionalString(fields, 'name');
  if (operatingSystem !== undefined) device.operatingSystem = operatingSystem;
  if (browser !== undefined) device.browser = browser;
  if (name !== undefined) device.name = name;
  return device;
}

function parseAuthenticateBody(rawBody: string): AuthenticateBody {
  const body = parseJsonObject(rawBody);
  return {
    applicationToken: optionalString(body, 'application_token'),
    username: optionalString(body, 'username'),
    password: optionalString(body, 'password'),
    refreshToken: optionalString(body, 'refresh_token'),
    mfaToken: optionalString(body, 'mfa_token'),
    code: optionalString(body, 'code'),
    fingerprint: optionalString(body, 'fingerprint'),
    trustedDevice: parseTrustedDevice(body.trusted_device),
  };
}

/** Flow 5: no MFA and no refresh token, by design of application tokens. */
function loginWithApplicationToken(token: string, context: SandboxContext): Reply {
  const record = context.state.applicationTokens.find((known) => safeEqual(known.token, token));
  const user = record && findUserById(context.state, record.userId);
  if (!user) throw unauthorized();
  return { status: 200, body: { auth_token: issueAuthToken(context, user) } };
}

/** Flow 4: a refresh token issued before the last password change is dead. */
function refresh(token: string, context: SandboxContext): Reply {
  const record = context.state.refreshTokens.find((known) => safeEqual(known.token, token));
  const user = record && findUserById(context.state, record.userId);
  if (!record || !user || record.generation !== user.tokenGeneration) throw unauthorized();
  return { status: 200, body: { auth_token: issueAuthToken(context, user) } };
}

/** Flows 1 and 3. Unknown and not-yet-activated users get the same empty 401 as a wrong password. */
function loginWithPassword(
  username: string,
  password: string,
  fingerprint: string | undefined,
  context: SandboxContext,
): Reply {
  const now = context.clock.now();
  const user = findUserByEmail(context.state, username);
  if (!user?.activated) throw unauthorized();
  assertNotLocked(user, now);
  if (!safeEqual(password, user.passwordSha1)) {
    recordFailedVerification(user, now);
    throw unauthorized();
  }
  const devices = liveTrustedDevices(user, now, context.options.trustedDeviceDays);
  const trusted = fingerprint !== undefined && devices.some((device) => safeEqual(device.fingerprint, fingerprint));
  if (!hasActiveMfa(user) || trusted) {
    recordSuccessfulLogin(user);
    return { status: 200, body: issueLogin(context, user) };
  }
  const mfaToken = randomToken(24);
  context.state.mfaTokens = context.state.mfaTokens.filter((known) => known.expiresAt > now);
  const expiresAt = now + context.options.mfaTokenMinutes * 60_000;
  context.state.mfaTokens.push({ token: mfaToken, userId: user.id, expiresAt });
  return { status: 200, body: { mfa_token: mfaToken } };
}

/**
 * Flow 2. A wrong code leaves the mfa_token usable (the person may retype) but
 * counts towards the lockout; a right code consumes it.
 */
async function completeMfa(body: AuthenticateBody & { mfaToken: string }, context: SandboxContext): Promise<Reply> {
  const now = context.clock.now();
  const record = context.state.mfaTokens.find((known) => safeEqual(known.token, body.mfaToken));
  const user = record && record.expiresAt > now ? findUserById(context.state, record.userId) : undefined;
  if (!record || !user) throw unauthorized();
  assertNotLocked(user, now);
  if (body.code === undefined) throw malformed('code is required with mfa_token.');
  let accepted = false;
  for (const key of user.mfaKeys.filter((candidate) => candidate.status === 1)) {
    if (await verifyTotp(key, body.code, now)) {
      accepted = true;
      break;
    }
  }
  if (!accepted) {
    recordFailedVerification(user, now);
    throw unauthorized();
  }
  context.state.mfaTokens = context.state.mfaTokens.filter((known) => known !== record);
  // The current form wins; the 2023 form registered a bare top-level fingerprint.
  const device = body.trustedDevice ?? (body.fingerprint ? { fingerprint: body.fingerprint } : undefined);
  if (device && !user.ignoresTrustedDevice) registerTrustedDevice(context.state, user, device, now);
  recordSuccessfulLogin(user);
  return { status: 200, body: issueLogin(context, user) };
}

export async function authenticate(request: SandboxRequest, context: SandboxContext): Promise<Reply> {
  const body = parseAuthenticateBody(request.rawBody);
  if (body.applicationToken !== undefined) return loginWithApplicationToken(body.applicationToken, context);
  if (body.refreshToken !== undefined) return refresh(body.refreshToken, context);
  if (body.mfaToken !== undefined) return completeMfa({ ...body, mfaToken: body.mfaToken }, context);
  if (body.username !== undefined && body.password !== undefined) {
    return loginWithPassword(body.username, body.password, body.fingerprint, context);
  }
  throw malformed('Send application_token, refresh_token, mfa_token + code, or username + password.');
}
