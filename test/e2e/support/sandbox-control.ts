// The in-process sandbox an end-to-end file runs against, and its control API (README "Sandbox
// API"): setting up users and reading back what the server really stored, to check the extension
// against it. Plain fetch from Node: the extension itself never calls these.
import { startSandbox, type Sandbox } from '../../sandbox/server';

export type { Sandbox };

/** A sandbox on a free port of 127.0.0.1, which the extension reaches through its declared host permission. */
export function startTestSandbox(): Promise<Sandbox> {
  return startSandbox({ port: 0, quiet: true });
}

async function control(base: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${base}${path}`, {
    method,
    // Every control POST needs the JSON type: a web page cannot send it without a preflight.
    headers: method === 'POST' ? { 'content-type': 'application/json' } : {},
    body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text === '' ? undefined : (JSON.parse(text) as unknown);
}

/** The sandbox's clock (README "Sandbox API"): its time is real time plus an offset the tests set. */
export interface SandboxClock {
  offsetSeconds: number;
  /** The server's time, epoch ms. */
  nowMs: number;
}

export async function sandboxClock(base: string): Promise<SandboxClock> {
  return (await control(base, 'GET', '/__sandbox/clock')) as SandboxClock;
}

/** Sets the clock's offset from real time (absolute, not a step) and returns the clock as it then is. */
export async function setSandboxClock(base: string, offsetSeconds: number): Promise<SandboxClock> {
  return (await control(base, 'POST', '/__sandbox/clock', { offsetSeconds })) as SandboxClock;
}

/** The TOTP period of the keys the sandbox issues (README "Sandbox API"). */
export const TOTP_PERIOD_MS = 30_000;

/**
 * The server's time in a TOTP step after the one `afterMs` was in: the sandbox's clock is moved on
 * to it if it is not there yet, instead of waiting up to 30 s for it (everything time-based in the
 * sandbox reads that clock, its TOTP checks included).
 */
export async function sandboxTimeAfterStep(base: string, afterMs: number): Promise<number> {
  const next = (Math.floor(afterMs / TOTP_PERIOD_MS) + 1) * TOTP_PERIOD_MS;
  const clock = await sandboxClock(base);
  if (clock.nowMs >= next) return clock.nowMs;
  // 200 ms into that step, so that no rounding of the offset leaves the clock a hair before it.
  return (await setSandboxClock(base, clock.offsetSeconds + (next - clock.nowMs + 200) / 1000)).nowMs;
}

export interface CreatedUser {
  id: number;
  email: string;
  activationKey?: string;
  /** With `mfa: true`: the Base32 seed of the user's active TOTP key, issued by the server, not by the extension. */
  mfaSecret?: string;
}

/**
 * An EMnify user; `activated: false` gives the activation key the e-mail would carry, `mfa: true`
 * an active TOTP key enrolled elsewhere (as on a phone), whose seed comes back, `admin: true` an
 * administrator, who manages the other users by id.
 */
export async function createSandboxUser(
  base: string,
  input: { email: string; password: string; activated?: boolean; mfa?: boolean; admin?: boolean },
): Promise<CreatedUser> {
  return (await control(base, 'POST', '/__sandbox/users', input)) as CreatedUser;
}

/** Whether the user's MFA step 2 ignores `trusted_device`: it logs in and registers no device. */
export async function ignoreTrustedDevice(base: string, email: string, ignore = true): Promise<void> {
  await control(base, 'POST', `/__sandbox/users/${encodeURIComponent(email)}/ignore-trusted-device`, { ignore });
}

export interface RawMfaKey {
  id: number;
  /** Base32. */
  secret: string;
  status: { id: number; description: string };
  activatedAt: string | null;
}

export async function sandboxMfaKeys(base: string, email: string): Promise<RawMfaKey[]> {
  return (await control(base, 'GET', `/__sandbox/users/${encodeURIComponent(email)}/mfa-keys`)) as RawMfaKey[];
}

export interface RawTrustedDevice {
  id: number;
  fingerprint: string;
  expired: boolean;
}

export async function sandboxTrustedDevices(base: string, email: string): Promise<RawTrustedDevice[]> {
  const path = `/__sandbox/users/${encodeURIComponent(email)}/trusted-devices`;
  return (await control(base, 'GET', path)) as RawTrustedDevice[];
}

export interface RawAmadisUser {
  id: number;
  name: string;
  email: string;
  /** Base64 of 32 bytes. */
  userSecret: string;
}

export async function sandboxAmadisUser(base: string, email: string): Promise<RawAmadisUser> {
  return (await control(base, 'GET', `/__sandbox/amadis/users/${encodeURIComponent(email)}`)) as RawAmadisUser;
}

/** A bearer call as any EMnify client makes it; the status tells whether the token is still accepted. */
export async function bearerStatus(base: string, authToken: string): Promise<number> {
  const response = await fetch(`${base}/api/v1/user/my`, { headers: { authorization: `Bearer ${authToken}` } });
  await response.body?.cancel();
  return response.status;
}

/** Amadis's change-password call, straight to the server: 200 proves the old password was right. */
export async function amadisChangePasswordStatus(
  base: string,
  email: string,
  oldPassword: string,
  newPassword: string,
): Promise<number> {
  const response = await fetch(`${base}/api/user/v1/changepassword`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, oldpassword: oldPassword, newpassword: newPassword }).toString(),
  });
  await response.body?.cancel();
  return response.status;
}

/** An Amadis user registered straight on the server (as another client of that server would). */
export async function registerAmadisUser(
  base: string,
  input: { name: string; email: string; password: string },
): Promise<void> {
  const response = await fetch(`${base}/api/user/v1/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(input).toString(),
  });
  const text = await response.text();
  if (response.status !== 201) throw new Error(`Amadis register: ${response.status} ${text}`);
}
