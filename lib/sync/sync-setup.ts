// Turning sync on in this browser, joining the vault another browser syncs, and turning it off.
// Joining takes the synced vault's passphrase: its keyring is unwrapped with it, checked against its
// seal, and this browser's vault is sealed again under the synced data key, its accounts either
// merged into the synced ones (a seed already there is not added twice) or kept on this browser only.
import { randomBase64Url } from '../crypto/bytes';
import { sameOtpKey } from '../otp';
import { removeStored, writeStored } from '../storage/stored-io';
import { clearSyncArea, readSyncArea } from '../storage/sync-area';
import { unwrapDataKey } from '../vault/keyring';
import { syncCipherForKey } from '../vault/sync-cipher';
import type { StoredAccount, SyncCipher, VaultPort } from '../vault/vault-port';
import { VaultLockedError } from '../vault/errors';
import { WrongPassphraseError } from '../crypto/errors';
import { isTombstone } from './replica-state';
import { unpackSyncedState } from './unpack-state';
import { keyringVouchedFor, META_KEY, readMeta, type SyncedMeta } from './synced-meta';
import { NoSyncedVaultError, SyncedDataRefusedError, SyncedVaultExistsError } from './sync-errors';
import { syncBaseItem, syncLinkItem, syncStatusItem, syncWritesItem } from './sync-items';

/** What this browser does with its own accounts when it joins. */
export type JoinChoice = 'merge' | 'keep-apart';

/** The synced meta, if a synced vault is there to join (a refused one says why). */
export async function findSyncedVault(): Promise<SyncedMeta | undefined> {
  const reading = readMeta((await readSyncArea())[META_KEY]);
  if (reading.kind === 'refused') throw new SyncedDataRefusedError(reading.reason);
  return reading.kind === 'read' ? reading.meta : undefined;
}

/** The first browser: its vault becomes the synced one. */
export async function turnSyncOn(vault: VaultPort): Promise<void> {
  if ((await vault.getVaultState()) !== 'unlocked') throw new VaultLockedError();
  // Damaged synced data is replaced by this vault; a newer release's, or a key below the floor, is not.
  const found = await findSyncedVault().catch((error: unknown) => {
    if (error instanceof SyncedDataRefusedError && error.reason === 'damaged') return undefined;
    throw error;
  });
  if (found) throw new SyncedVaultExistsError();
  // Only the synced vault's format is ever kept there: whatever is left is of a vault nobody syncs.
  await clearSyncArea();
  await resetLocalSyncState();
  await writeStored(syncLinkItem, { vaultId: randomBase64Url(16), replicaId: randomBase64Url(9) });
}

/** A second browser joins the synced vault, with its passphrase. */
export async function joinSyncedVault(vault: VaultPort, passphrase: string, choice: JoinChoice): Promise<void> {
  const meta = await findSyncedVault();
  if (!meta) throw new NoSyncedVaultError();
  const state = await vault.getVaultState();
  if (state === 'locked') throw new VaultLockedError();
  // The KDF floor was checked as the meta was read; a wrong passphrase stops here, nothing changed.
  const dataKey = await unwrapDataKey(passphrase, meta.keyring);
  const cipher = await syncCipherForKey(dataKey);
  // Only a keyring vouched for by its own data key: the passphrase opened it, and the key sealed it.
  if (!(await keyringVouchedFor(meta, cipher))) throw new WrongPassphraseError();
  if (state === 'uninitialised') {
    await vault.adoptKeyringWhileUninitialised(meta.keyring, dataKey);
  } else {
    await prepareOwnAccounts(vault, meta, cipher, choice);
    await vault.rekeyVault(meta.keyring, dataKey);
  }
  await resetLocalSyncState();
  await writeStored(syncLinkItem, { vaultId: meta.vaultId, replicaId: randomBase64Url(9), agreedGeneration: meta.generation });
}

/** Leaves every account where it is, in this browser's vault; other browsers go on syncing. */
export async function turnSyncOff(): Promise<void> {
  await removeStored(syncLinkItem);
  await resetLocalSyncState();
}

async function resetLocalSyncState(): Promise<void> {
  await removeStored(syncBaseItem, syncStatusItem, syncWritesItem);
}

/**
 * Merging: an account whose seed the synced vault already has is not added a second time (the
 * import's rule, sameOtpKey): it becomes the synced account, with the synced names and settings and
 * the higher of both HOTP counters (a counter that went back would give codes already used). The
 * rest join the synced vault at the first cycle. Keeping apart: every account of this browser stays
 * here under an id of its own, so that none can be taken for a synced one (a browser joining again
 * holds the synced ids from before).
 */
async function prepareOwnAccounts(vault: VaultPort, meta: SyncedMeta, cipher: SyncCipher, choice: JoinChoice): Promise<void> {
  const { accounts, version } = await vault.readAccountsForSync();
  if (accounts.length === 0) return;
  if (choice === 'keep-apart') {
    const apart = accounts.map((account) => ({ ...account, id: crypto.randomUUID(), localOnly: true }));
    await vault.applySyncedChanges(version, { put: apart, remove: accounts.map((account) => account.id), order: apart.map((account) => account.id) });
    return;
  }
  const synced = (await unpackSyncedState(await readSyncArea(), cipher, meta.vaultId)).state;
  const live = [...synced.accounts.values()].flatMap((entry) => (isTombstone(entry) ? [] : [{ ...entry.fields, id: entry.id, counter: entry.hotpCounter }]));
  const put: StoredAccount[] = [];
  const remove: string[] = [];
  for (const account of accounts) {
    const same = live.find((other) => sameOtpKey(other, account));
    if (!same) continue;
    if (same.id !== account.id) remove.push(account.id);
    const taken = put.find((written) => written.id === same.id);
    if (taken) taken.counter = Math.max(taken.counter, account.counter);
    else put.push({ ...same, counter: Math.max(same.counter, account.counter), ...(account.lastUsedAt !== undefined && { lastUsedAt: account.lastUsedAt }) });
  }
  if (put.length > 0) await vault.applySyncedChanges(version, { put, remove });
}
