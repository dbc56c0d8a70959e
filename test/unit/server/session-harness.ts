// The server flows as the background runs them: every handler behind the real router (schemas,
// sender check, wire errors), a real vault over a fresh fake-indexeddb database, the real server
// port and EMnify clients keeping their state in the fake browser's storage, and a clock the test
// moves. A "worker restart" rebuilds every instance over the same database and storage.session.
import { expect, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AutoLockPort } from '../../../lib/vault/vault-port';
import { withCompositions, type BackgroundDeps } from '../../../lib/background/deps';
import { createBackgroundRoute } from '../../../lib/background/background-route';
import type { MessageType, ReplyOf, RequestOf, ServerProfile, WireError } from '../../../lib/protocol/protocol';
import type { Sender as MessageSender } from '../../../lib/messaging/gate';
import { forgetEmnifyClient } from '../../../lib/server/emnify-clients';
import { createServerPort } from '../../../lib/server/server-port';
import { createVaultService, type VaultService } from '../../../lib/vault/vault-service';
import { installHttpBoundary, secretsOnTheWire, type HttpBoundary } from './http-boundary';

const identity = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const popup: MessageSender = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
export const VAULT_PASSPHRASE = 'session test passphrase';

/** The replies that carry a server password on purpose (shown once to the user). */
const REPLIES_WITH_A_PASSWORD: ReadonlySet<MessageType> = new Set(['amadis.resetPassword']);

export type TestClock = {
  now(): number;
  /** Moves time on by `ms`, e.g. the sandbox's clock along with ours. */
  advance(ms: number): Promise<void>;
};

/** A clock that only moves when told. */
export function manualClock(start: number): TestClock {
  let time = start;
  return { now: () => time, advance: async (ms) => void (time += ms) };
}

export type Reply<K extends MessageType> = { ok: true; value: ReplyOf<K> } | { ok: false; error: WireError };

export type SessionHarness = {
  readonly deps: BackgroundDeps;
  readonly vault: VaultService;
  http: HttpBoundary;
  /** Every announcement made to open pages, in order. */
  events: string[];
  /** Every wait the flows asked for, in ms. */
  sleeps: number[];
  send<K extends MessageType>(type: K, body: RequestOf<K>): Promise<Reply<K>>;
  /** The reply's value; a failed reply fails the test with its error. */
  value<K extends MessageType>(type: K, body: RequestOf<K>): Promise<ReplyOf<K>>;
  /** The error of a reply that must fail. */
  failure<K extends MessageType>(type: K, body: RequestOf<K>): Promise<WireError>;
  /** Adds a server profile as the popup would, with the host permission granted. */
  addProfile(kind: ServerProfile['kind'], baseUrl: string, extra?: { clientId?: string; clientSecret?: string }): Promise<ServerProfile>;
  /** A stopped and restarted service worker: new vault, clients and handlers, same disk and session. */
  restart(): void;
  /** Values that must never appear in a reply (besides what crossed the wire, collected anyway). */
  keep(...values: string[]): void;
  /** Fails when a reply, storage.local or storage.session's view-facing parts carry a secret. */
  expectNoSecretLeaks(): Promise<void>;
};

let databases = 0;

export async function sessionHarness(clock: TestClock): Promise<SessionHarness> {
  databases += 1;
  const dbName = `session-test-${databases}-${crypto.randomUUID()}`;
  const http = installHttpBoundary();
  const events: string[] = [];
  const sleeps: number[] = [];
  const replies: { type: MessageType; json: string }[] = [];
  const kept = new Set<string>();
  const profileIds = new Set<string>();
  const autoLock: AutoLockPort = {
    getAutoLockMinutes: async () => 15,
    setAutoLockMinutes: async () => undefined,
    touchAutoLock: async () => undefined,
    cancelAutoLock: async () => undefined,
  };

  let vault = createVaultService({ dbName });
  await vault.createVault(VAULT_PASSPHRASE);

  function build() {
    const deps = withCompositions({
      vault,
      autoLock,
      servers: createServerPort(clock),
      now: clock.now,
      sleep: async (ms) => {
        sleeps.push(ms);
        await clock.advance(ms);
      },
      announceLocked: () => void events.push('vault.locked'),
      announceSessionChanged: () => void events.push('session.changed'),
      syncNow: async () => undefined,
    });
    return { deps, route: createBackgroundRoute(deps, identity) };
  }
  let built = build();

  async function send<K extends MessageType>(type: K, body: RequestOf<K>): Promise<Reply<K>> {
    const reply = (await built.route({ type, body }, popup)) as Reply<K>;
    replies.push({ type, json: JSON.stringify(reply) });
    return reply;
  }

  async function value<K extends MessageType>(type: K, body: RequestOf<K>): Promise<ReplyOf<K>> {
    const reply = await send(type, body);
    if (!reply.ok) throw new Error(`${type} failed: ${reply.error.name}: ${reply.error.message}`);
    return reply.value;
  }

  return {
    get deps() {
      return built.deps;
    },
    get vault() {
      return vault;
    },
    http,
    events,
    sleeps,
    send,
    value,
    async failure(type, body) {
      const reply = await send(type, body);
      if (reply.ok) throw new Error(`${type} was expected to fail, and succeeded.`);
      return reply.error;
    },
    async addProfile(kind, baseUrl, extra = {}) {
      const granted = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
      try {
        const view = await value('profiles.add', { kind, name: `Test ${kind}`, baseUrl, ...extra });
        const added = view.profiles.find((profile) => profile.id === view.selectedId);
        if (!added) throw new Error('The added profile is not the selected one.');
        profileIds.add(added.id);
        return added;
      } finally {
        granted.mockRestore();
      }
    },
    restart() {
      for (const id of profileIds) forgetEmnifyClient(id);
      vault = createVaultService({ dbName });
      built = build();
    },
    keep(...values) {
      for (const item of values) kept.add(item);
    },
    async expectNoSecretLeaks() {
      const secrets = [...kept, ...secretsOnTheWire(http.exchanges)].filter((item) => item.length >= 6);
      expect(secrets.length, 'the test sent or received secrets to look for').toBeGreaterThan(0);
      const local = JSON.stringify(await fakeBrowser.storage.local.get());
      for (const secret of secrets) {
        expect(local, 'storage.local holds a secret').not.toContain(secret);
        for (const reply of replies) {
          if (REPLIES_WITH_A_PASSWORD.has(reply.type)) continue;
          expect(reply.json, `the reply to ${reply.type} holds a secret`).not.toContain(secret);
        }
      }
    },
  };
}
