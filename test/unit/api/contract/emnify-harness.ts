// EMnify clients wired to the sandbox, and the login sequences several files need.
import {
  createEmnifyClient,
  createMemoryTokenStore,
  type AuthResult,
  type EmnifyClient,
  type EmnifyTokens,
  type FetchLike,
  type TokenStore,
  type TrustedDeviceRegistration,
} from '../../../../lib/api';
import type { SecretWatch } from './secret-watch';
import type { SandboxUser } from './sandbox-harness';
import type { ServerClock } from './server-clock';
import { totpCode } from './totp-codes';

export type EmnifyHarness = { client: EmnifyClient; tokens: TokenStore };

/** A fresh client with its own token store, as one browser profile would have. */
export function newEmnifyClient(
  url: string,
  options: { fetch?: FetchLike; initialTokens?: EmnifyTokens } = {},
): EmnifyHarness {
  const tokens = createMemoryTokenStore(options.initialTokens);
  return { client: createEmnifyClient({ baseUrl: url, tokens, fetch: options.fetch }), tokens };
}

/** Narrows a login answer, with a readable failure when the server chose the other branch. */
export function expectKind<K extends AuthResult['kind']>(
  result: AuthResult,
  kind: K,
): Extract<AuthResult, { kind: K }> {
  if (result.kind !== kind) throw new Error(`expected a "${kind}" login answer, got "${result.kind}"`);
  return result as Extract<AuthResult, { kind: K }>;
}

/** Flow 1 for a user without MFA; the tokens go into the watch. */
export async function signIn(harness: EmnifyHarness, user: SandboxUser, watch: SecretWatch): Promise<EmnifyTokens> {
  expectKind(await harness.client.loginWithPassword({ username: user.email, password: user.password }), 'tokens');
  const tokens = await harness.tokens.get();
  watch.keepTokens(tokens);
  if (!tokens) throw new Error('The login stored no tokens.');
  return tokens;
}

/** Flow 1 up to the MFA step: returns the mfa_token (kept in the watch). */
export async function startMfaLogin(
  harness: EmnifyHarness,
  user: SandboxUser,
  watch: SecretWatch,
  fingerprint?: string,
): Promise<string> {
  const result = await harness.client.loginWithPassword({ username: user.email, password: user.password, fingerprint });
  const { mfaToken } = expectKind(result, 'mfa-required');
  watch.keep(mfaToken);
  return mfaToken;
}

/** Flows 1 + 2 with the code `steps` periods from the sandbox's current time. */
export async function signInWithMfa(
  harness: EmnifyHarness,
  user: SandboxUser & { mfaSecret: string },
  clock: ServerClock,
  watch: SecretWatch,
  options: { steps?: number; trustedDevice?: TrustedDeviceRegistration } = {},
): Promise<EmnifyTokens> {
  const mfaToken = await startMfaLogin(harness, user, watch);
  const code = await totpCode(user.mfaSecret, await clock.now(), options.steps ?? 0);
  expectKind(await harness.client.completeMfaLogin({ mfaToken, code, trustedDevice: options.trustedDevice }), 'tokens');
  const tokens = await harness.tokens.get();
  watch.keepTokens(tokens);
  if (!tokens) throw new Error('The MFA login stored no tokens.');
  return tokens;
}

/** Narrows an optional field the contract promises in this situation. */
export function present<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is missing`);
  return value;
}
