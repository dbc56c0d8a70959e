// The user record, account activation and password change (docs/api-contract.md §1.3, §1.5).
import { hashPasswordForEmnify } from './emnify-password';
import { userPath } from './emnify-paths';
import { userSchema, type EmnifyUser } from './emnify-schemas';
import type { EmnifySession } from './emnify-session';
import type { SessionTokens } from './emnify-tokens';
import { ApiError, WrongOldPasswordError } from './errors';
import { noContent, type HttpClient } from './http';

/** EMnify's "Failed" code, which change-password uses for a wrong old password. @see §1.1 */
const FAILED_ERROR_CODE = 1002;

export type EmnifyAccount = {
  /**
   * A user by id or username (e-mail). The contract has no "who am I" call: the client learns its
   * own user id and MFA keys by asking for the username it logged in with.
   */
  getUser(idOrUsername: number | string, options?: { signal?: AbortSignal }): Promise<EmnifyUser>;
  /** Public: sets the first password with the key from the activation e-mail. */
  activateAccount(options: { activationKey: string; password: string }): Promise<void>;
  /** Public: the reCAPTCHA token comes from the provider's page or is pasted by the user (§1.5). */
  resendActivation(options: { username: string; recaptchaToken: string }): Promise<void>;
  /** Changes the password, then drops the tokens: the user logs in again with the new one. */
  changePassword(options: { oldPassword: string; newPassword: string }): Promise<void>;
};

export function createEmnifyAccount(
  http: HttpClient,
  session: EmnifySession,
  tokens: SessionTokens,
): EmnifyAccount {
  // async, like every call here: a refused id must be a rejection, not a throw from the call itself.
  async function getUser(idOrUsername: number | string, options?: { signal?: AbortSignal }) {
    return session.authed({
      method: 'GET',
      path: userPath(idOrUsername),
      schema: userSchema,
      signal: options?.signal,
    });
  }

  async function activateAccount(options: { activationKey: string; password: string }) {
    await http.request({
      method: 'POST',
      path: '/api/v1/user/activation',
      // camelCase on the wire, although the prose calls it activation_token. §1.5
      json: {
        activationKey: options.activationKey,
        password: await hashPasswordForEmnify(options.password),
      },
      schema: noContent,
    });
  }

  async function resendActivation(options: { username: string; recaptchaToken: string }) {
    await http.request({
      method: 'POST',
      path: '/api/v1/user/activation_resend',
      json: { username: options.username, 'g-recaptcha-response': options.recaptchaToken },
      schema: noContent,
    });
  }

  async function changePassword(options: { oldPassword: string; newPassword: string }) {
    const [oldHash, newHash] = await Promise.all([
      hashPasswordForEmnify(options.oldPassword),
      hashPasswordForEmnify(options.newPassword),
    ]);
    try {
      await session.authed({
        method: 'PATCH',
        path: '/api/v1/user/password',
        json: { old_password: oldHash, new_password: newHash },
        schema: noContent,
      });
    } catch (error) {
      const wrongOld =
        error instanceof ApiError &&
        error.status === 422 &&
        (error.errorCode === undefined || error.errorCode === FAILED_ERROR_CODE);
      // The server's sentence ("Invalid old password") is shown when it sent one. §1.1
      if (wrongOld) throw new WrongOldPasswordError({ serverMessage: error.serverMessage, cause: error });
      throw error;
    }
    // Whatever session is stored now, the old password's is over.
    await tokens.end();
  }

  return { getUser, activateAccount, resendActivation, changePassword };
}
