// The Amadis user API client (docs/api-contract.md §2): form-urlencoded requests, JSON answers.
import {
  registerResponseSchema,
  resetResponseSchema,
  successResponseSchema,
  type AmadisRegistration,
} from './amadis-schemas';
import { createAmadisTokenSource, type AmadisClientCredentials } from './amadis-token';
import { ApiError, MissingFieldError, WrongOldPasswordError, type RequiredField } from './errors';
import { createHttpClient, type FetchLike, type HttpMethod } from './http';
import type * as z from '../zod';

export type AmadisClientOptions = {
  /** Per deployment: there is no public default. */
  baseUrl: string;
  /** A bearer token configured on the profile; wins over client credentials. */
  accessToken?: string;
  /** Fetches (and caches) a bearer token from `POST /oauth/token`. */
  clientCredentials?: AmadisClientCredentials;
  timeoutMs?: number;
  fetch?: FetchLike;
  hasHostAccess?: (baseUrl: string) => Promise<boolean>;
  now?: () => number;
};

export type AmadisClient = {
  /** Creates the user; the 32-byte secret is the account's TOTP seed (store it in the vault). */
  register(options: { name: string; email: string; password: string }): Promise<AmadisRegistration>;
  /** WrongOldPasswordError when the server refuses the current password (400 or 422). */
  changePassword(options: { email: string; oldPassword: string; newPassword: string }): Promise<void>;
  /** The password the server generated: a secret, shown once and never logged. */
  resetPassword(options: { email: string }): Promise<string>;
};

export function createAmadisClient(options: AmadisClientOptions): AmadisClient {
  const http = createHttpClient(options);
  const tokens = createAmadisTokenSource(http, options);

  async function call<T>(
    method: HttpMethod,
    path: string,
    form: Record<string, string>,
    schema: z.ZodMiniType<T>,
  ): Promise<T> {
    const bearer = await tokens.get();
    try {
      return await http.request({ method, path, form, bearer, schema });
    } catch (error) {
      // A refused fetched token is dropped so that the next call gets a fresh one. No automatic
      // retry: the user acts again, and a register is never sent twice.
      if (error instanceof ApiError && error.status === 401) tokens.forget();
      throw error;
    }
  }

  function register(user: { name: string; email: string; password: string }) {
    const form = { name: user.name, email: user.email, password: user.password };
    return call('POST', '/api/user/v1/register', form, registerResponseSchema);
  }

  async function changePassword(change: { email: string; oldPassword: string; newPassword: string }) {
    // The server answers a missing field with the same 400/422 as a wrong old password, so an
    // incomplete change is refused here: what comes back as 400/422 can then only mean the latter.
    requireFilled({ 'e-mail address': change.email, 'current password': change.oldPassword, 'new password': change.newPassword });
    try {
      await call(
        'PATCH',
        '/api/user/v1/changepassword',
        { email: change.email, oldpassword: change.oldPassword, newpassword: change.newPassword },
        successResponseSchema,
      );
    } catch (error) {
      // Older servers answer 422, newer ones 400. @see docs/api-contract.md §2
      const wrongOld = error instanceof ApiError && (error.status === 400 || error.status === 422);
      // The server's own sentence, when it sent one (in `message` or `data.error`), says it best.
      if (wrongOld) throw new WrongOldPasswordError({ serverMessage: error.serverMessage, cause: error });
      throw error;
    }
  }

  function resetPassword(reset: { email: string }) {
    return call('PATCH', '/api/user/v1/resetpassword', { email: reset.email }, resetResponseSchema);
  }

  return { register, changePassword, resetPassword };
}

function requireFilled(fields: Record<RequiredField, string>): void {
  for (const [field, value] of Object.entries(fields) as [RequiredField, string][]) {
    if (value.trim() === '') throw new MissingFieldError(field);
  }
}

export type { AmadisRegistration } from './amadis-schemas';
export { AMADIS_SECRET_BYTES } from './amadis-schemas';
export type { AmadisClientCredentials } from './amadis-token';
