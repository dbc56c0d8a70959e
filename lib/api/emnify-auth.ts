// The public `POST /api/v1/authenticate` modes other than refresh (docs/api-contract.md §1.2). None of
// them is ever retried: a failed login counts towards the server's 3-strike lockout.
import { hashPasswordForEmnify } from './emnify-password';
import { authenticateResponseSchema, type AuthResult } from './emnify-schemas';
import { AUTHENTICATE_PATH } from './emnify-session';
import type { SessionTokens } from './emnify-tokens';
import { UnexpectedResponseError } from './errors';
import type { HttpClient } from './http';

export type PasswordLogin = {
  /** The user's e-mail address. */
  username: string;
  /** In clear; hashed here, never stored. */
  password: string;
  /** This browser's trusted-device fingerprint, to skip the MFA step when still trusted. */
  fingerprint?: string;
};

/** Registers this browser as a trusted device during MFA step 2 (the current form, §1.2 Decision). */
export type TrustedDeviceRegistration = {
  fingerprint: string;
  operatingSystem?: string;
  browser?: string;
  name?: string;
};

export type MfaLogin = {
  mfaToken: string;
  /** A string: e-mailed codes may contain letters. */
  code: string;
  trustedDevice?: TrustedDeviceRegistration;
};

export type EmnifyAuth = {
  loginWithPassword(login: PasswordLogin): Promise<AuthResult>;
  completeMfaLogin(login: MfaLogin): Promise<AuthResult>;
  loginWithApplicationToken(applicationToken: string): Promise<AuthResult & { kind: 'tokens' }>;
};

export function createEmnifyAuth(http: HttpClient, tokens: SessionTokens): EmnifyAuth {
  /** One authenticate call; tokens in the answer start a new session (a new epoch). */
  async function authenticate(body: Record<string, unknown>): Promise<AuthResult> {
    const result = await http.request({
      method: 'POST',
      path: AUTHENTICATE_PATH,
      json: body,
      schema: authenticateResponseSchema,
    });
    if (result.kind === 'tokens') {
      await tokens.start({ authToken: result.authToken, refreshToken: result.refreshToken });
    }
    return result;
  }

  async function loginWithPassword(login: PasswordLogin): Promise<AuthResult> {
    return authenticate({
      username: login.username,
      password: await hashPasswordForEmnify(login.password),
      fingerprint: login.fingerprint,
    });
  }

  async function completeMfaLogin(login: MfaLogin): Promise<AuthResult> {
    const device = login.trustedDevice;
    return authenticate({
      mfa_token: login.mfaToken,
      code: login.code,
      trusted_device: device && {
        fingerprint: device.fingerprint,
        operating_system: device.operatingSystem,
        browser: device.browser,
        name: device.name,
      },
    });
  }

  async function loginWithApplicationToken(applicationToken: string) {
    const result = await authenticate({ application_token: applicationToken });
    // Application tokens never lead to an MFA step; an answer that asks for one is malformed.
    if (result.kind !== 'tokens') {
      throw new UnexpectedResponseError(
        { method: 'POST', path: AUTHENTICATE_PATH, route: AUTHENTICATE_PATH, host: http.host },
        ['auth_token'],
      );
    }
    return result;
  }

  return { loginWithPassword, completeMfaLogin, loginWithApplicationToken };
}
