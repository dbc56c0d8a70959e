// The management page's sync: whether it is on, what the last cycle said, turning it on or off,
// and joining a vault another browser syncs.
import { accountName } from '../accounts/account-name';
import { pageMessage } from '../messaging/page-message';
import { empty, passphrase } from '../messaging/request-fields';
import { readStored } from '../storage/stored-io';
import type { VaultPort } from '../vault/vault-port';
import * as z from '../zod';
import { SyncedDataRefusedError } from './sync-errors';
import { findSyncedVault, joinSyncedVault, turnSyncOff, turnSyncOn } from './sync-setup';
import { syncLinkItem, syncStatusItem } from './sync-items';
import type { SyncView } from './sync-view';

export interface SyncDeps {
  vault: VaultPort;
  /** Runs a cycle now and resolves once it and any it asked for are done. */
  syncNow(): Promise<void>;
}

export function syncMessages({ vault, syncNow }: SyncDeps) {
  async function view(): Promise<SyncView> {
    const [link, status] = await Promise.all([readStored(syncLinkItem), readStored(syncStatusItem)]);
    if (!link) {
      // Off here: is there a synced vault to join? (A refused one is said as it is.)
      try {
        return { on: false, found: (await findSyncedVault()) ? 'found' : 'none' };
      } catch (error) {
        const damaged = error instanceof SyncedDataRefusedError && error.reason === 'damaged';
        return { on: false, found: 'refused', refused: (error as Error).message, replaceable: damaged };
      }
    }
    const unlocked = (await vault.getVaultState()) === 'unlocked';
    // The names of what does not fit are sealed in the vault: shown while it is unlocked.
    const names = unlocked && status.notSynced.length > 0 ? await notSyncedNames(status.notSynced) : [];
    return {
      on: true,
      found: 'joined',
      notSynced: status.notSynced.length,
      notSyncedNames: names,
      skipped: status.problems.length,
      ...(status.syncedAt !== undefined && { syncedAt: status.syncedAt }),
      ...(status.stoppedBy && { stoppedBy: status.stoppedBy }),
    };
  }

  async function notSyncedNames(ids: readonly string[]): Promise<string[]> {
    const wanted = new Set(ids);
    return (await vault.listAccounts()).filter((account) => wanted.has(account.id)).map(accountName);
  }

  return {
    'sync.get': pageMessage({ request: empty, passive: true, handle: view }),
    'sync.turnOn': pageMessage({
      request: empty,
      async handle() {
        await turnSyncOn(vault);
        await syncNow();
        return view();
      },
    }),
    'sync.join': pageMessage({
      request: z.strictObject({ passphrase, choice: z.enum(['merge', 'keep-apart']) }),
      async handle({ passphrase, choice }) {
        await joinSyncedVault(vault, passphrase, choice);
        await syncNow();
        return view();
      },
    }),
    'sync.turnOff': pageMessage({
      request: empty,
      async handle() {
        // A cycle under way would write this browser's part back after it was removed: it ends first.
        await syncNow();
        await turnSyncOff();
        return view();
      },
    }),
  };
}
