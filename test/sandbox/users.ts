/** Creating and finding EMnify users, their MFA keys and trusted devices. */
import { randomBytes } from 'node:crypto';
import { encodeBase32 } from '../../lib/otp';
import { randomToken, sha1Hex } from './hashing';
import { takeId, type EmnifyUserRecord, type MfaKeyRecord, type SandboxState, type TrustedDeviceRecord } from './state';
import { TOTP_SETTINGS } from './totp-verify';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface NewUser {
  email: string;
  /** Plain text: the sandbox hashes it into the wire format. */
  password: string;
  activated: boolean;
  /** Give the user an already ACTIVE TOTP key with this Base32 seed. */
  mfaSecret?: string;
  /** An administrator, who may manage the other users (EmnifyUserRecord.admin). */
  admin?: boolean;
}

export function findUserByEmail(state: SandboxState, email: string): EmnifyUserRecord | undefined {
  const wanted = email.toLowerCase();
  return state.users.find((user) => user.email.toLowerCase() === wanted);
}

export function findUserById(state: SandboxState, id: number): EmnifyUserRecord | undefined {
  return state.users.find((user) => user.id === id);
}

/** A fresh TOTP seed: 20 bytes, the SHA-1 block-friendly size RFC 4226 §4 recommends (160 bits). */
export function newTotpSecret(): string {
  return encodeBase32(randomBytes(20));
}

const ISSUER = 'EMnify Sandbox';

/** The Key Uri Format link for an EMnify-style key (SHA-1, 6 digits, 30 s; docs/api-contract.md §3). */
export function otpauthUri(email: string, secret: string): string {
  const issuer = encodeURIComponent(ISSUER);
  const { algorithm, digits, period } = TOTP_SETTINGS;
  const query = `secret=${secret}&issuer=${issuer}&algorithm=${algorithm}&digits=${digits}&period=${period}`;
  return `otpauth://totp/${issuer}:${encodeURIComponent(email)}?${query}`;
}

export function addMfaKey(
  state: SandboxState,
  user: EmnifyUserRecord,
  secret: string,
  nowMs: number,
  active: boolean,
): MfaKeyRecord {
  const key: MfaKeyRecord = { id: takeId(state), secret, status: active ? 1 : 0, createdAt: nowMs, lastUsedStep: -1 };
  if (active) key.activatedAt = nowMs;
  user.mfaKeys.push(key);
  return key;
}

export function createUser(state: SandboxState, input: NewUser, nowMs: number): EmnifyUserRecord {
  const user: EmnifyUserRecord = {
    id: takeId(state),
    email: input.email,
    passwordSha1: sha1Hex(input.password),
    activated: input.activated,
    tokenGeneration: 0,
    failedLogins: 0,
    mfaKeys: [],
    trustedDevices: [],
  };
  // An unactivated user is waiting for the e-mailed key; it is the only way in.
  if (!input.activated) user.activationKey = randomToken(24);
  if (input.admin) user.admin = true;
  state.users.push(user);
  if (input.mfaSecret !== undefined) addMfaKey(state, user, input.mfaSecret, nowMs, true);
  return user;
}

export function hasActiveMfa(user: EmnifyUserRecord): boolean {
  return user.mfaKeys.some((key) => key.status === 1);
}

/** Devices still inside their trust window; expired ones are invisible everywhere (§1.4). */
export function liveTrustedDevices(user: EmnifyUserRecord, nowMs: number, trustedDays: number): TrustedDeviceRecord[] {
  return user.trustedDevices.filter((device) => nowMs < device.activatedAt + trustedDays * DAY_MS);
}

export interface DeviceRegistration {
  fingerprint: string;
  operatingSystem?: string;
  browser?: string;
  name?: string;
}

/**
 * Registers (or re-registers) a browser. A fingerprint already on file is
 * replaced, so one browser is one row and its 90 days restart.
 */
export function registerTrustedDevice(
  state: SandboxState,
  user: EmnifyUserRecord,
  device: DeviceRegistration,
  nowMs: number,
): TrustedDeviceRecord {
  user.trustedDevices = user.trustedDevices.filter((known) => known.fingerprint !== device.fingerprint);
  const record: TrustedDeviceRecord = { id: takeId(state), ...device, activatedAt: nowMs };
  user.trustedDevices.push(record);
  return record;
}
