// Where the server session lives. Tokens, the pending MFA step and the session's facts are in
// storage.session only: memory, readable by the extension's own contexts, gone on browser
// restart, and wiped on every lock (secrets only while the vault is unlocked). A stopped service
// worker finds them again on restart, so a login resumes where it was. Only the last profile and
// e-mail address (no secret) are in storage.local, to prefill the form.
// What is read back is checked like any other input; a damaged value reads as "none".
import type { EmnifyTokens, TokenStore } from '../../api';
import { readStored, removeStored, writeStored } from '../../storage/stored-io';
import { defineStoredItem, type StoredItem } from '../../storage/stored-item';
import * as z from '../../zod';

const text = z.string().check(z.minLength(1));

/** The facts of the logged-in session; its tokens are kept apart, under the client's control. */
const sessionSchema = z.object({
  profileId: text,
  username: z.optional(text),
  method: z.enum(['password', 'application-token']),
  /** The server skipped the MFA step because this browser is a trusted device. */
  skippedCode: z.boolean(),
});
export type StoredSession = z.infer<typeof sessionSchema>;

/** One set of tokens at a time, tied to the profile whose client wrote them. */
const tokensSchema = z.object({ profileId: text, authToken: text, refreshToken: z.optional(text) });
type StoredTokens = z.infer<typeof tokensSchema>;

/** A login waiting at the MFA step (docs/api-contract.md §1.2, flow 2). */
const pendingSchema = z.object({
  profileId: text,
  username: text,
  mfaToken: text,
  /** A trusted-device fingerprint went with the password, and the server still asked for a code. */
  fingerprintSent: z.boolean(),
  /** Consecutive refusals of the code for this mfa_token. */
  rejections: z.int().check(z.gte(0)),
});
export type PendingMfa = z.infer<typeof pendingSchema>;

const lastLoginSchema = z.object({ profileId: z.optional(text), username: z.optional(text) });
export type LastLogin = z.infer<typeof lastLoginSchema>;

export const serverSessionItem = defineStoredItem({
  area: 'session',
  key: 'serverSession',
  parser: sessionSchema,
  fallback: undefined,
  version: 1,
});
export const serverTokensItem = defineStoredItem({
  area: 'session',
  key: 'serverTokens',
  parser: tokensSchema,
  fallback: undefined,
  version: 1,
});
export const pendingMfaItem = defineStoredItem({
  area: 'session',
  key: 'pendingMfa',
  parser: pendingSchema,
  fallback: undefined,
  version: 1,
});
/** Why the last session ended when the user did not end it (shown on the login form). */
export const sessionNoticeItem = defineStoredItem({
  area: 'session',
  key: 'sessionNotice',
  parser: z.string(),
  fallback: undefined,
  version: 1,
});
/** The last profile and e-mail address, to prefill the login form (storage.local: no secret). */
export const lastLoginItem = defineStoredItem<LastLogin>({
  area: 'local',
  key: 'lastLogin',
  parser: lastLoginSchema,
  fallback: {},
  version: 1,
});

/** Leaves out absent optional fields, which the storage areas do not all drop the same way. */
function write<T extends object>(item: StoredItem<T, unknown>, value: T): Promise<void> {
  return writeStored(item, Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T);
}

export const readStoredSession = () => readStored(serverSessionItem);
export const writeStoredSession = (session: StoredSession) => write(serverSessionItem, session);

export const readPendingMfa = () => readStored(pendingMfaItem);
export const writePendingMfa = (pending: PendingMfa) => write(pendingMfaItem, pending);
export const clearPendingMfa = () => removeStored(pendingMfaItem);

export const readStoredTokens = () => readStored(serverTokensItem);

export const readNotice = () => readStored(sessionNoticeItem);

export async function writeNotice(notice: string | undefined): Promise<void> {
  if (notice === undefined) await removeStored(sessionNoticeItem);
  else await writeStored(sessionNoticeItem, notice);
}

/** Removes the session's facts, its tokens and any pending MFA step; true if there was any (a damaged one is none). */
export async function clearSessionState(): Promise<boolean> {
  const stored = await Promise.all([readStoredSession(), readStoredTokens(), readPendingMfa()]);
  await removeStored(serverSessionItem, serverTokensItem, pendingMfaItem);
  return stored.some((value) => value !== undefined);
}

export const readLastLogin = () => readStored(lastLoginItem);

export const writeLastLogin = (last: LastLogin) => write(lastLoginItem, last);

/**
 * The token store of one profile's EMnify client. Writes replace whatever session was stored (one
 * session at a time); reads and clears only see this profile's tokens, so a late write-back of
 * another profile's client can neither read nor end this one.
 */
export function sessionTokenStore(profileId: string): TokenStore {
  const own = (stored: StoredTokens | undefined) => (stored?.profileId === profileId ? stored : undefined);
  return {
    async get(): Promise<EmnifyTokens | undefined> {
      const stored = own(await readStoredTokens());
      return stored && { authToken: stored.authToken, refreshToken: stored.refreshToken };
    },
    async set(tokens) {
      const stored: StoredTokens = { profileId, authToken: tokens.authToken, refreshToken: tokens.refreshToken };
      await write(serverTokensItem, stored);
    },
    async clear() {
      if (own(await readStoredTokens())) await removeStored(serverTokensItem);
    },
  };
}
