// Shapes of the Amadis answers (docs/api-contract.md §2). Both the user secret and a reset's generated
// password are secrets: a failed check names the field, never its value.
import { decodeBase64 } from '../otp';
import * as z from '../zod';
import { numberLike } from './error-body';

/** The seed Amadis hands out is 32 random bytes. */
export const AMADIS_SECRET_BYTES = 32;

const success = z.literal('success');
const nonEmpty = z.string().check(z.minLength(1));

export type AmadisRegistration = { userId: string; secret: Uint8Array };

function decodeUserSecret(text: string): Uint8Array | undefined {
  try {
    const bytes = decodeBase64(text);
    return bytes.length === AMADIS_SECRET_BYTES ? bytes : undefined;
  } catch {
    return undefined;
  }
}

/** 201 `{status, data: {user_id (number or string), user_secret (Base64), id?}}`. */
export const registerResponseSchema = z.lazy(() => z.pipe(
  z.object({
    status: success,
    data: z.object({
      user_id: z.union([z.number(), nonEmpty]),
      user_secret: nonEmpty,
    }),
  }),
  z.transform((body, ctx): AmadisRegistration => {
    const secret = decodeUserSecret(body.data.user_secret);
    if (!secret) {
      // `input` left empty on purpose: the issue must not carry the secret.
      ctx.issues.push({
        code: 'custom',
        message: `Not Base64 of ${AMADIS_SECRET_BYTES} bytes`,
        input: undefined,
        path: ['data', 'user_secret'],
      });
      return z.NEVER;
    }
    return { userId: String(body.data.user_id), secret };
  }),
));

/** 200 `{status: "success"}`: anything else is not a confirmed change. */
export const successResponseSchema = z.lazy(() => z.object({ status: success }));

/** 200 `{status, data: {email, password}}` → the generated password (a secret: show once). */
export const resetResponseSchema = z.lazy(() => z.pipe(
  z.object({ status: success, data: z.object({ password: nonEmpty }) }),
  z.transform((body) => body.data.password),
));

export type OAuthToken = { accessToken: string; expiresInSeconds?: number };

/** `POST /oauth/token` → `{token_type: "Bearer", expires_in, access_token}`. @see RFC 6749 §5.1 */
export const oauthTokenSchema = z.lazy(() => z.pipe(
  z.object({
    access_token: nonEmpty,
    // RFC 6749 §5.1: token_type is case-insensitive.
    token_type: z.optional(z.string().check(z.regex(/^bearer$/iu))),
    expires_in: z.optional(numberLike),
  }),
  z.transform(
    (body): OAuthToken => ({ accessToken: body.access_token, expiresInSeconds: body.expires_in }),
  ),
));
