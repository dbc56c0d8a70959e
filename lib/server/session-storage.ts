// Where the server session lives. Tokens, the pending MFA step and the session's facts are in
// storage.session only: memory, readable by the extension's own contexts, gone on browser
// restart, and wiped on every lock (secrets only while the vault is unlocked). A stopped service
// worker finds them again on restart, so a login resumes where it was. Only the last profile and
// e-mail address (no secret) are in storage.local, to prefill the form.
// What is read back is checked like any other input; a damaged value reads as "none".
import { browser } from 'wxt/browser';
import type { EmnifyTokens, TokenStore } from '../api';
import * as z from '../zod';

const SESSION_KEY = 'serverSession';
const TOKENS_KEY = 'serverTokens';
const PENDING_KEY = 'pendingMfa';
const NOTICE_KEY = 'sessionNotice';
const LAST_LOGIN_KEY = 'lastLogin';

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

async function readParsed<T>(area: 'session' | 'local', key: string, schema: z.ZodMiniType<T>): Promise<T | undefined> {
  const parsed = schema.safeParse((await browser.storage[area].get(key))[key]);
  return parsed.success ? parsed.data : undefined;
}

/** Leaves out absent optional fields, which the storage areas do not all drop the same way. */
function write(area: 'session' | 'local', key: string, value: object): Promise<void> {
  const defined = Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined));
  return browser.storage[area].set({ [key]: defined });
}

export const readStoredSession = () => readParsed('session', SESSION_KEY, sessionSchema);
export const writeStoredSession = (session: StoredSession) => write('session', SESSION_KEY, session);

export const readPendingMfa = () => readParsed('session', PENDING_KEY, pendingSchema);
export const writePendingMfa = (pending: PendingMfa) => write('session', PENDING_KEY, pending);
export const clearPendingMfa = () => browser.storage.session.remove(PENDING_KEY);

export const readStoredTokens = () => readParsed('session', TOKENS_KEY, tokensSchema);

/** Why the last session ended when the user did not end it (shown on the login form). */
export async function readNotice(): Promise<string | undefined> {
  const stored: unknown = (await browser.storage.session.get(NOTICE_KEY))[NOTICE_KEY];
  return typeof stored === 'string' ? stored : undefined;
}

export async function writeNotice(notice: string | undefined): Promise<void> {
  if (notice === undefined) await browser.storage.session.remove(NOTICE_KEY);
  else await browser.storage.session.set({ [NOTICE_KEY]: notice });
}

/** Removes the session's facts, its tokens and any pending MFA step; true if there was any. */
export async function clearSessionState(): Promise<boolean> {
  const keys = [SESSION_KEY, TOKENS_KEY, PENDING_KEY];
  const stored = await browser.storage.session.get(keys);
  await browser.storage.session.remove(keys);
  return keys.some((key) => stored[key] !== undefined);
}

export const readLastLogin = async (): Promise<LastLogin> =>
  (await readParsed('local', LAST_LOGIN_KEY, lastLoginSchema)) ?? {};

export const writeLastLogin = (last: LastLogin) => write('local', LAST_LOGIN_KEY, last);

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
      await write('session', TOKENS_KEY, stored);
    },
    async clear() {
      if (own(await readStoredTokens())) await browser.storage.session.remove(TOKENS_KEY);
    },
  };
}
