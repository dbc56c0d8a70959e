/** The knobs of `startSandbox`, with the contract's numbers as defaults. */

export interface SandboxOptions {
  /** 0 = any free port (tests); the CLI defaults to 8787. */
  port?: number;
  /** Loopback only: the sandbox has demo credentials and a clock anyone could move. */
  host?: '127.0.0.1';
  /** Persist the state as JSON here, so that a demo survives restarts. */
  stateFile?: string;
  /** auth_token lifetime (contract §1.2: 240). */
  authTokenMinutes?: number;
  /** mfa_token lifetime; undocumented upstream, "assume minutes" (§1.2). */
  mfaTokenMinutes?: number;
  /** Trusted-device lifetime (§1.2: 90 days; 30 before March 2024). */
  trustedDeviceDays?: number;
  /** `POST /api/v1/authenticate` calls per IP per window (§1.1: 100); lower it to test the 429. */
  authenticateRateLimit?: number;
  /** Every other EMnify call, per IP per window (§1.1: 2,000). */
  generalRateLimit?: number;
  /** The rate-limit window (§1.1: 5 minutes). */
  rateLimitWindowSeconds?: number;
  /** Minimum time between two activation e-mail resends for one user. */
  activationResendSeconds?: number;
  /** Amadis as older servers behave: wrong old password is 422 with a top-level `message` (§2). */
  amadisLegacyErrors?: boolean;
  /** Require `Authorization: Bearer` from `POST /oauth/token` on the Amadis user API. */
  amadisRequireBearer?: boolean;
  /** No request log on stdout. */
  quiet?: boolean;
}

export type ResolvedOptions = Required<Omit<SandboxOptions, 'stateFile'>> & { stateFile: string | undefined };

export function resolveOptions(options: SandboxOptions = {}): ResolvedOptions {
  return {
    port: options.port ?? 0,
    host: '127.0.0.1',
    stateFile: options.stateFile,
    authTokenMinutes: options.authTokenMinutes ?? 240,
    mfaTokenMinutes: options.mfaTokenMinutes ?? 5,
    trustedDeviceDays: options.trustedDeviceDays ?? 90,
    authenticateRateLimit: options.authenticateRateLimit ?? 100,
    generalRateLimit: options.generalRateLimit ?? 2000,
    rateLimitWindowSeconds: options.rateLimitWindowSeconds ?? 300,
    activationResendSeconds: options.activationResendSeconds ?? 60,
    amadisLegacyErrors: options.amadisLegacyErrors ?? false,
    amadisRequireBearer: options.amadisRequireBearer ?? false,
    quiet: options.quiet ?? false,
  };
}
