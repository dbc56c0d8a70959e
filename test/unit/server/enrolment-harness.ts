// The enrolment flows as the background runs them: the real handlers, a real vault over a fresh
// fake-indexeddb database, the real EMnify client talking to the sandbox over HTTP, a hand-made
// ServerPort holding the session, and a fake clock. Faults are injected at the HTTP boundary
// (see switchboard.ts); a "worker restart" rebuilds every instance over the same database and
// the same storage.session.
import {
  createEmnifyClient,
  createMemoryTokenStore,
  type EmnifyClient,
  type EmnifyTokens,
} from '../../../lib/api';
import { accountMessages } from '../../../lib/accounts/account-messages';
import type { AutoLockPort, VaultPort } from '../../../lib/vault/vault-port';
import { withCompositions, type BackgroundDeps } from '../../../lib/background/deps';
import type { LoggedInSession, ServerPort } from '../../../lib/server/server-port';
import { enrolmentMessages } from '../../../lib/server/enrolment/enrolment-messages';
import { popupMessages } from '../../../lib/accounts/popup-messages';
import type { ReplyOf, RequestOf, ServerProfile } from '../../../lib/protocol/protocol';
import { toWireError } from '../../../lib/messaging/remote-error';
import type { MessageTable } from '../../../lib/protocol/protocol';
import { NotLoggedInError, UnknownProfileError } from '../../../lib/server/errors';
import { createVaultService } from '../../../lib/vault/vault-service';
import { switchboard, type Switchboard } from './enrolment-switchboard';

export const PROFILE: ServerProfile = {
  id: 'profile-sandbox',
  kind: 'emnify',
  name: 'Test sandbox',
  baseUrl: 'http://127.0.0.1',
  builtIn: false,
};
const PASSPHRASE = 'enrolment test passphrase';
/** Short enough for a "server does not answer" test, long for a sandbox on the same machine. */
const TIMEOUT_MS = 1_500;

type Message = 'popup.open' | 'accounts.list' | 'codes.current' | (`enrolment.${string}` & keyof MessageTable);
export type Reply<K extends Message> = { ok: true; value: ReplyOf<K> } | { ok: false; error: { name: string; message: string } };

export type ClockOptions = {
  start: number;
  /** Runs on every sleep, e.g. to move the sandbox's clock along with ours. */
  onSleep?(ms: number): Promise<void>;
};

export type Harness = {
  deps: BackgroundDeps;
  board: Switchboard;
  profiles: ServerProfile[];
  now(): number;
  /** Every wait the flows asked for, in ms. */
  sleeps: number[];
  /** What a page would get: the reply, or the error as the gate would send it. */
  send<K extends Message>(type: K, body: RequestOf<K>): Promise<Reply<K>>;
  /** The reply's value; a failed reply fails the test with the error's name and sentence. */
  value<K extends Message>(type: K, body: RequestOf<K>): Promise<ReplyOf<K>>;
  /** The error the handler threw (before the gate turns it into a wire error). */
  failure<K extends Message>(type: K, body: RequestOf<K>): Promise<Error>;
  /** A password login as `username`; the session becomes the current one. */
  login(username: string, password: string): Promise<LoggedInSession>;
  /** Replaces or ends the current session without a login (another user, a token login, logout). */
  setSession(session: LoggedInSession | undefined): void;
  session(): LoggedInSession | undefined;
  tokens(): Promise<EmnifyTokens | undefined>;
  /** A stopped and restarted service worker: new vault, client and handlers, same disk and session. */
  restart(): void;
  /** Wraps the vault the next handlers see, e.g. to make a write fail. */
  wrapVault(wrap: (vault: VaultPort) => VaultPort): void;
  /** Every reply and every thrown error so far, with its texts: for the secret checks. */
  transcript(): { replies: { type: string; json: string }[]; errorTexts: string[] };
};

const autoLock: AutoLockPort = {
  getAutoLockMinutes: async () => 15,
  setAutoLockMinutes: async () => undefined,
  touchAutoLock: async () => undefined,
  cancelAutoLock: async () => undefined,
};

let databases = 0;

/** The texts of an error a page or a log could see: its name, message and those of its causes. */
function visibleTexts(error: unknown): string[] {
  const texts: string[] = [];
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    texts.push(String(current), current.message, JSON.stringify(current));
  }
  return texts;
}

export async function enrolmentHarness(baseUrl: string, clock: ClockOptions): Promise<Harness> {
  databases += 1;
  const dbName = `enrolment-test-${databases}-${crypto.randomUUID()}`;
  const board = switchboard();
  const tokenStore = createMemoryTokenStore();
  const profiles: ServerProfile[] = [{ ...PROFILE, baseUrl }];
  const sleeps: number[] = [];
  const replies: { type: string; json: string }[] = [];
  const errorTexts: string[] = [];
  let time = clock.start;
  let current: LoggedInSession | undefined;
  let wrap: (vault: VaultPort) => VaultPort = (vault) => vault;

  const servers: ServerPort = {
    listProfiles: async () => [...profiles],
    getProfile: async (id) => {
      const found = profiles.find((profile) => profile.id === id);
      if (!found) throw new UnknownProfileError();
      return found;
    },
    currentSession: async () => current,
    requireSession: async () => {
      if (!current) throw new NotLoggedInError();
      return current;
    },
  };

  function newClient(): EmnifyClient {
    return createEmnifyClient({ baseUrl, tokens: tokenStore, fetch: board.fetch, timeoutMs: TIMEOUT_MS });
  }

  let client = newClient();
  let vault = createVaultService({ dbName });
  await vault.createVault(PASSPHRASE);

  function build(): { deps: BackgroundDeps; handlers: Partial<MessageTable> } {
    const deps = withCompositions({
      vault: wrap(vault),
      autoLock,
      servers,
      now: () => time,
      sleep: async (ms) => {
        sleeps.push(ms);
        time += ms;
        await clock.onSleep?.(ms);
      },
      announceLocked: () => undefined,
      announceSessionChanged: () => undefined,
      syncNow: async () => undefined,
    });
    return { deps, handlers: { ...popupMessages(deps), ...accountMessages(deps), ...enrolmentMessages(deps) } };
  }
  let built = build();

  /** Runs the handler as the gate would, after the request schema; records what a page would see. */
  async function run<K extends Message>(type: K, body: RequestOf<K>): Promise<{ reply: Reply<K>; error?: unknown }> {
    const handler = built.handlers[type];
    if (!handler) throw new Error(`No handler for ${type} in this harness.`);
    if (!handler.request.safeParse(body).success) throw new Error(`The test sent a malformed ${type}.`);
    let outcome: { reply: Reply<K>; error?: unknown };
    try {
      outcome = { reply: { ok: true, value: (await handler.handle(body as never, {})) as ReplyOf<K> } };
    } catch (error) {
      errorTexts.push(...visibleTexts(error));
      outcome = { reply: { ok: false, error: toWireError(error) }, error };
    }
    replies.push({ type, json: JSON.stringify(outcome.reply) });
    return outcome;
  }

  return {
    get deps() {
      return built.deps;
    },
    board,
    profiles,
    now: () => time,
    sleeps,
    send: async (type, body) => (await run(type, body)).reply,
    async value(type, body) {
      const { reply } = await run(type, body);
      if (!reply.ok) throw new Error(`${type} failed: ${reply.error.name}: ${reply.error.message}`);
      return reply.value;
    },
    async failure(type, body) {
      const { reply, error } = await run(type, body);
      if (reply.ok) throw new Error(`${type} was expected to fail, and succeeded.`);
      if (error instanceof Error) return error;
      throw new Error(`${type} threw something that is not an Error.`, { cause: error });
    },
    async login(username, password) {
      const result = await client.loginWithPassword({ username, password });
      if (result.kind !== 'tokens') throw new Error(`The login as ${username} needs an MFA code.`);
      current = { profile: profiles[0] ?? PROFILE, username, method: 'password', client };
      return current;
    },
    setSession(session) {
      current = session;
    },
    session: () => current,
    tokens: () => tokenStore.get(),
    restart() {
      // The tokens live in storage.session in the extension: the new client finds them again.
      client = newClient();
      if (current) current = { ...current, client };
      vault = createVaultService({ dbName });
      built = build();
    },
    wrapVault(next) {
      wrap = next;
      built = build();
    },
    transcript: () => ({ replies: [...replies], errorTexts: [...errorTexts] }),
  };
}
