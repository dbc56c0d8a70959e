/** EMnify MFA keys (docs/api-contract.md §1.3): create, activate, delete, and the two lookups. */
import type { SandboxContext } from './context';
import {
  duplicated,
  emnifyError,
  failed,
  invalidFormat,
  notFound,
  requiredField,
  validationFailed,
} from './errors';
import { parseJsonObject } from './http-io';
import { safeEqual } from './hashing';
import { assertVerificationNotLocked, recordFailedVerification } from './emnify-lockout';
import { requireUser, resolveManagedUser } from './emnify-session';
import { parseId, type Reply, type Route, type SandboxRequest } from './router';
import type { EmnifyUserRecord, MfaKeyRecord } from './state';
import { isoMillisZ } from './time-format';
import { verifyTotp } from './totp-verify';
import { addMfaKey, hasActiveMfa, newTotpSecret, otpauthUri } from './users';

export const MFA_STATUSES = [
  { id: 0, description: 'Activation Pending' },
  { id: 1, description: 'Active' },
] as const;
export const MFA_TYPES = [{ id: 0, description: 'Time-Based One-Time Password' }] as const;

function statusOf(key: MfaKeyRecord): { id: number; description: string } {
  return MFA_STATUSES[key.status];
}

function objectWithId(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'number' ? id : undefined;
}

/** `POST /api/v1/user/mfa`: 200 (not 201) with the secret; 422 wrong password; 409 if one is active. */
function createKey(request: SandboxRequest, context: SandboxContext): Reply {
  const user = requireUser(request, context);
  const body = parseJsonObject(request.rawBody);
  const problems = [];
  if (body.type === undefined) problems.push(requiredField('type'));
  else if (objectWithId(body.type) !== 0) {
    problems.push(emnifyError(1401, 'InvalidReference', 'type.id must be 0 (TOTP).'));
  }
  if (body.password === undefined) problems.push(requiredField('password'));
  else if (typeof body.password !== 'string') problems.push(invalidFormat('password', 'a SHA-1 hex string'));
  if (problems.length > 0) throw validationFailed('Input validation failed', problems);
  if (!safeEqual(body.password as string, user.passwordSha1)) throw failed('Invalid password');
  if (hasActiveMfa(user)) throw duplicated('MFA already activated');
  const now = context.clock.now();
  const key = addMfaKey(context.state, user, newTotpSecret(), now, false);
  return {
    status: 200,
    body: {
      id: key.id,
      status: statusOf(key),
      type: MFA_TYPES[0],
      secret_key: key.secret,
      // The only place a secret leaves the server: this creating response (§1.3).
      otpauth: otpauthUri(user.email, key.secret),
      creation_date: isoMillisZ(key.createdAt),
    },
  };
}

function findOwnKey(user: EmnifyUserRecord, segment: string | undefined): MfaKeyRecord {
  const id = parseId(segment);
  const key = id === undefined ? undefined : user.mfaKeys.find((candidate) => candidate.id === id);
  if (!key) throw notFound('MFA key not found.', 'reference');
  return key;
}

/**
 * `PATCH /api/v1/user/mfa/{id}` `{status:{id:1}, code:"123456"}`. The old schema
 * with the code nested in `status` as a number is refused on purpose (§1.3 "do not copy that").
 * Wrong codes count towards the account's 3-strike lockout (§4); while locked → 429.
 * A right code does not reset the count (only a completed login does).
 */
async function activateKey(request: SandboxRequest, context: SandboxContext): Promise<Reply> {
  const user = requireUser(request, context);
  const key = findOwnKey(user, request.params.keyId);
  const body = parseJsonObject(request.rawBody);
  const problems = [];
  if (objectWithId(body.status) !== 1) problems.push(invalidFormat('status', '{"id": 1}'));
  if (body.code === undefined) problems.push(requiredField('code'));
  else if (typeof body.code !== 'string') problems.push(invalidFormat('code', 'a string'));
  if (problems.length > 0) throw validationFailed('Input validation failed', problems);
  if (key.status === 1 || hasActiveMfa(user)) throw duplicated('MFA already activated');
  const now = context.clock.now();
  assertVerificationNotLocked(user, now);
  if (!(await verifyTotp(key, body.code as string, now))) {
    // Counted like a wrong code at login: the 3rd still gets this 422 and starts the lock.
    recordFailedVerification(user, now);
    throw validationFailed('MFA key validation error: Code did not match!');
  }
  key.status = 1;
  key.activatedAt = now;
  return { status: 204 };
}

/** `DELETE /api/v1/user/{user_id|my}/mfa/{key_id}`. */
function deleteKey(request: SandboxRequest, context: SandboxContext): Reply {
  const me = requireUser(request, context);
  const user = resolveManagedUser(request.params.userId, me, context);
  const key = findOwnKey(user, request.params.keyId);
  user.mfaKeys = user.mfaKeys.filter((candidate) => candidate !== key);
  return { status: 204 };
}

function lookup(values: readonly unknown[]) {
  return function listLookup(request: SandboxRequest, context: SandboxContext): Reply {
    requireUser(request, context);
    return { status: 200, body: values };
  };
}

/** The `mfa` list inside `GET /api/v1/user/{id}`: `name` here, not `description` (§1.3). */
export function userMfaView(user: EmnifyUserRecord): unknown[] {
  return user.mfaKeys.map((key) => ({
    id: key.id,
    type: { id: 0, name: MFA_TYPES[0].description },
    status: { id: key.status, name: statusOf(key).description },
    creation_date: isoMillisZ(key.createdAt),
    // Null while pending, as a nullable column would be: clients must cope with it.
    activation_date: key.activatedAt === undefined ? null : isoMillisZ(key.activatedAt),
  }));
}

export const mfaRoutes: Route[] = [
  { method: 'GET', pattern: '/api/v1/user/mfa/status', handler: lookup(MFA_STATUSES) },
  { method: 'GET', pattern: '/api/v1/user/mfa/type', handler: lookup(MFA_TYPES) },
  { method: 'POST', pattern: '/api/v1/user/mfa', handler: createKey },
  { method: 'PATCH', pattern: '/api/v1/user/mfa/:keyId', handler: activateKey },
  { method: 'DELETE', pattern: '/api/v1/user/:userId/mfa/:keyId', handler: deleteKey },
];
