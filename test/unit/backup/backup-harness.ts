// The backup and settings handlers over the real vault (fake IndexedDB), the real auto-lock module
// and the real server port (fake browser storage), behind the real router: what a page sends is
// checked by the same schemas and its failures are reported as the page would see them.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backupMessages } from '../../../lib/backup/backup-messages';
import type { AccountFields } from '../../../lib/vault/vault-port';
import { withCompositions, type BackgroundDeps } from '../../../lib/background/deps';
import { settingsMessages } from '../../../lib/settings/settings-messages';
import { vaultMessages } from '../../../lib/vault/vault-messages';
import { clipboardMessages } from '../../../lib/clipboard/clipboard-messages';
import type { Sender as MessageSender } from '../../../lib/messaging/gate';
import { routeOf } from '../background/route-of';
import type { Reply } from '../../../lib/messaging/gate';
import { createServerPort } from '../../../lib/server/server-port';
import * as autoLock from '../../../lib/vault/auto-lock';
import { createVaultService, type VaultService } from '../../../lib/vault/vault-service';
import { dumpAllStores, uniqueDbName } from '../vault/helpers';

export const VAULT_PASSPHRASE = 'vault passphrase of the test';
export const BACKUP_PASSPHRASE = 'backup passphrase, chosen for the file';
export const NOW = Date.UTC(2025, 4, 17, 9, 30);

const identity = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const optionsPage: MessageSender = { id: 'ext-id', url: 'chrome-extension://ext-id/options.html' };

export interface Harness {
  vault: VaultService;
  dbName: string;
  deps: BackgroundDeps;
  events: string[];
  send(type: string, body: unknown): Promise<Reply>;
  /** The reply's value; fails the test with the wire error otherwise. */
  value<T = unknown>(type: string, body: unknown): Promise<T>;
  /** Every IndexedDB record, raw: to show that a refused file changed nothing. */
  dump(): Promise<Record<string, unknown[]>>;
}

/** A created, unlocked vault of its own database, and the handlers over it. */
export async function harness(now: () => number = () => NOW): Promise<Harness> {
  const dbName = uniqueDbName();
  const vault = createVaultService({ dbName, now });
  await vault.createVault(VAULT_PASSPHRASE);
  const events: string[] = [];
  const deps = withCompositions({
    vault,
    autoLock,
    servers: createServerPort({ now }),
    now,
    sleep: async () => undefined,
    announceLocked: () => void events.push('vault.locked'),
    announceSessionChanged: () => void events.push('session.changed'),
    syncNow: async () => undefined,
  });
  // Only these handlers exist here; the gate refuses every other message.
  const handlers = { ...backupMessages(deps), ...settingsMessages(deps), ...vaultMessages(deps), ...clipboardMessages() };
  const route = routeOf(handlers, identity);
  const send = (type: string, body: unknown) => route({ type, body }, optionsPage);
  return {
    vault,
    dbName,
    deps,
    events,
    send,
    async value<T>(type: string, body: unknown) {
      const reply = await send(type, body);
      if (!reply.ok) throw new Error(`${type} failed: ${reply.error.name}: ${reply.error.message}`);
      return reply.value as T;
    },
    dump: () => dumpAllStores(dbName),
  };
}

export function resetBrowser(): void {
  fakeBrowser.reset();
}

/** Accounts that between them use every field a backup must keep. */
export function everyKindOfAccount(): AccountFields[] {
  const bytes = (length: number, seed: number) => Uint8Array.from({ length }, (_, index) => (index * 31 + seed) & 0xff);
  return [
    {
      type: 'totp', issuer: 'ACME Co', label: 'alice@example.com', secret: bytes(20, 1),
      algorithm: 'SHA1', digits: 6, period: 30, counter: 0,
      origins: ['https://acme.example', 'http://localhost:8080'],
    },
    {
      type: 'totp', issuer: 'Bänk Zürich 銀行', label: 'bob ✓', secret: bytes(64, 2),
      algorithm: 'SHA512', digits: 8, period: 60, counter: 0, origins: [],
      // Tied by the user to a server user (the key was enrolled elsewhere): no key id.
      server: { profileId: 'sandbox', username: 'bob.tied@example.com', tiedAt: NOW - 60_000 },
    },
    {
      type: 'hotp', issuer: '', label: 'counter: token', secret: bytes(10, 3),
      algorithm: 'SHA256', digits: 7, period: 30, counter: 2 ** 40 + 7, origins: ['https://token.example'],
      // Reaches every address of its site; the other accounts never chose (exact addresses).
      siteMatch: 'site',
    },
    {
      type: 'totp', issuer: 'EMnify', label: 'carol@example.com', secret: bytes(32, 4),
      algorithm: 'SHA1', digits: 6, period: 30, counter: 0, origins: [],
      server: { profileId: 'emnify-default', username: 'carol@example.com', mfaKeyId: 42, enrolment: 'active' },
    },
  ];
}

/** An account as the vault returns it, minus what a restore gives anew (id, creation time). */
export function comparable(account: AccountFields & { id?: string; createdAt?: number }) {
  const { type, issuer, label, secret, algorithm, digits, period, counter, origins, siteMatch, server } = account;
  return { type, issuer, label, secret: Array.from(secret), algorithm, digits, period, counter, origins: origins ?? [], siteMatch, server };
}
