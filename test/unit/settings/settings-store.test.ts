import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPageSettings, writePageSettings } from '../../../lib/settings/page-settings';
import { readSettings, updateSettings } from '../../../lib/settings/settings-store';
import { settingsItem } from '../../../lib/settings/settings-item';
import { getAutoLockMinutes, setAutoLockMinutes } from '../../../lib/vault/auto-lock';

beforeEach(() => {
  fakeBrowser.reset();
});

const stored = async () => (await fakeBrowser.storage.local.get('settings')).settings;

describe('the settings record', () => {
  it('reads the defaults while nothing is stored', async () => {
    expect(await readSettings()).toEqual({ autoLockMinutes: 15, clipboardClearSeconds: 30, theme: 'system', accountSort: 'manual' });
  });

  it.each([
    [{ autoLockMinutes: 1, clipboardClearSeconds: 0, theme: 'light' }, { autoLockMinutes: 1, clipboardClearSeconds: 0, theme: 'light', accountSort: 'manual' }],
    [{ autoLockMinutes: 1440, clipboardClearSeconds: 600, theme: 'dark' }, { autoLockMinutes: 1440, clipboardClearSeconds: 600, theme: 'dark', accountSort: 'manual' }],
    [{ autoLockMinutes: 0, clipboardClearSeconds: 601, theme: 'blue' }, { autoLockMinutes: 15, clipboardClearSeconds: 30, theme: 'system', accountSort: 'manual' }],
    [{ autoLockMinutes: 1441, clipboardClearSeconds: -1, theme: null }, { autoLockMinutes: 15, clipboardClearSeconds: 30, theme: 'system', accountSort: 'manual' }],
    [{ autoLockMinutes: 2.5, clipboardClearSeconds: '30', theme: 'Dark' }, { autoLockMinutes: 15, clipboardClearSeconds: 30, theme: 'system', accountSort: 'manual' }],
    [{ autoLockMinutes: 20, clipboardClearSeconds: Number.NaN }, { autoLockMinutes: 20, clipboardClearSeconds: 30, theme: 'system', accountSort: 'manual' }],
    [{ theme: 'dark', somethingElse: true }, { autoLockMinutes: 15, clipboardClearSeconds: 30, theme: 'dark', accountSort: 'manual' }],
    ['garbage', { autoLockMinutes: 15, clipboardClearSeconds: 30, theme: 'system', accountSort: 'manual' }],
    [['not', 'an', 'object'], { autoLockMinutes: 15, clipboardClearSeconds: 30, theme: 'system', accountSort: 'manual' }],
    [null, { autoLockMinutes: 15, clipboardClearSeconds: 30, theme: 'system', accountSort: 'manual' }],
  ])('reads %j field by field, a damaged field as its default alone', async (value, expected) => {
    await fakeBrowser.storage.local.set({ settings: value });
    expect(await readSettings()).toEqual(expected);
  });

  it.each([
    ['manual', 'manual'],
    ['name', 'name'],
    ['recent', 'recent'],
    ['Name', 'manual'],
    ['newest', 'manual'],
    [3, 'manual'],
  ])('keeps the account order %j as %j (a choice it does not know is the default, manual)', async (value, expected) => {
    await fakeBrowser.storage.local.set({ settings: { accountSort: value, theme: 'dark' } });
    expect(await readSettings()).toMatchObject({ accountSort: expected, theme: 'dark' });
  });

  it('stores the account order with the other settings, and refuses one it does not know', async () => {
    await updateSettings({ theme: 'light' });
    await updateSettings({ accountSort: 'recent' });
    expect(await stored()).toEqual({ theme: 'light', accountSort: 'recent' });
    await expect(updateSettings({ accountSort: 'random' as 'name' })).rejects.toThrow(RangeError);
    expect(await readPageSettings()).toEqual({ clipboardClearSeconds: 30, theme: 'light', accountSort: 'recent' });
  });

  it('parses the whole record with one hand-written parser, keeping only good fields', () => {
    expect(settingsItem.parser.safeParse({ autoLockMinutes: 5, theme: 'neon', extra: 1 })).toEqual({ success: true, data: { autoLockMinutes: 5 } });
    expect(settingsItem.parser.safeParse(42)).toEqual({ success: false });
  });

  it('stores only the fields that were set, merged with those stored', async () => {
    await updateSettings({ theme: 'dark' });
    expect(await stored()).toEqual({ theme: 'dark' });
    await updateSettings({ clipboardClearSeconds: 0, theme: undefined });
    expect(await stored()).toEqual({ theme: 'dark', clipboardClearSeconds: 0 });
  });

  it('writes nothing when nothing is set', async () => {
    await updateSettings({ theme: undefined });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it.each([{ autoLockMinutes: 0 }, { clipboardClearSeconds: 601 }, { theme: 'blue' as 'dark' }, { autoLockMinutes: 5, theme: 'x' as 'dark' }])(
    'refuses %o with a RangeError and changes nothing',
    async (changes) => {
      await updateSettings({ theme: 'light' });
      await expect(updateSettings(changes)).rejects.toThrow(RangeError);
      expect(await stored()).toEqual({ theme: 'light' });
    },
  );
});

describe('changes sent together', () => {
  it('keep every field when two updates start in the same tick', async () => {
    await Promise.all([updateSettings({ theme: 'dark' }), updateSettings({ clipboardClearSeconds: 5 })]);
    expect(await stored()).toEqual({ theme: 'dark', clipboardClearSeconds: 5 });
  });

  it('keep the auto-lock delay and the page settings alike', async () => {
    await Promise.all([setAutoLockMinutes(7), writePageSettings({ theme: 'light' }), writePageSettings({ clipboardClearSeconds: 12 })]);
    expect(await stored()).toEqual({ autoLockMinutes: 7, theme: 'light', clipboardClearSeconds: 12 });
    expect(await getAutoLockMinutes()).toBe(7);
    expect(await readPageSettings()).toEqual({ clipboardClearSeconds: 12, theme: 'light', accountSort: 'manual' });
  });

  it('go on after one of them was refused', async () => {
    const results = await Promise.allSettled([updateSettings({ theme: 'dark' }), setAutoLockMinutes(0), updateSettings({ autoLockMinutes: 9 })]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await stored()).toEqual({ theme: 'dark', autoLockMinutes: 9 });
  });
});
