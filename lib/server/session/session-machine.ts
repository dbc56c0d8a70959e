// The server session as ONE state machine, kept in ONE storage.session record. Read this file
// first: every other file of this folder is a flow that moves the machine with `transition`.
//
//   from            what happens                                  to                          in
//   any             login (password or application token)         logging-in                  password-login.ts
//   logging-in      the server refuses                            logged-out                  password-login.ts
//   logging-in      the server asks for a code                    awaiting-code               password-login.ts
//   logging-in      tokens (trusted device, application token)    logged-in                   password-login.ts
//   awaiting-code   the code is accepted                          logged-in                   mfa-step.ts
//   awaiting-code   the code is refused                           awaiting-code, +1 refusal   mfa-step.ts
//   awaiting-code   locked out (3 strikes), cancelled             logged-out                  mfa-step.ts, session-actions.ts
//   logged-in       the auth token is renewed                     logged-in, new tokens       session-token-store.ts
//   logged-in       the offer to tie a picked key is answered     logged-in, without it       key-offer.ts
//   logged-in       refresh refused, token ran out                logged-out, "expired"       session-token-store.ts, current-session.ts
//   any             logout, lock, changed password, removed profile   logged-out              end-session.ts
//
// What a login keeps once the server has answered (tokens, a trusted device, the refresh alarm) is
// shared by both steps: login-completion.ts.
//
// A flow waits for a server between its transitions. Its answer may come back after the session was
// ended or replaced meanwhile (a logout, a lock, a cancelled step, another login, a late refresh):
// `transition` then reports it as stale instead of writing, and the flow drops the answer.
//
// storage.session only: memory, readable by the extension's own contexts, gone on browser restart,
// and the session ends on every lock (tokens and the mfa_token are secrets kept only while the vault
// is unlocked). A stopped service worker finds the record again on restart, so a login resumes where
// it was. What is read back is checked like any other input; a damaged record reads as logged out.
import { readStored, writeStored } from '../../storage/stored-io';
import { defineStoredItem } from '../../storage/stored-item';
import * as z from '../../zod';

const text = z.string().check(z.minLength(1));

// One option per literal state: a plain union tells them apart (see lib/vault/record-schemas.ts).
const sessionStateSchema = z.lazy(() => z.union([
  /**
   * `notice`: why the last session ended when the user did not end it, as a reason the login form
   * words (session-notices.ts).
   */
  z.object({ state: z.literal('logged-out'), notice: z.optional(z.string()) }),
  /** A password or application token is with the server; the login form is still what pages see. */
  z.object({ state: z.literal('logging-in'), profileId: text }),
  /** MFA step 2 (docs/api-contract.md §1.2, flow 2). */
  z.object({
    state: z.literal('awaiting-code'),
    profileId: text,
    username: text,
    mfaToken: text,
    /** A trusted-device fingerprint went with the password, and the server still asked for a code. */
    fingerprintSent: z.boolean(),
    /** Consecutive refusals of the code for this mfa_token. */
    rejections: z.int().check(z.gte(0)),
  }),
  z.object({
    state: z.literal('logged-in'),
    profileId: text,
    /** Absent after an application-token login. */
    username: z.optional(text),
    method: z.enum(['password', 'application-token']),
    /** The server skipped the MFA step because this browser is a trusted device. */
    skippedCode: z.boolean(),
    /**
     * The user asked the server to trust this browser at this login's MFA step. With no trusted
     * registration in the vault afterwards, the session says the server does not trust it.
     */
    trustRequested: z.optional(z.boolean()),
    /**
     * The vault account the user picked at the MFA step, not tied to this user: the session offers
     * to tie it (key-offer.ts). Here rather than in the popup, so a restarted worker or a reopened
     * popup still offers it; it goes once answered, and with the session.
     */
    keyOffer: z.optional(text),
    tokens: z.object({ authToken: text, refreshToken: z.optional(text) }),
  }),
]));
export type SessionState = z.infer<typeof sessionStateSchema>;
export type AwaitingCode = Extract<SessionState, { state: 'awaiting-code' }>;
export type LoggedIn = Extract<SessionState, { state: 'logged-in' }>;

/** `revision` grows with every write: a flow that started from revision n expects to find n. */
const recordSchema = z.lazy(() => z.object({ revision: z.int().check(z.gte(0)), session: sessionStateSchema }));
export type SessionRecord = z.infer<typeof recordSchema>;

export const LOGGED_OUT: SessionState = { state: 'logged-out' };

export const sessionRecordItem = defineStoredItem<SessionRecord>({
  area: 'session',
  key: 'serverSessionRecord',
  parser: recordSchema,
  fallback: { revision: 0, session: LOGGED_OUT },
  version: 1,
  // A damaged record may still hold a token: it does not stay.
  removeDamaged: true,
});

export const readSessionRecord = () => readStored(sessionRecordItem);

/** What a transition expects to find: the revision its flow started from, or a test of the record. */
export type Expected = number | ((record: SessionRecord) => boolean);

export const ANY_RECORD: Expected = () => true;

export type Transitioned = { from: SessionState; to: SessionRecord };

// One transition at a time, so that none can slip between another's check and its write. No server
// is ever waited for in here: an ending never waits for a network call.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Writes `next` (or what it makes of the current state) as a new revision if the record is still
 * as `expected`; undefined when it is not: the caller's answer is stale. Ending what is already
 * over, for the same reason, writes nothing and moves nothing either.
 */
export function transition(
  expected: Expected,
  next: SessionState | ((current: SessionState) => SessionState),
): Promise<Transitioned | undefined> {
  const run = queue.then(async () => {
    const current = await readSessionRecord();
    const holds = typeof expected === 'number' ? current.revision === expected : expected(current);
    if (!holds) return undefined;
    const state = typeof next === 'function' ? next(current.session) : next;
    // Through JSON: absent optional fields are left out, which the storage areas do not all do alike.
    const written = JSON.stringify(state);
    if (state.state === 'logged-out' && written === JSON.stringify(current.session)) return undefined;
    const to: SessionRecord = { revision: current.revision + 1, session: JSON.parse(written) as SessionState };
    await writeStored(sessionRecordItem, to);
    return { from: current.session, to };
  });
  // A failed transition is its caller's error; it must not block the ones queued after it.
  queue = run.catch(() => undefined);
  return run;
}
