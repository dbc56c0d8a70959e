import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { savePendingAutofill } from '../../../lib/autofill/worker/autofill-pending';
import { STORAGE_CATALOGUE } from '../../../lib/background/storage-catalogue';
import { takeFreshTotpCode } from '../../../lib/server/session/fresh-code';
import { selectProfile } from '../../../lib/server/profiles/profiles';
import { writeLastLogin } from '../../../lib/server/session/last-login';
import { openingViewItem } from '../../../lib/accounts/opening-view';
import { drawOpeningView } from '../../../lib/accounts/opening-view-keeper';
import { writeStored } from '../../../lib/storage/stored-io';
import { RETIRED_SESSION_ITEMS } from '../../../lib/server/session/retired-session-items';
import { transition } from '../../../lib/server/session/session-machine';
import { ownsStoredKey } from '../../../lib/storage/erase-stored';
import { AUTO_LOCK_ALARM } from '../../../lib/settings/auto-lock-alarm';
import { keepDeletedAccount } from '../../../lib/vault/deleted-accounts';
import { BACKUP_PASSPHRASE, everyKindOfAccount, harness, NOW, resetBrowser, VAULT_PASSPHRASE } from '../backup/backup-harness';
import { runSyncCycle } from '../../../lib/sync/sync-cycle';
import { turnSyncOn } from '../../../lib/sync/sync-setup';

beforeEach(resetBrowser);

/** A vault with accounts, settings, a backup record, a logged-in session and a running idle timer. */
async function fullSetUp() {
  const h = await harness();
  for (const account of everyKindOfAccount()) await h.vault.addAccount(account);
  await h.value('settings.update', { theme: 'dark', clipboardClearSeconds: 12 });
  await h.value('backup.export', { passphrase: BACKUP_PASSPHRASE, vaultPassphrase: VAULT_PASSPHRASE });
  await fakeBrowser.storage.session.set({
    serverSessionRecord: {
      revision: 1,
      session: {
        state: 'logged-in',
        profileId: 'emnify-default',
        username: 'carol@example.com',
        method: 'password',
        skippedCode: false,
        tokens: { authToken: 'auth-token-value', refreshToken: 'refresh-token-value' },
      },
    },
  });
  await h.deps.autoLock.touchAutoLock();
  return h;
}

describe('erase everything', () => {
  it.each(['', 'Erase', 'erase ', 'ERASE', 'delete'])('refuses the confirmation %j and changes nothing', async (typed) => {
    const h = await fullSetUp();
    const [local, session, records] = [await fakeBrowser.storage.local.get(null), await fakeBrowser.storage.session.get(null), await h.dump()];
    expect(await h.send('vault.erase', { confirmation: typed })).toEqual({
      ok: false,
      error: { name: 'EraseConfirmationError', message: 'Type erase to confirm that everything should be erased.' },
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(local);
    expect(await fakeBrowser.storage.session.get(null)).toEqual(session);
    expect(await h.dump()).toEqual(records);
    expect(await h.vault.getVaultState()).toBe('unlocked');
    expect(h.events).toEqual([]);
  });

  it('deletes the vault, the settings and the session, tells open pages, and starts over', async () => {
    const h = await fullSetUp();
    expect(await h.value('vault.erase', { confirmation: 'erase' })).toEqual({ state: 'uninitialised', autoLockMinutes: 15 });

    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await browser.alarms.get(AUTO_LOCK_ALARM)).toBeUndefined();
    expect(h.events).toEqual(['vault.locked', 'session.changed']);
    expect(await h.value('settings.get', {})).toEqual({ autoLockMinutes: 15, clipboardClearSeconds: 30, theme: 'system', accountSort: 'manual' });
    await expect(h.vault.unlockVault(VAULT_PASSPHRASE)).rejects.toMatchObject({ name: 'VaultUninitialisedError' });

    // The extension starts over: a new vault, empty, and no reminder of the old backup.
    await h.vault.createVault('a brand new passphrase');
    expect(await h.vault.listAccounts()).toEqual([]);
    expect(await h.value('backup.status', {})).toEqual({ reminder: false });
  });

  it('removes every item of the storage catalogue, each written by its owner', async () => {
    const h = await fullSetUp();
    const [account] = await h.vault.listAccounts();
    await keepDeletedAccount({ id: account!.id, order: 0, iv: new Uint8Array(12), ciphertext: new Uint8Array(40) }, NOW);
    await takeFreshTotpCode(account!, { now: () => NOW, sleep: async () => undefined });
    await selectProfile('sandbox');
    await writeLastLogin({ profileId: 'sandbox', username: 'carol@example.com' });
    await transition(() => true, { state: 'awaiting-code', profileId: 'sandbox', username: 'carol@example.com', mfaToken: 'mfa-token', fingerprintSent: false, rejections: 0 });
    // What an earlier release kept the session under, before it was one record.
    for (const retired of RETIRED_SESSION_ITEMS) await fakeBrowser.storage.session.set({ [retired.key]: 'left by an earlier release' });
    const site = { origin: 'https://acme.example', insecure: false };
    await writeStored(openingViewItem, await drawOpeningView(h.vault, 8, NOW));
    await savePendingAutofill({ tabId: 1, frameId: 0, place: { top: site, frame: site }, accountIds: [account!.id], expiresAt: NOW + 60_000 });
    // Sync on, one cycle run: its link, base, status and pace.
    await turnSyncOn(h.vault);
    await runSyncCycle({ vault: h.vault, now: () => NOW });
    const stored = [
      ...Object.keys(await fakeBrowser.storage.local.get(null)).map((key) => ['local', key] as const),
      ...Object.keys(await fakeBrowser.storage.session.get(null)).map((key) => ['session', key] as const),
    ];
    const missing = STORAGE_CATALOGUE.filter((entry) => !stored.some(([area, key]) => ownsStoredKey(entry, area, key)));
    expect(missing).toEqual([]);

    await h.value('vault.erase', { confirmation: 'erase' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('works with the vault locked and no session, announcing only the lock', async () => {
    const h = await harness();
    await h.vault.addAccount(everyKindOfAccount()[0]!);
    await h.vault.lockVault();
    expect(await h.value('vault.erase', { confirmation: 'erase' })).toMatchObject({ state: 'uninitialised' });
    expect(h.events).toEqual(['vault.locked']);
  });
});
