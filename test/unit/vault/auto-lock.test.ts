import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AUTO_LOCK_ALARM } from '../../../lib/settings/auto-lock-alarm';
import {
  cancelAutoLock,
  getAutoLockMinutes,
  handleAlarm,
  setAutoLockMinutes,
  touchAutoLock,
} from '../../../lib/vault/auto-lock';
import { createdVault } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('auto-lock settings', () => {
  it('defaults to 15 minutes, also when the stored value is invalid', async () => {
    expect(await getAutoLockMinutes()).toBe(15);
    await fakeBrowser.storage.local.set({ settings: { autoLockMinutes: 0 } });
    expect(await getAutoLockMinutes()).toBe(15);
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    expect(await getAutoLockMinutes()).toBe(15);
  });

  it('stores a valid value without dropping other settings', async () => {
    await fakeBrowser.storage.local.set({ settings: { theme: 'dark' } });
    await setAutoLockMinutes(5);
    expect(await getAutoLockMinutes()).toBe(5);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({
      settings: { theme: 'dark', autoLockMinutes: 5 },
    });
  });

  it.each([0, 1441, 2.5, Number.NaN])('refuses %s minutes', async (minutes) => {
    await expect(setAutoLockMinutes(minutes)).rejects.toThrow(RangeError);
  });
});

describe('auto-lock alarm', () => {
  it('touchAutoLock (re)creates the alarm with the configured delay', async () => {
    const create = vi.spyOn(browser.alarms, 'create');
    await setAutoLockMinutes(5);
    const before = Date.now();
    await touchAutoLock();

    expect(create).toHaveBeenCalledWith(AUTO_LOCK_ALARM, { delayInMinutes: 5 });
    const alarm = await browser.alarms.get(AUTO_LOCK_ALARM);
    expect(alarm?.scheduledTime).toBeGreaterThanOrEqual(before + 5 * 60_000);

    await touchAutoLock();
    expect(await browser.alarms.getAll()).toHaveLength(1);
    await cancelAutoLock();
    expect(await browser.alarms.get(AUTO_LOCK_ALARM)).toBeUndefined();
  });

  it('handleAlarm locks only for the auto-lock alarm', async () => {
    const lock = vi.fn(async () => undefined);
    await handleAlarm({ name: 'something-else' }, lock);
    expect(lock).not.toHaveBeenCalled();
    await handleAlarm({ name: AUTO_LOCK_ALARM }, lock);
    expect(lock).toHaveBeenCalledOnce();
  });

  it('locks the vault when the alarm fires', async () => {
    const { vault } = await createdVault();
    browser.alarms.onAlarm.addListener((alarm) => handleAlarm(alarm, vault.lockVault));
    await touchAutoLock();
    const alarm = await browser.alarms.get(AUTO_LOCK_ALARM);

    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    expect(await vault.getVaultState()).toBe('locked');
  });
});
