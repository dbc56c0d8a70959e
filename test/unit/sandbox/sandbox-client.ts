// Raw-fetch helpers for the sandbox tests: they talk HTTP exactly as any client would.
// SHA-1 and TOTP come from the sandbox itself (test/sandbox/hashing.ts, totp-verify.ts): one
// definition of the wire format for the server and its tests; lib/api keeps its own on purpose.
import { request } from 'node:http';
import { sha1Hex } from '../../sandbox/hashing';
import { totpCodeAt } from '../../sandbox/totp-verify';

export interface CallResult {
  status: number;
  text: string;
  /** Parsed JSON, or undefined for an empty body. */
  json: unknown;
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

/**
 * One request with the path and headers exactly as given: fetch would resolve `.`/`..` in the
 * path and never lets a caller choose the Host header.
 */
export function rawRequest(
  base: string,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string } = {},
): Promise<CallResult> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const outgoing = request({ hostname, port, method, path, headers: options.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const json = text === '' ? undefined : (JSON.parse(text) as unknown);
        resolve({ status: response.statusCode ?? 0, text, json });
      });
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

/** Seeded state, real time, empty rate-limit windows (a JSON Content-Type, as every control POST needs). */
export async function resetSandbox(base: string): Promise<void> {
  const result = await call(base, 'POST', '/__sandbox/reset', { json: {} });
  if (result.status !== 204) throw new Error(`reset: ${result.status} ${result.text}`);
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

export async function createUser(
  base: string,
  input: { email: string; password: string; mfa?: boolean; activated?: boolean; admin?: boolean },
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
  return authenticate(base, { username: email, password: sha1Hex(password), ...extra });
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
  const code = await totpCodeAt(secret, atMs);
  return authenticate(base, { mfa_token: mfaToken, code, ...step2 });
}

export function tokensOf(result: CallResult): { auth_token?: string; refresh_token?: string; mfa_token?: string } {
  return result.json as { auth_token?: string; refresh_token?: string; mfa_token?: string };
}
