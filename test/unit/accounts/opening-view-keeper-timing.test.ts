// When the background draws the popup's opening view: once after a burst of changes, never from a
// reading a change overlapped, before its codes run out, in a background that starts anew, and
// when the order of the list is changed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { snapshotAt } from '../../../lib/accounts/opening-view';
import { OPENING_VIEW_REDRAW_DELAY_MS, OPENING_VIEW_RENEW_ALARM, OPENING_VIEW_RENEW_MS } from '../../../lib/accounts/opening-view-keeper';
import { timeStep } from '../../../lib/otp';
import { updateSettings } from '../../../lib/settings/settings-store';
import { AUTO_LOCK_ALARM } from '../../../lib/settings/auto-lock-alarm';
import { PASSPHRASE, sampleInput } from '../vault/helpers';
import { keptVault, labels, NOW, redrawn, renewAlarm, storedView, turns, watchViews, type KeptVault } from './opening-view-keeper-harness';

let kept: KeptVault | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  vi.useRealTimers();
  expect(kept?.warnings ?? []).toEqual([]);
  kept = undefined;
});

/** An unlocked vault with accounts of these names, in this (manual) order, its view drawn. */
async function vaultOf(names: string[], { dbName }: { dbName?: string } = {}) {
  kept = keptVault({ rows: 3, ...(dbName && { dbName }) });
  const views = watchViews();
  await kept.vault.createVault(PASSPHRASE);
  const ids: string[] = [];
  for (const label of names) ids.push((await kept.vault.addAccount(sampleInput({ issuer: '', label }))).id);
  await redrawn(views);
  return { kept, views, ids };
}

describe('a drawing that a change overlapped', () => {
  it('is thrown away: the view never shows the accounts as they were before the change', async () => {
    const { kept, views, ids } = await vaultOf(['Alpha', 'Bravo', 'Charlie']);
    // The renew alarm starts a drawing whose reading of the accounts comes back late.
    const slowList = kept.hold('listAccounts');
    const lists = kept.reads.lists;
    const renewing = kept.handleAlarm({ name: OPENING_VIEW_RENEW_ALARM });
    await vi.waitFor(() => expect(kept.reads.lists).toBe(lists + 1));

    const before = views.length;
    await kept.vault.updateAccount(ids[0]!, { label: 'Renamed' });
    slowList.open();
    await renewing;
    await turns();
    // The drawing read "Alpha" before the rename: it is not stored.
    expect(await storedView()).toBeUndefined();
    expect(labels(await redrawn(views))).toEqual(['Renamed', 'Bravo', 'Charlie']);
    expect(views.slice(before).map(labels)).toEqual([['Renamed', 'Bravo', 'Charlie']]);
  });
});

describe('a burst of changes', () => {
  it('of 50 new accounts draws the view once, half a second after the last', async () => {
    const { kept, views } = await vaultOf(['Alpha']);
    const before = views.length;
    const alarmsSet = vi.spyOn(fakeBrowser.alarms, 'create');
    for (let i = 0; i < 50; i++) await kept.vault.addAccount(sampleInput({ issuer: '', label: `Imported ${i}` }));
    const view = await redrawn(views);
    await vi.advanceTimersByTimeAsync(20 * OPENING_VIEW_REDRAW_DELAY_MS);
    await turns();
    expect(views.length).toBe(before + 1);
    expect(alarmsSet).toHaveBeenCalledTimes(1);
    expect(view?.total).toBe(51);
    expect(labels(view)).toEqual(['Alpha', 'Imported 0', 'Imported 1']);
  });
});

describe('a slow burst of changes', () => {
  it('draws nothing while changes keep coming, and once after the last', async () => {
    const { kept, views } = await vaultOf(['Alpha']);
    const before = views.length;
    const lists = kept.reads.lists;
    // An import adds one account at a time, each a little less than the redraw's delay apart.
    for (let i = 0; i < 6; i++) {
      await kept.vault.addAccount(sampleInput({ issuer: '', label: `Imported ${i}` }));
      await vi.advanceTimersByTimeAsync(OPENING_VIEW_REDRAW_DELAY_MS - 100);
    }
    expect(views.length).toBe(before);
    expect(kept.reads.lists).toBe(lists);
    const view = await redrawn(views);
    expect(views.length).toBe(before + 1);
    expect(view?.total).toBe(7);
  });
});

describe('the renew alarm', () => {
  it('is set for before the view’s codes run out', async () => {
    await vaultOf(['Alpha']);
    const view = await storedView();
    const alarm = await renewAlarm();
    expect(alarm?.scheduledTime).toBe(NOW + OPENING_VIEW_RENEW_MS);
    // A popup opened just before the alarm still finds the current code in the view.
    expect(snapshotAt(view!, 'manual', 15, alarm!.scheduledTime - 1)?.codes).toHaveLength(1);
  });

  it('draws the view again from the time it rings, and sets itself anew', async () => {
    const { kept, views } = await vaultOf(['Alpha']);
    const before = views.length;
    kept.clock.now = NOW + OPENING_VIEW_RENEW_MS;
    await kept.handleAlarm({ name: OPENING_VIEW_RENEW_ALARM });
    expect(views.length).toBe(before + 1);
    expect((await storedView())?.codes[0]?.firstStep).toBe(timeStep(30, kept.clock.now));
    expect((await renewAlarm())?.scheduledTime).toBe(kept.clock.now + OPENING_VIEW_RENEW_MS);
  });

  it('is the only alarm the keeper answers', async () => {
    const { kept, views } = await vaultOf(['Alpha']);
    const before = views.length;
    await kept.handleAlarm({ name: AUTO_LOCK_ALARM });
    await kept.handleAlarm({ name: 'session-refresh' });
    await vi.advanceTimersByTimeAsync(10 * OPENING_VIEW_REDRAW_DELAY_MS);
    await turns();
    expect(views.length).toBe(before);
  });
});

describe('a background that starts anew', () => {
  it('draws the view once after its first answer, and again only when the view grows old', async () => {
    const { dbName } = { dbName: `otp-vault-opening-${crypto.randomUUID()}` };
    const { views } = await vaultOf(['Alpha', 'Bravo'], { dbName });
    // The browser stopped the idle background; the new one finds the vault still unlocked.
    const restarted = keptVault({ rows: 3, dbName });
    const before = views.length;
    restarted.keepFresh();
    restarted.keepFresh();
    expect(labels(await redrawn(views))).toEqual(['Alpha', 'Bravo']);
    expect(views.length).toBe(before + 1);

    // Answers while the view is young draw nothing.
    restarted.clock.now = NOW + OPENING_VIEW_RENEW_MS - 1;
    restarted.keepFresh();
    await vi.advanceTimersByTimeAsync(10 * OPENING_VIEW_REDRAW_DELAY_MS);
    await turns();
    expect(views.length).toBe(before + 1);

    restarted.clock.now = NOW + OPENING_VIEW_RENEW_MS;
    restarted.keepFresh();
    await redrawn(views);
    expect(views.length).toBe(before + 2);
    expect(restarted.warnings).toEqual([]);
  });
});

describe('choosing another order for the list', () => {
  it('draws the view again in that order', async () => {
    const { views } = await vaultOf(['Charlie', 'alpha', 'Bravo']);
    expect(labels(await storedView())).toEqual(['Charlie', 'alpha', 'Bravo']);
    await updateSettings({ accountSort: 'name' });
    const view = await redrawn(views);
    expect(view?.accountSort).toBe('name');
    expect(labels(view)).toEqual(['alpha', 'Bravo', 'Charlie']);
  });
});

describe('a change of another setting', () => {
  it('leaves the view as it is', async () => {
    const { views } = await vaultOf(['Alpha']);
    const before = views.length;
    await updateSettings({ theme: 'dark', clipboardClearSeconds: 10 });
    await vi.advanceTimersByTimeAsync(10 * OPENING_VIEW_REDRAW_DELAY_MS);
    await turns();
    expect(views.length).toBe(before);
    expect(labels(await storedView())).toEqual(['Alpha']);
  });
});

describe('a lock when the view cannot be removed first', () => {
  it('still locks the vault, and removes the view after', async () => {
    const { kept } = await vaultOf(['Alpha']);
    vi.spyOn(fakeBrowser.storage.session, 'remove').mockRejectedValueOnce(new Error('the browser refused'));
    await kept.vault.lockVault();
    expect(await kept.vault.getVaultState()).toBe('locked');
    expect(await storedView()).toBeUndefined();
    expect(await renewAlarm()).toBeUndefined();
  });
});

describe('a drawing that begins while a change is under way', () => {
  // The view read before the change ends shows the accounts as they were; stored, it outlives the
  // change until the next drawing (a renew alarm or an answered message can start one at any time).
  it('is not kept once the change is done', async () => {
    const { kept, views, ids } = await vaultOf(['Alpha', 'Bravo', 'Charlie']);
    const slowRename = kept.hold('updateAccount');
    const renaming = kept.vault.updateAccount(ids[0]!, { label: 'Renamed' });
    await vi.waitFor(() => expect(kept.begun.at(-1)?.change).toBe('updateAccount'));
    await kept.handleAlarm({ name: OPENING_VIEW_RENEW_ALARM });
    slowRename.open();
    await renaming;
    expect(labels(await storedView())).not.toEqual(['Alpha', 'Bravo', 'Charlie']);
    expect(labels(await redrawn(views))).toEqual(['Renamed', 'Bravo', 'Charlie']);
  });

  it('leaves no codes behind when the change is the lock', async () => {
    const { kept } = await vaultOf(['Alpha']);
    const slowLock = kept.hold('lockVault');
    const locking = kept.vault.lockVault();
    await vi.waitFor(() => expect(kept.begun.at(-1)?.change).toBe('lockVault'));
    await kept.handleAlarm({ name: OPENING_VIEW_RENEW_ALARM });
    slowLock.open();
    await locking;
    expect(await kept.vault.getVaultState()).toBe('locked');
    expect(await storedView()).toBeUndefined();
    expect(await renewAlarm()).toBeUndefined();
  });
});
