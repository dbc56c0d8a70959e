// Shapes of the EMnify answers (docs/api-contract.md §1), each turned into the camelCase view the rest of
// the extension uses. Unknown fields are dropped; a missing required field is an
// UnexpectedResponseError in the HTTP layer. Secrets (tokens, MFA seeds) are never logged here.
import * as z from '../zod';
import { timestampField } from './timestamps';

/** A device is trusted for 90 days from registration (30 before March 2024). @see docs/api-contract.md §1.2 */
export const TRUSTED_DEVICE_LIFETIME_MS = 90 * 24 * 60 * 60 * 1000;

// Numeric ids; a quoted number is accepted because it costs nothing and some proxies re-encode.
const apiId = z.lazy(() => z.union([
  z.int(),
  z.pipe(z.string().check(z.regex(/^\d+$/u)), z.transform((value) => Number(value))),
]));

const token = z.string().check(z.minLength(1));
const optionalText = z.lazy(() => z.pipe(
  z.nullish(z.string()),
  z.transform((value) => value ?? undefined),
));

export type AuthResult =
  | { kind: 'tokens'; authToken: string; refreshToken?: string }
  | { kind: 'mfa-required'; mfaToken: string };

/** `{auth_token?, refresh_token?, mfa_token?}`: tokens win, else an MFA step, else malformed. */
export const authenticateResponseSchema = z.lazy(() => z.pipe(
  z.object({
    auth_token: z.optional(token),
    refresh_token: z.optional(token),
    mfa_token: z.optional(token),
  }),
  z.transform((body, ctx): AuthResult => {
    if (body.auth_token !== undefined) {
      return { kind: 'tokens', authToken: body.auth_token, refreshToken: body.refresh_token };
    }
    if (body.mfa_token !== undefined) return { kind: 'mfa-required', mfaToken: body.mfa_token };
    ctx.issues.push({ code: 'custom', message: 'No token in the answer', input: undefined, path: ['auth_token'] });
    return z.NEVER;
  }),
));

/** `{auth_token}` from a refresh (a new refresh_token is taken if a server ever sends one). */
export const refreshResponseSchema = z.lazy(() => z.object({
  auth_token: token,
  refresh_token: z.optional(token),
}));

export type Labelled = { id: number; description?: string };

/** Lookups say `description`, the user's `mfa` list says `name`: both are read. @see §1.3 */
export const labelledSchema = z.lazy(() => z.pipe(
  z.object({ id: apiId, description: optionalText, name: optionalText }),
  z.transform(({ id, description, name }): Labelled => ({ id, description: description ?? name })),
));
export const labelledListSchema = z.lazy(() => z.array(labelledSchema));

export type MfaKeyCreated = {
  id: number;
  status?: Labelled;
  type?: Labelled;
  /** Base32 TOTP seed: returned only on creation, store it in the vault before anything else. */
  secretKey: string;
  /** The same seed as a link; undefined when the server left it out or sent something else. */
  otpauth?: string;
  createdAt?: number;
};

/** Absent or malformed both become undefined: an optional field never fails the answer. */
function lenient<T extends z.ZodMiniType>(schema: T) {
  return z.catch(z.optional(schema), undefined);
}

/**
 * The seed is shown only once (§1.3): refusing the answer over a side field would lose it for
 * good, so only `id` (to activate the key) and `secret_key` are required.
 */
export const mfaKeyCreatedSchema = z.lazy(() => z.pipe(
  z.object({
    id: apiId,
    status: lenient(labelledSchema),
    type: lenient(labelledSchema),
    secret_key: token,
    otpauth: lenient(token),
    creation_date: lenient(timestampField),
  }),
  z.transform(
    (body): MfaKeyCreated => ({
      id: body.id,
      status: body.status,
      type: body.type,
      secretKey: body.secret_key,
      otpauth: body.otpauth,
      createdAt: body.creation_date,
    }),
  ),
));

export type MfaKey = {
  id: number;
  type?: Labelled;
  status?: Labelled;
  createdAt?: number;
  activatedAt?: number;
};

const mfaKeySchema = z.lazy(() => z.pipe(
  z.object({
    id: apiId,
    type: z.optional(labelledSchema),
    status: z.optional(labelledSchema),
    creation_date: timestampField,
    activation_date: timestampField,
  }),
  z.transform(
    (body): MfaKey => ({
      id: body.id,
      type: body.type,
      status: body.status,
      createdAt: body.creation_date,
      activatedAt: body.activation_date,
    }),
  ),
));

export type EmnifyUser = { id: number; username?: string; name?: string; mfaKeys: MfaKey[] };

export const userSchema = z.lazy(() => z.pipe(
  z.object({
    id: apiId,
    username: optionalText,
    name: optionalText,
    mfa: z.nullish(z.array(mfaKeySchema)),
  }),
  z.transform(
    (body): EmnifyUser => ({
      id: body.id,
      username: body.username,
      name: body.name,
      mfaKeys: body.mfa ?? [],
    }),
  ),
));

export type TrustedDevice = {
  id: number;
  operatingSystem?: string;
  browser?: string;
  activatedAt?: number;
  /** Computed: the server returns no expiry. */
  expiresAt?: number;
};

const trustedDeviceSchema = z.lazy(() => z.pipe(
  z.object({
    id: apiId,
    operating_system: optionalText,
    browser: optionalText,
    activation_date: timestampField,
  }),
  z.transform(
    (body): TrustedDevice => ({
      id: body.id,
      operatingSystem: body.operating_system,
      browser: body.browser,
      activatedAt: body.activation_date,
      expiresAt:
        body.activation_date === undefined
          ? undefined
          : body.activation_date + TRUSTED_DEVICE_LIFETIME_MS,
    }),
  ),
));
export const trustedDeviceListSchema = z.lazy(() => z.array(trustedDeviceSchema));
