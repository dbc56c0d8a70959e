import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settingsMessages } from '../../../lib/settings/settings-messages';
import { vaultMessages } from '../../../lib/vault/vault-messages';
import type { Sender as MessageSender } from '../../../lib/messaging/gate';
import { routeOf } from './route-of';
import { harness, resetBrowser } from '../backup/backup-harness';

beforeEach(resetBrowser);

describe('settings', () => {
  it('has defaults: auto-lock 15 minutes, clipboard cleared after 30 seconds, the system theme', async () => {
    const h = await harness();
    expect(await h.value('settings.get', {})).toEqual({ autoLockMinutes: 15, clipboardClearSeconds: 30, theme: 'system', accountSort: 'manual' });
  });

  it('stores each change in storage.local, merged with the rest', async () => {
    const h = await harness();
    expect(await h.value('settings.update', { theme: 'dark' })).toEqual({ autoLockMinutes: 15, clipboardClearSeconds: 30, theme: 'dark', accountSort: 'manual' });
    expect(await h.value('settings.update', { autoLockMinutes: 5, clipboardClearSeconds: 0 })).toEqual({
      autoLockMinutes: 5,
      clipboardClearSeconds: 0,
      theme: 'dark',
      accountSort: 'manual',
    });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({
      settings: { theme: 'dark', autoLockMinutes: 5, clipboardClearSeconds: 0 },
    });
    // The vault's status sees the same auto-lock delay.
    expect(await h.deps.autoLock.getAutoLockMinutes()).toBe(5);
  });

  it.each([
    { autoLockMinutes: 0 },
    { autoLockMinutes: 1441 },
    { autoLockMinutes: 2.5 },
    { clipboardClearSeconds: -1 },
    { clipboardClearSeconds: 601 },
    { clipboardClearSeconds: '30' },
    { theme: 'blue' },
    { accountSort: 'newest' },
    { accountSort: null },
    { somethingElse: true },
  ])('refuses %o and changes nothing', async (update) => {
    const h = await harness();
    await h.value('settings.update', { theme: 'light', clipboardClearSeconds: 10 });
    const before = await fakeBrowser.storage.local.get(null);
    expect(await h.send('settings.update', update)).toMatchObject({ ok: false, error: { name: 'BadRequestError' } });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('keeps the order of the popup\'s list, manual until another is chosen', async () => {
    const h = await harness();
    expect(await h.value('settings.update', { accountSort: 'name' })).toMatchObject({ accountSort: 'name' });
    expect(await h.value('settings.update', { accountSort: 'recent' })).toMatchObject({ accountSort: 'recent', theme: 'system' });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: { accountSort: 'recent' } });
  });

  it('reads each damaged stored value as its default, keeping the others', async () => {
    const h = await harness();
    await fakeBrowser.storage.local.set({ settings: { autoLockMinutes: 20, clipboardClearSeconds: 'soon', theme: 'neon' } });
    expect(await h.value('settings.get', {})).toEqual({ autoLockMinutes: 20, clipboardClearSeconds: 30, theme: 'system', accountSort: 'manual' });
    await fakeBrowser.storage.local.set({ settings: ['not', 'an', 'object'] });
    expect(await h.value('settings.get', {})).toEqual({ autoLockMinutes: 15, clipboardClearSeconds: 30, theme: 'system', accountSort: 'manual' });
    await fakeBrowser.storage.local.set({ settings: { clipboardClearSeconds: 45, theme: 'light' } });
    expect(await h.value('settings.get', {})).toEqual({ autoLockMinutes: 15, clipboardClearSeconds: 45, theme: 'light', accountSort: 'manual' });
  });

  it("answers only the extension's own pages", async () => {
    const h = await harness();
    const route = routeOf({ ...settingsMessages(h.deps), ...vaultMessages(h.deps) }, {
      extensionId: 'ext-id',
      extensionOrigin: 'chrome-extension://ext-id/',
    });
    // A content script of this extension, in a web page.
    const fromTab = { id: 'ext-id', url: 'https://example.com/', tab: { id: 1 } } as MessageSender;
    expect(await route({ type: 'vault.erase', body: { confirmation: 'erase' } }, fromTab)).toMatchObject({
      ok: false,
      error: { name: 'ForbiddenSenderError' },
    });
    expect(await h.vault.getVaultState()).toBe('unlocked');
  });
});
