/**
 * The sandbox's whole state, as plain JSON-safe data so that `--state FILE`
 * can save and reload it verbatim. Times are server-clock epoch milliseconds.
 */

export interface MfaKeyRecord {
  id: number;
  /** Base32 seed. Returned to the client only by the creating POST (§1.3). */
  secret: string;
  /** 0 Activation Pending, 1 Active. */
  status: 0 | 1;
  createdAt: number;
  activatedAt?: number;
  /** Highest TOTP step ever accepted: any step ≤ this is a replay (RFC 6238 §5.2, contract §4). */
  lastUsedStep: number;
}

export interface TrustedDeviceRecord {
  id: number;
  fingerprint: string;
  operatingSystem?: string;
  browser?: string;
  name?: string;
  activatedAt: number;
}

export interface EmnifyUserRecord {
  id: number;
  email: string;
  /** Lowercase SHA-1 hex: the wire format is what the server compares. */
  passwordSha1: string;
  activated: boolean;
  activationKey?: string;
  /** Bumped on a password change: older auth and refresh tokens stop working. */
  tokenGeneration: number;
  failedLogins: number;
  lockedUntil?: number;
  lastResendAt?: number;
  mfaKeys: MfaKeyRecord[];
  trustedDevices: TrustedDeviceRecord[];
  /** Step 2 takes the code and ignores `trusted_device`, as a server that does not know it would. */
  ignoresTrustedDevice?: boolean;
  /**
   * An administrator of the organisation: reads and manages every user's MFA keys and trusted
   * devices by `{user_id}`. All sandbox users are one organisation. Absent means an ordinary user.
   */
  admin?: true;
}

export interface RefreshTokenRecord {
  token: string;
  userId: number;
  generation: number;
}

export interface MfaTokenRecord {
  token: string;
  userId: number;
  expiresAt: number;
}

export interface ApplicationTokenRecord {
  token: string;
  userId: number;
}

export interface AmadisUserRecord {
  id: number;
  name: string;
  email: string;
  passwordSha256: string;
  userSecret: string;
}

export interface AmadisAccessTokenRecord {
  token: string;
  clientId: string;
  expiresAt: number;
}

/** Random values printed for the demo; kept across `reset` so the printed lines stay true. */
export interface DemoSecrets {
  mfaSecret: string;
  applicationToken: string;
}

export interface SandboxState {
  version: 1;
  demo: DemoSecrets;
  /** HS256 key (hex). Persisted so auth tokens survive a restart with `--state`; new on reset. */
  jwtSecret: string;
  /** One counter for every id, so a user id can never be mistaken for a key or device id. */
  nextId: number;
  users: EmnifyUserRecord[];
  refreshTokens: RefreshTokenRecord[];
  mfaTokens: MfaTokenRecord[];
  applicationTokens: ApplicationTokenRecord[];
  amadisUsers: AmadisUserRecord[];
  amadisAccessTokens: AmadisAccessTokenRecord[];
}

export function takeId(state: SandboxState): number {
  const id = state.nextId;
  state.nextId += 1;
  return id;
}
