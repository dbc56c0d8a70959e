/**
 * Server-side TOTP check with the contract's rules (§4): codes are computed by
 * the project's OTP module (never hand-rolled), the current step and one step
 * either side are accepted, and a step once accepted can never be used again.
 */
import { decodeBase32, generateCode, timeStep, type OtpAccount } from '../../lib/otp';
import { safeEqual } from './hashing';
import type { MfaKeyRecord } from './state';

/**
 * EMnify keys are plain TOTP: SHA-1, 6 digits, 30 s (the otpauth URI it returns
 * says so); Amadis seeds use the same settings (§2 Decision). The one place
 * they are written down: the otpauth URI and the tests read them from here.
 */
export const TOTP_SETTINGS = { algorithm: 'SHA1', digits: 6, period: 30 } as const;
const PERIOD = TOTP_SETTINGS.period;
/** @see RFC 6238 §5.2 ("at most one time step" of network delay either way) */
const ALLOWED_DRIFT_STEPS = 1;

/** An account with the sandbox's TOTP settings; label and issuer do not change the codes. */
export function totpAccount(secret: Uint8Array, label = 'sandbox'): OtpAccount {
  return { type: 'totp', issuer: 'EMnify Sandbox', label, secret, ...TOTP_SETTINGS, counter: 0 };
}

/** The code a correct authenticator shows for a Base32 seed at `atMs` (what the tests type in). */
export function totpCodeAt(secretBase32: string, atMs: number): Promise<string> {
  return generateCode(totpAccount(decodeBase32(secretBase32)), atMs);
}

/**
 * True when `code` is valid for `key` at `nowMs`; on success the key's last
 * used step moves forward, which is what makes a replay fail.
 */
export async function verifyTotp(key: MfaKeyRecord, code: string, nowMs: number): Promise<boolean> {
  if (!/^\d{6}$/u.test(code)) return false;
  const current = timeStep(PERIOD, nowMs);
  const steps: number[] = [];
  for (let step = current - ALLOWED_DRIFT_STEPS; step <= current + ALLOWED_DRIFT_STEPS; step++) steps.push(step);
  const account = totpAccount(decodeBase32(key.secret), String(key.id));
  const expected = await Promise.all(steps.map((step) => generateCode(account, step * PERIOD * 1000)));
  // Checked and recorded after the awaits, in one synchronous stretch, so two
  // concurrent requests with the same code cannot both get through.
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index] ?? -1;
    if (step > key.lastUsedStep && safeEqual(expected[index] ?? '', code)) {
      key.lastUsedStep = step;
      return true;
    }
  }
  return false;
}
