// Browsers taking part in one synced vault, in one test: each has its own vault database and its
// own storage areas (local, session and sync), swapped into the fake browser while it acts. The test
// plays the browser's sync service: `deliver` copies one browser's storage.sync into another's.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runSyncCycle } from '../../../lib/sync/sync-cycle';
import { joinSyncedVault, turnSyncOn, type JoinChoice } from '../../../lib/sync/sync-setup';
import { createVaultService, type VaultService } from '../../../lib/vault/vault-service';
import { uniqueDbName } from '../vault/helpers';

type Areas = { local: Record<string, unknown>; session: Record<string, unknown>; sync: Record<string, unknown> };

export interface TestBrowser {
  name: string;
  vault: VaultService;
  areas: Areas;
}

export function newBrowser(name: string): TestBrowser {
  return { name, vault: createVaultService({ dbName: uniqueDbName() }), areas: { local: {}, session: {}, sync: {} } };
}

let acting: TestBrowser | undefined;

/** Runs `work` as `browser`: its storage areas are the fake browser's until it is done. */
export async function as<T>(browser: TestBrowser, work: (vault: VaultService) => Promise<T>): Promise<T> {
  if (acting) throw new Error(`${acting.name} is still acting`);
  acting = browser;
  for (const area of ['local', 'session', 'sync'] as const) {
    await fakeBrowser.storage[area].clear();
    await fakeBrowser.storage[area].set(structuredClone(browser.areas[area]));
  }
  try {
    return await work(browser.vault);
  } finally {
    for (const area of ['local', 'session', 'sync'] as const) browser.areas[area] = structuredClone(await fakeBrowser.storage[area].get(null));
    acting = undefined;
  }
}

/** One sync cycle as `browser`, at `now`. */
export function cycle(browser: TestBrowser, now = Date.now()) {
  return as(browser, (vault) => runSyncCycle({ vault, now: () => now }));
}

/** The browser's sync service brings `from`'s synced items to `to` (as they are, whole). */
export function deliver(from: TestBrowser, to: TestBrowser): void {
  to.areas.sync = structuredClone(from.areas.sync);
}

export const turnOn = (browser: TestBrowser) => as(browser, (vault) => turnSyncOn(vault));
export const join = (browser: TestBrowser, passphrase: string, choice: JoinChoice = 'merge') =>
  as(browser, (vault) => joinSyncedVault(vault, passphrase, choice));

/** The accounts of `browser`'s vault as a comparable list: name, seed and counter, in order. */
export function accountsOf(browser: TestBrowser) {
  return as(browser, async (vault) =>
    (await vault.listAccounts()).map((account) => ({
      id: account.id,
      name: `${account.issuer}:${account.label}`,
      secret: Buffer.from(account.secret).toString('hex'),
      counter: account.counter,
      ...(account.localOnly && { localOnly: true }),
    })),
  );
}
