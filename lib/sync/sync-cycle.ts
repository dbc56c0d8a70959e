// One round of sync: what other browsers wrote is merged with what the user did here, the vault is
// brought up to date, and what changed goes back to storage.sync. Runs in the background only,
// while the vault is unlocked (the synced items are sealed under its data key); a locked browser
// only takes note of a passphrase changed elsewhere, for its next unlock.
import { readStored, writeStored } from '../storage/stored-io';
import { readSyncArea, SYNC_AREA_LIMITS, syncItemBytes, writeSyncArea } from '../storage/sync-area';
import type { VaultPort } from '../vault/vault-port';
import { vaultCatchUp, withLocalChanges } from './local-changes';
import { mergeStates } from './merge';
import { EMPTY_STATE } from './replica-state';
import { packSyncedState } from './pack-state';
import { unpackSyncedState } from './unpack-state';
import { NOTHING_WRITTEN } from './written-units';
import { keyringVouchedFor, META_KEY, readMeta, sameKeyring, writeMeta, type SyncedMeta } from './synced-meta';
import { syncBaseItem, syncLinkItem, syncStatusItem, syncWritesItem, type SyncLink, type SyncStatus } from './sync-items';
import { pruneTombstones } from './tombstones';
import { nextWriteAt, recentWrites } from './write-pace';

/** Room kept for the meta item and the browser's own accounting, out of storage.sync's 100 KB. */
export const META_RESERVE_BYTES = 2_048;

export interface SyncCycleDeps {
  vault: VaultPort;
  now(): number;
}

export type CycleOutcome =
  /** Done; nothing waits. */
  | { kind: 'done' }
  /** The writes must wait for the pace: run again at `at`. */
  | { kind: 'later'; at: number }
  /** Sync is off, the vault locked, or the synced data cannot be used: nothing was written. */
  | { kind: 'idle' };

export async function runSyncCycle(deps: SyncCycleDeps): Promise<CycleOutcome> {
  const { vault, now } = deps;
  const link = await readStored(syncLinkItem);
  if (!link) return { kind: 'idle' };
  const items = await readSyncArea();
  const reading = readMeta(items[META_KEY]);
  if (reading.kind === 'refused') {
    // Never written over: a newer release elsewhere, or data that is not what it claims.
    await noteStatus({ stoppedBy: `meta-${reading.reason}` });
    return { kind: 'idle' };
  }
  const meta = reading.kind === 'read' ? reading.meta : undefined;
  if (meta && meta.vaultId !== link.vaultId) {
    await noteStatus({ stoppedBy: 'other-vault' });
    return { kind: 'idle' };
  }
  if ((await vault.getVaultState()) !== 'unlocked') {
    // Locked: the passphrase may have changed elsewhere; the next unlock tries the new one first.
    if (meta && meta.generation > (link.agreedGeneration ?? 0)) await vault.setPendingKeyring(meta.keyring);
    return { kind: 'idle' };
  }

  const cipher = await vault.syncCipher();
  const time = now();
  const keyringWrite = await agreeOnKeyring(vault, link, meta, cipher);

  const remote = await unpackSyncedState(items, cipher, link.vaultId);
  if (remote.problems.some((problem) => problem.reason === 'newer-format')) {
    // A newer release writes here too: its units are never written over by this one.
    await noteStatus({ stoppedBy: 'meta-newer-format', problems: remote.problems });
    return { kind: 'idle' };
  }
  // The state this vault last agreed with. None yet: the first browser publishes everything, order
  // included; a browser that joined takes the synced order. Unreadable: the synced state stands in,
  // so that nothing the vault holds alike is published again as new.
  const storedBase = await readStored(syncBaseItem);
  const opened = storedBase && (await unpackSyncedState(storedBase, cipher, link.vaultId));
  const base = !opened ? EMPTY_STATE : opened.problems.length > 0 ? remote.state : opened.state;
  const { accounts, version } = await vault.readAccountsForSync();
  const local = withLocalChanges(base, accounts, link.replicaId, time, opened !== undefined || remote.state.accounts.size === 0);
  const merged = pruneTombstones(mergeStates(local, remote.state), time);
  const catchUp = vaultCatchUp(merged, accounts);
  if (catchUp.put.length > 0 || catchUp.remove.length > 0 || catchUp.order) await vault.applySyncedChanges(version, catchUp);
  const newBase = await packSyncedState(merged, cipher, link.vaultId, NOTHING_WRITTEN, Number.POSITIVE_INFINITY);
  await writeStored(syncBaseItem, newBase.set);

  const metaBytes = keyringWrite ? syncItemBytes(META_KEY, keyringWrite) : META_RESERVE_BYTES;
  const budget = SYNC_AREA_LIMITS.quotaBytes - Math.max(metaBytes, META_RESERVE_BYTES);
  const packed = await packSyncedState(merged, cipher, link.vaultId, remote.written, budget);
  const set: Record<string, unknown> = keyringWrite ? { ...packed.set, [META_KEY]: keyringWrite } : packed.set;
  const operations = (Object.keys(set).length > 0 ? 1 : 0) + (packed.remove.length > 0 ? 1 : 0);
  const status: Partial<SyncStatus> = { notSynced: packed.notSynced, problems: remote.problems };
  if (operations > 0) {
    const writes = recentWrites(await readStored(syncWritesItem), time);
    const at = nextWriteAt(writes, operations, time);
    if (at > time) {
      await noteStatus(status);
      return { kind: 'later', at };
    }
    await writeStored(syncWritesItem, [...writes, ...Array<number>(operations).fill(time)]);
    // Set first, so a browser reading meanwhile never misses a part; but near the quota the old
    // and the new items would not fit side by side, and what goes is removed first.
    const bytesOf = (entries: [string, unknown][]) => entries.reduce((sum, [key, value]) => sum + syncItemBytes(key, value), 0);
    const between = bytesOf(Object.entries(items).filter(([key]) => !(key in set))) + bytesOf(Object.entries(set));
    await writeSyncArea(set, packed.remove, between > SYNC_AREA_LIMITS.quotaBytes);
  }
  await noteStatus({ ...status, syncedAt: time });
  return { kind: 'done' };
}

/**
 * Which keyring the vault and the synced meta keep. A passphrase changed here since the last
 * agreement is published (returned as the meta item to write); one changed elsewhere, vouched for
 * by the data key, becomes this vault's keyring: this browser stays unlocked, and its next unlock
 * asks for the new passphrase. Changed on both sides: the one published stays (it reached the
 * other browsers first); the passphrase set here then unlocks nowhere else, so it gives way.
 */
async function agreeOnKeyring(
  vault: VaultPort,
  link: SyncLink,
  meta: SyncedMeta | undefined,
  cipher: Awaited<ReturnType<VaultPort['syncCipher']>>,
): Promise<Record<string, unknown> | undefined> {
  const local = await vault.getKeyring();
  const agreed = link.agreedGeneration ?? 0;
  const agree = (generation: number) => (generation === agreed ? undefined : writeStored(syncLinkItem, { ...link, agreedGeneration: generation }));
  if (meta && sameKeyring(meta.keyring, local)) {
    await agree(meta.generation);
    return undefined;
  }
  if (meta && meta.generation > agreed && (await keyringVouchedFor(meta, cipher))) {
    await vault.replaceKeyring(meta.keyring);
    await agree(meta.generation);
    return undefined;
  }
  // Changed here, no meta yet (the first browser, or the synced data was cleared), or an older or
  // foreign keyring put in its place: ours is published, as the next generation.
  const generation = Math.max(meta?.generation ?? 0, agreed) + 1;
  await agree(generation);
  return writeMeta(link.vaultId, local, generation, cipher);
}

async function noteStatus(change: Partial<SyncStatus>): Promise<void> {
  const status = await readStored(syncStatusItem);
  const next: SyncStatus = { ...status, ...change };
  if (!('stoppedBy' in change)) delete next.stoppedBy;
  await writeStored(syncStatusItem, next);
}
