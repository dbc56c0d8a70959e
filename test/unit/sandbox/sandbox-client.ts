// Raw-fetch helpers for the sandbox tests: they talk HTTP exactly as any client would.
import { createHash } from 'node:crypto';
import { decodeBase32, generateCode } from '../../../lib/otp';

export interface CallResult {
  status: number;
  text: string;
  /** Parsed JSON, or undefined for an empty body. */
  json: unknown;
}

export function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

export async function call(
  base: string,
  method: string,
  path: string,
  options: { json?: unknown; raw?: string; form?: Record<string, string>; token?: string } = {},
): Promise<CallResult> {
  const headers: Record<string, string> = {};
  let body: string | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.form !== undefined) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(options.form).toString();
  } else if (options.raw !== undefined) {
    headers['content-type'] = 'application/json';
    body = options.raw;
  }
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(`${base}${path}`, { method, headers, body });
  const text = await response.text();
  return { status: response.status, text, json: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

/** `POST /api/v1/authenticate` with a JSON body. */
export function authenticate(base: string, json: Record<string, unknown>): Promise<CallResult> {
  return call(base, 'POST', '/api/v1/authenticate', { json });
}

/** A server time 10 s into a 30 s step, so ±1-step arithmetic in a test never straddles a boundary. */
export const MID_STEP_MS = Date.UTC(2030, 0, 1, 0, 0, 10);

/** Puts the server clock at `targetMs` (it keeps running from there); returns the offset it set. */
export async function setServerTime(base: string, targetMs: number): Promise<number> {
  const offsetSeconds = (targetMs - Date.now()) / 1000;
  const result = await call(base, 'POST', '/__sandbox/clock', { json: { offsetSeconds } });
  if (result.status !== 200) throw new Error(`clock: ${result.status}`);
  return offsetSeconds;
}

/** The TOTP code a correct authenticator shows for `secret` at `atMs`. */
export function totpAt(secret: string, atMs: number): Promise<string> {
  return generateCode(
    {
      type: 'totp',
      issuer: 'test',
      label: 'test',
      secret: decodeBase32(secret),
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
      counter: 0,
    },
    atMs,
  );
}

export async function createUser(
  base: string,
  input: { email: string; password: string; mfa?: boolean; activated?: boolean },
): Promise<{ id: number; email: string; activationKey?: string; mfaSecret?: string }> {
  const result = await call(base, 'POST', '/__sandbox/users', { json: input });
  if (result.status !== 201) throw new Error(`create user: ${result.status} ${result.text}`);
  return result.json as { id: number; email: string; activationKey?: string; mfaSecret?: string };
}

export function passwordLogin(
  base: string,
  email: string,
  password: string,
  extra: Record<string, unknown> = {},
): Promise<CallResult> {
  return authenticate(base, { username: email, password: sha1(password), ...extra });
}

/** Full MFA login (steps 1 and 2) with the code at `atMs`; returns both responses' bodies. */
export async function mfaLogin(
  base: string,
  email: string,
  password: string,
  secret: string,
  atMs: number,
  step2: Record<string, unknown> = {},
): Promise<CallResult> {
  const first = await passwordLogin(base, email, password);
  const mfaToken = (first.json as { mfa_token: string }).mfa_token;
  const code = await totpAt(secret, atMs);
  return authenticate(base, { mfa_token: mfaToken, code, ...step2 });
}

export function tokensOf(result: CallResult): { auth_token?: string; refresh_token?: string; mfa_token?: string } {
  return result.json as { auth_token?: string; refresh_token?: string; mfa_token?: string };
}
