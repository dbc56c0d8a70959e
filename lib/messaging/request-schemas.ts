import { OTP_ALGORITHMS, OTP_TYPES } from '../otp/types';
import * as z from '../zod';
import type { MessageType, RequestOf } from './protocol';

const empty = z.strictObject({});
const passphrase = z.string().check(z.minLength(1), z.maxLength(1024));
const id = z.string().check(z.minLength(1), z.maxLength(64));
const text = (max: number) => z.string().check(z.maxLength(max));
const algorithm = z.enum(OTP_ALGORITHMS);
const int = (min: number, max: number) => z.number().check(z.int(), z.gte(min), z.lte(max));

const profileId = id;
const serverPassword = z.string().check(z.minLength(1), z.maxLength(1024));
const email = z.string().check(z.minLength(1), z.maxLength(254));
const url = text(2048);

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
    type: z.enum(OTP_TYPES),
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

  'profiles.list': empty,
  'profiles.add': z.strictObject({
    kind: z.enum(['emnify', 'amadis']),
    name: text(100),
    baseUrl: url,
    resendActivationUrl: z.optional(url),
    clientId: z.optional(text(512)),
    clientSecret: z.optional(text(1024)),
  }),
  'profiles.remove': z.strictObject({ id: profileId }),
  'profiles.select': z.strictObject({ id: profileId }),

  'session.view': empty,
  'session.loginPassword': z.strictObject({ profileId, username: email, password: serverPassword }),
  'session.loginToken': z.strictObject({ profileId, applicationToken: z.string().check(z.minLength(1), z.maxLength(4096)) }),
  'session.submitCode': z.strictObject({
    // Letters allowed: e-mailed codes may contain them. The server decides what it accepts.
    code: z.optional(z.string().check(z.minLength(1), z.maxLength(32))),
    trustDevice: z.boolean(),
  }),
  'session.cancelMfa': empty,
  'session.logout': empty,
  'session.changePassword': z.strictObject({ oldPassword: serverPassword, newPassword: serverPassword }),

  'enrolment.types': empty,
  'enrolment.start': z.strictObject({ typeId: int(0, 1_000_000), password: serverPassword }),
  'enrolment.list': empty,
  'enrolment.reveal': z.strictObject({ accountId: id }),
  'enrolment.activate': z.strictObject({ accountId: id }),
  'enrolment.cancel': z.strictObject({ accountId: id }),

  'account.activate': z.strictObject({ profileId, activationKey: text(1024), password: serverPassword }),
  'account.resendActivation': z.strictObject({ profileId, username: email, recaptchaToken: text(4096) }),
  'amadis.register': z.strictObject({ profileId, name: text(256), email, password: serverPassword }),
  'amadis.changePassword': z.strictObject({
    profileId,
    email,
    oldPassword: serverPassword,
    newPassword: serverPassword,
  }),
  'amadis.resetPassword': z.strictObject({ profileId, email }),

  'devices.list': empty,
  'devices.revoke': z.strictObject({ id: int(0, Number.MAX_SAFE_INTEGER) }),
  'devices.revokeOthers': empty,
  'mfaKeys.list': empty,
  'mfaKeys.delete': z.strictObject({ id: int(0, Number.MAX_SAFE_INTEGER) }),

  'accounts.update': z.strictObject({
    id,
    issuer: z.optional(text(256)),
    label: z.optional(text(256)),
    algorithm: z.optional(algorithm),
    // Ranges are the OTP module's to check, as for accounts.addManual.
    digits: z.optional(z.number()),
    period: z.optional(z.number()),
    counter: z.optional(z.number()),
    origins: z.optional(z.array(text(2048)).check(z.maxLength(50))),
  }),
  'accounts.reorder': z.strictObject({ ids: z.array(id).check(z.maxLength(10_000)) }),
  'accounts.delete': z.strictObject({ id }),
  'accounts.undoDelete': z.strictObject({ undoToken: id }),
  'accounts.reveal': z.strictObject({ id, passphrase }),

  'import.preview': z.strictObject({ uris: z.array(text(4096)).check(z.maxLength(1000)) }),
  'import.commit': z.strictObject({ uris: z.array(text(4096)).check(z.maxLength(1000)), origin: z.optional(text(2048)) }),

  'backup.status': empty,
  'backup.export': z.strictObject({ passphrase, vaultPassphrase: passphrase }),
  'backup.preview': z.strictObject({ content: text(20_000_000), passphrase }),
  'backup.restore': z.strictObject({ content: text(20_000_000), passphrase }),
  'backup.exportPlain': z.strictObject({ vaultPassphrase: passphrase }),

  'settings.get': empty,
  'settings.update': z.strictObject({
    autoLockMinutes: z.optional(int(1, 1440)),
    clipboardClearSeconds: z.optional(int(0, 600)),
    theme: z.optional(z.enum(['system', 'light', 'dark'])),
  }),
  'clipboard.copied': empty,
  'vault.erase': z.strictObject({ confirmation: text(64) }),

  'autofill.candidates': empty,
  'autofill.fill': z.strictObject({ accountId: id, confirmed: z.boolean() }),
  'autofill.pending': empty,
  'autofill.dismiss': empty,
};
