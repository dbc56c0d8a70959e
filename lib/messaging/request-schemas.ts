import * as z from '../zod';
import type { MessageType, RequestOf } from './protocol';

const empty = z.strictObject({});
const passphrase = z.string().check(z.minLength(1), z.maxLength(1024));
const id = z.string().check(z.minLength(1), z.maxLength(64));
const text = (max: number) => z.string().check(z.maxLength(max));
const algorithm = z.enum(['SHA1', 'SHA256', 'SHA512']);
const int = (min: number, max: number) => z.number().check(z.int(), z.gte(min), z.lte(max));

type RequestSchemas = { [K in MessageType]: z.ZodMiniType<RequestOf<K>> };

/**
 * Every request body is parsed against its schema before any handler runs. Limits are generous
 * for real use and small enough that a hostile sender cannot make the background do much work.
 */
export const requestSchemas: RequestSchemas = {
  'popup.open': z.strictObject({ firstRows: int(0, 200) }),
  'vault.status': empty,
  'vault.create': z.strictObject({ passphrase }),
  'vault.unlock': z.strictObject({ passphrase }),
  'vault.lock': empty,
  'vault.changePassphrase': z.strictObject({ current: passphrase, next: passphrase }),
  'accounts.list': empty,
  'accounts.addUri': z.strictObject({ uri: text(4096) }),
  'accounts.addManual': z.strictObject({
    type: z.enum(['totp', 'hotp']),
    issuer: text(256),
    label: text(256),
    secret: text(1024),
    algorithm,
    // Ranges are the OTP module's to check: it says what is wrong in words a user understands.
    digits: z.number(),
    period: z.number(),
    counter: z.number(),
  }),
  'codes.current': z.strictObject({ ids: z.optional(z.array(id).check(z.maxLength(10_000))) }),
  'hotp.next': z.strictObject({ id }),
  'settings.setAutoLock': z.strictObject({ minutes: int(1, 1440) }),
};
