// storage.sync refuses writes past 120 a minute and 1,800 an hour (Chrome's limits; each set or
// remove call counts once). A user importing 300 accounts, in one go or one by one with pauses
// that each let a cycle run, stays well inside both, and every account arrives.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SYNC_AREA_LIMITS } from '../../../lib/storage/sync-area';
import { runSyncCycle } from '../../../lib/sync/sync-cycle';
import { createSyncScheduler } from '../../../lib/sync/sync-scheduler';
import { turnSyncOn } from '../../../lib/sync/sync-setup';
import { withSyncAfterChanges } from '../../../lib/sync/sync-triggers';
import { unpackSyncedState } from '../../../lib/sync/unpack-state';
import { isTombstone } from '../../../lib/sync/replica-state';
import { readStored } from '../../../lib/storage/stored-io';
import { syncLinkItem } from '../../../lib/sync/sync-items';
import { createVaultService } from '../../../lib/vault/vault-service';
import { sampleInput, uniqueDbName } from '../vault/helpers';

const COUNT = 300;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Write operations on storage.sync, by (fake) time. */
let writes: number[];
/** The real timer, to let a cycle under way finish its IndexedDB and WebCrypto work. */
const realTimeout = globalThis.setTimeout;

/** Moves the clock on until no cycle runs or waits (a cycle under way may ask for a later one). */
async function untilSettled(scheduler: { settled(): Promise<void> }): Promise<void> {
  for (let round = 0; round < 500; round += 1) {
    await vi.advanceTimersByTimeAsync(10_000);
    const settled = await Promise.race([scheduler.settled().then(() => true), new Promise<boolean>((resolve) => realTimeout(() => resolve(false), 50))]);
    if (settled) return;
  }
  throw new Error('sync never settled');
}

beforeEach(() => {
  fakeBrowser.reset();
  writes = [];
  const { set, remove } = fakeBrowser.storage.sync;
  fakeBrowser.storage.sync.set = (items) => (writes.push(Date.now()), set.call(fakeBrowser.storage.sync, items));
  fakeBrowser.storage.sync.remove = (keys) => (writes.push(Date.now()), remove.call(fakeBrowser.storage.sync, keys));
  // Timers and the clock are the test's; IndexedDB and WebCrypto run as they do.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});

afterEach(() => {
  vi.useRealTimers();
});

async function syncingVault() {
  const service = createVaultService({ dbName: uniqueDbName() });
  await service.createVault('correct horse battery staple');
  await turnSyncOn(service);
  let underWay = 0;
  const run = () => {
    underWay += 1;
    return runSyncCycle({ vault, now: Date.now }).finally(() => (underWay -= 1));
  };
  const scheduler = createSyncScheduler(run, Date.now, (error) => {
    throw error;
  });
  const vault = withSyncAfterChanges(service, () => scheduler.soon());
  /** Waits (in real time) for a cycle under way to finish its IndexedDB and WebCrypto work. */
  const cycleDone = async () => {
    while (underWay > 0) await new Promise((resolve) => realTimeout(resolve, 2));
  };
  return { vault, scheduler, cycleDone };
}

function mostInAnyWindow(times: readonly number[], window: number): number {
  return Math.max(0, ...times.map((start) => times.filter((time) => time >= start && time < start + window).length));
}

async function syncedAccounts(vault: Awaited<ReturnType<typeof syncingVault>>['vault']): Promise<number> {
  const link = (await readStored(syncLinkItem))!;
  const { state } = await unpackSyncedState(await fakeBrowser.storage.sync.get(null), await vault.syncCipher(), link.vaultId);
  return [...state.accounts.values()].filter((entry) => !isTombstone(entry)).length;
}

const account = (index: number) =>
  sampleInput({ issuer: `Service ${index % 40}`, label: `user${index}@example.com`, secret: new Uint8Array(20).fill(index % 251).map((byte, at) => byte ^ at) });

describe('the pace of writes to storage.sync', () => {
  it('an import of 300 accounts in one go is one cycle, a couple of writes', async () => {
    const { vault, scheduler } = await syncingVault();
    for (let index = 0; index < 300; index += 1) await vault.addAccount(account(index));
    await untilSettled(scheduler);
    expect(writes.length).toBeLessThanOrEqual(2);
    expect(await syncedAccounts(vault)).toBe(300);
  });

  it('300 accounts added one by one, with pauses that each let a cycle start, stay inside both limits', async () => {
    const { vault, scheduler, cycleDone } = await syncingVault();
    let seed = 7;
    for (let index = 0; index < COUNT; index += 1) {
      await vault.addAccount(account(index));
      seed = (seed * 1103515245 + 12345) % 2147483648;
      // From no pause at all to 2.5 s: a cycle starts after every pause longer than a second, and
      // is given the (real) time to do its work before the next account comes.
      await vi.advanceTimersByTimeAsync(seed % 2_500);
      await cycleDone();
    }
    await untilSettled(scheduler);
    expect(writes.length).toBeGreaterThan(60);
    expect(mostInAnyWindow(writes, MINUTE)).toBeLessThanOrEqual(SYNC_AREA_LIMITS.maxWritesPerMinute / 2);
    expect(mostInAnyWindow(writes, HOUR)).toBeLessThan(SYNC_AREA_LIMITS.maxWritesPerHour);
    expect(await syncedAccounts(vault)).toBe(300);
  });
});
