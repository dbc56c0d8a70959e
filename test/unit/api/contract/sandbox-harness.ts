// One real sandbox per test file, reached over HTTP on 127.0.0.1, plus the control calls
// (/__sandbox/...) the contract tests use for setup. These use plain fetch on purpose: the control
// API is not part of the contract, so it must not go through the clients under test.

export { useSandbox, type SandboxHandle } from '../../sandbox/use-sandbox';

/**
 * A control call; anything but 2xx is a broken test setup, reported with the sandbox's answer.
 * Every POST is JSON, even a body-less one (`{}`): the sandbox refuses other types so that web
 * pages cannot reach its control API.
 */
export async function control(url: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
  const json = method === 'POST';
  const response = await fetch(`${url}${path}`, {
    method,
    headers: json ? { 'content-type': 'application/json' } : {},
    body: json ? JSON.stringify(body ?? {}) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`Sandbox setup ${method} ${path} failed: HTTP ${response.status} ${text}`);
  return text === '' ? undefined : (JSON.parse(text) as unknown);
}

/** Seeded state, clock offset 0 and empty rate-limit windows: every test starts from here. */
export async function resetSandbox(url: string): Promise<void> {
  await control(url, 'POST', '/__sandbox/reset');
}

export type SandboxUser = {
  id: number;
  email: string;
  /** Plain text, as the person would type it. */
  password: string;
  /** Only for a user created with `activated: false`: the key the activation e-mail would carry. */
  activationKey?: string;
  /** Only for a user created with `mfa: true`: the Base32 seed of its ACTIVE TOTP key. */
  mfaSecret?: string;
};

/** Creates an EMnify user directly in the sandbox (`POST /__sandbox/users`). */
export async function addSandboxUser(
  url: string,
  input: { email: string; password: string; mfa?: boolean; activated?: boolean },
): Promise<SandboxUser> {
  const created = (await control(url, 'POST', '/__sandbox/users', input)) as Omit<SandboxUser, 'password'>;
  return { ...created, password: input.password };
}

/** A user whose MFA is on: an active TOTP key, its seed given back for the test to make codes. */
export async function addMfaUser(
  url: string,
  input: { email: string; password: string },
): Promise<SandboxUser & { mfaSecret: string }> {
  const created = await addSandboxUser(url, { ...input, mfa: true });
  if (!created.mfaSecret) throw new Error('The sandbox created no MFA key.');
  return { ...created, mfaSecret: created.mfaSecret };
}

/** A new application token for `email` (flow 5). */
export async function addApplicationToken(url: string, email: string): Promise<string> {
  const answer = (await control(url, 'POST', '/__sandbox/application-tokens', { email })) as {
    application_token: string;
  };
  return answer.application_token;
}

export type RawTrustedDevice = {
  id: number;
  fingerprint: string;
  operatingSystem?: string;
  browser?: string;
  name?: string;
  /** ISO, milliseconds kept: what the server stored, not what the API shows. */
  activatedAt: string;
  expiresAt: string;
  expired: boolean;
};

/** The server-side device list, fingerprints included, which the real API never shows. */
export async function readRawTrustedDevices(url: string, email: string): Promise<RawTrustedDevice[]> {
  const path = `/__sandbox/users/${encodeURIComponent(email)}/trusted-devices`;
  return (await control(url, 'GET', path)) as RawTrustedDevice[];
}

/** Whether the user's MFA step 2 ignores `trusted_device` (logs in, registers nothing). */
export async function ignoreTrustedDevice(url: string, email: string, ignore = true): Promise<void> {
  await control(url, 'POST', `/__sandbox/users/${encodeURIComponent(email)}/ignore-trusted-device`, { ignore });
}
