// Sync between two Chromium profiles, with the browser's sync service played by the test: it copies
// one profile's storage.sync into the other's (support/sync-service.ts), and each extension's own
// change listener, merge and vault update run for real. Everything else is done as a user does it:
// sync turned on in the management page's Settings, joined there by a browser without a vault,
// accounts added from the popup, deleted and renamed on the management page, the passphrase changed
// in Settings, sync turned off and joined again adding this browser's accounts; the codes are
// checked against oathtool, and neither profile keeps a seed on disk.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, removeProfile, type ExtensionSession } from './support/browser';
import { createVaultFromPopup, expectCodeMatchesOathtool } from './support/codes';
import { addAccounts } from './support/autofill-steps';
import { accountRowNames, chooseFromMenu } from './support/accounts-page';
import { openOptionsPage } from './support/options-page';
import { filesContaining, seedNeedles } from './support/profile-scan';
import { chromiumSyncArea } from './support/sync-area';
import { deliver, deliverUntil, nextWrite, sealedSample, SYNC_STEP_TIMEOUT, type ProfileSyncArea } from './support/sync-service';
import { send } from '../../scripts/bench/extension-driver';
import { encodeBase32 } from '../../lib/otp';

const PASSPHRASE = 'correct horse battery staple';
const NEW_PASSPHRASE = 'a whole new passphrase for both browsers';

/** An account with a seed of its own for this run, as the popup and the management page name it. */
function testAccount(issuer: string, label: string) {
  const seed = randomBytes(20);
  const secret = encodeBase32(seed);
  return {
    seed,
    secret,
    uri: `otpauth://totp/${issuer}:${label}?secret=${secret}&issuer=${issuer}`,
    name: (name = label) => `${issuer} (${name})`,
    row: (name = label) => `${issuer} ${name}`,
  };
}
const ALPHA = testAccount('Alpha', 'alice');
const BETA = testAccount('Beta', 'bob');
const GAMMA = testAccount('Gamma', 'carol');

describe('sync between two Chromium profiles', () => {
  let a: ExtensionSession;
  let b: ExtensionSession;
  /** An extension page of each profile, kept open: the sync service reads and writes there. */
  let aPage: Page;
  let bPage: Page;
  let aSync: ProfileSyncArea;
  let bSync: ProfileSyncArea;

  /** The accounts a profile's vault holds, as the popup names them (read to know when sync is done). */
  const accountsIn = async (page: Page) =>
    (await send<{ issuer: string; label: string }[]>(page, 'accounts.list')).map(({ issuer, label }) => `${issuer} (${label})`);

  const openExtensionPage = async (session: ExtensionSession) => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/privacy-policy.html`);
    return page;
  };

  const accountRows = async (session: ExtensionSession) => {
    const page = await openOptionsPage(session, 'accounts');
    await page.getByRole('heading', { name: 'Accounts' }).waitFor();
    await page.getByRole('rowheader').first().waitFor();
    const rows = await accountRowNames(page);
    await page.close();
    return rows;
  };

  const rename = async (session: ExtensionSession, account: string, label: string) => {
    const page = await openOptionsPage(session, 'accounts');
    await page.getByRole('button', { name: `Edit ${account}` }).click();
    await page.getByRole('form', { name: `Edit ${account}` }).getByLabel('Account name').fill(label);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved ' }).waitFor();
    await page.close();
  };

  beforeAll(async () => {
    [a, b] = await Promise.all([launchWithExtension(), launchWithExtension()]);
    [aPage, bPage] = await Promise.all([openExtensionPage(a), openExtensionPage(b)]);
    aSync = chromiumSyncArea('A', aPage);
    bSync = chromiumSyncArea('B', bPage);
  });

  afterAll(async () => {
    for (const session of [a, b]) {
      await session?.close().catch(() => undefined);
      if (session) removeProfile(session);
    }
  });

  it('turns sync on in A’s Settings; B, without a vault, joins it with the passphrase and shows the same code', async () => {
    const popup = await a.openPopup();
    await createVaultFromPopup(popup, PASSPHRASE);
    await addAccounts(popup, [ALPHA.uri]);
    await popup.close();
    const settings = await openOptionsPage(a, 'settings');
    await settings.getByRole('button', { name: 'Turn sync on' }).click();
    await settings.getByRole('status').filter({ hasText: 'Sync is on. Other browsers can now join this vault.' }).waitFor();
    await settings.getByText(/^Sync is on\. Last synced /).waitFor();
    await settings.close();
    // Turning on published the vault at once: its keyring and its account, sealed.
    expect(Object.keys(await aSync.read()).length).toBeGreaterThan(1);

    await deliver(aSync, bSync);
    const page = await openOptionsPage(b, 'accounts');
    await page.getByRole('heading', { name: 'No vault yet' }).waitFor();
    const offer = page.getByRole('region', { name: 'A synced vault was found' });
    await offer.waitFor();
    // Nothing of B's own to merge or keep apart: no choice asked.
    expect(await offer.getByRole('radio').count()).toBe(0);
    await offer.getByLabel('Passphrase of the synced vault').fill('not the passphrase at all');
    await offer.getByRole('button', { name: 'Join' }).click();
    await expect.poll(() => offer.getByRole('alert').textContent()).toBe('That passphrase is not right.');
    await offer.getByLabel('Passphrase of the synced vault').fill(PASSPHRASE);
    await offer.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('heading', { name: 'Accounts' }).waitFor();
    await expect.poll(() => accountRowNames(page)).toEqual([ALPHA.row()]);
    await page.close();

    const bPopup = await b.openPopup();
    await expectCodeMatchesOathtool(bPopup, ALPHA.name(), ALPHA.secret);
    await bPopup.close();
  });

  it('an account added in A’s popup appears on B with the same code', async () => {
    const before = await aSync.read();
    const popup = await a.openPopup();
    await addAccounts(popup, [BETA.uri]);
    await popup.close();
    await nextWrite(aSync, before, 'the new account');
    await deliverUntil(aSync, bSync, 'the new account on B', async () => (await accountsIn(bPage)).includes(BETA.name()));

    const bPopup = await b.openPopup();
    await expectCodeMatchesOathtool(bPopup, BETA.name(), BETA.secret);
    await expectCodeMatchesOathtool(bPopup, ALPHA.name(), ALPHA.secret);
    await bPopup.close();
    expect(await accountRows(b)).toEqual([ALPHA.row(), BETA.row()]);
  });

  it('an account deleted on B’s management page is gone on A', async () => {
    const page = await openOptionsPage(b, 'accounts');
    await chooseFromMenu(page, ALPHA.name(), 'Delete');
    await page.getByRole('status').filter({ hasText: `Deleted ${ALPHA.name()}.` }).waitFor();
    await page.close();
    await deliverUntil(bSync, aSync, 'the deletion on A', async () => !(await accountsIn(aPage)).includes(ALPHA.name()));

    expect(await accountRows(a)).toEqual([BETA.row()]);
    const popup = await a.openPopup();
    await expectCodeMatchesOathtool(popup, BETA.name(), BETA.secret);
    expect(await popup.getByRole('listitem', { name: ALPHA.name() }).count()).toBe(0);
    await popup.close();
  });

  it('of two concurrent renames, the later one (B’s) wins on both', async () => {
    const [aBefore, bBefore] = await Promise.all([aSync.read(), bSync.read()]);
    // Neither has seen the other's rename when it makes its own.
    await rename(a, BETA.name(), 'renamed on A');
    await nextWrite(aSync, aBefore, 'the rename on A');
    await rename(b, BETA.name(), 'renamed on B');
    await nextWrite(bSync, bBefore, 'the rename on B');

    await deliver(aSync, bSync);
    await deliverUntil(bSync, aSync, 'B’s name on A', async () => (await accountsIn(aPage)).includes(BETA.name('renamed on B')));
    // A's copy reached B first and changed nothing there.
    expect(await accountsIn(bPage)).toEqual([BETA.name('renamed on B')]);
    expect(await accountRows(a)).toEqual([BETA.row('renamed on B')]);
    expect(await accountRows(b)).toEqual([BETA.row('renamed on B')]);
    const popup = await a.openPopup();
    await expectCodeMatchesOathtool(popup, BETA.name('renamed on B'), BETA.secret);
    await popup.close();
  });

  it('a passphrase changed in A’s Settings: once delivered, B’s unlock takes the new one and refuses the old', async () => {
    const before = await aSync.read();
    const settings = await openOptionsPage(a, 'settings');
    await settings.getByLabel('Current passphrase').fill(PASSPHRASE);
    await settings.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
    await settings.getByLabel('Repeat new passphrase').fill(NEW_PASSPHRASE);
    await settings.getByRole('button', { name: 'Change passphrase' }).click();
    await settings.getByRole('status').filter({ hasText: 'Vault passphrase changed.' }).waitFor();
    await settings.close();
    await nextWrite(aSync, before, 'the new passphrase’s keyring');

    // B is unlocked when the change arrives: its next cycle takes the new keyring.
    const delivered = Date.now();
    await deliver(aSync, bSync);
    await expect
      .poll(async () => (await send<{ syncedAt?: number }>(bPage, 'sync.get')).syncedAt ?? 0, { timeout: SYNC_STEP_TIMEOUT })
      .toBeGreaterThanOrEqual(delivered);

    const popup = await b.openPopup();
    await popup.getByRole('button', { name: 'Lock' }).click();
    await popup.getByRole('heading', { name: 'Unlock your vault' }).waitFor();
    await popup.getByLabel('Vault passphrase').fill(PASSPHRASE);
    await popup.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => popup.getByRole('alert').textContent()).toBe('That passphrase is not right.');
    await popup.getByLabel('Vault passphrase').fill(NEW_PASSPHRASE);
    await popup.getByRole('button', { name: 'Unlock' }).click();
    await expectCodeMatchesOathtool(popup, BETA.name('renamed on B'), BETA.secret);
    await popup.close();
  });

  it('B turns sync off, adds an account of its own, and joins again adding it: A gets it, and nothing is doubled', async () => {
    const settings = await openOptionsPage(b, 'settings');
    await settings.getByRole('button', { name: 'Turn sync off' }).click();
    await settings.getByRole('status').filter({ hasText: 'Sync is off in this browser. Every account stays here.' }).waitFor();
    await settings.close();
    const popup = await b.openPopup();
    await addAccounts(popup, [GAMMA.uri]);
    await popup.close();
    expect(await accountsIn(aPage)).toEqual([BETA.name('renamed on B')]);

    const before = await bSync.read();
    const page = await openOptionsPage(b, 'settings');
    const offer = page.getByRole('region', { name: 'A synced vault was found' });
    // B has a vault of its own now: it is asked what becomes of its accounts, adding them by default.
    const merge = offer.getByRole('radio', { name: "Add this browser's accounts to the synced vault" });
    const keepApart = offer.getByRole('radio', { name: "Keep this browser's accounts in this browser only" });
    await merge.waitFor();
    expect([await merge.isChecked(), await keepApart.isChecked()]).toEqual([true, false]);
    await offer.getByLabel('Passphrase of the synced vault').fill(NEW_PASSPHRASE);
    await offer.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('status').filter({ hasText: 'This browser now syncs the vault.' }).waitFor();
    await page.close();
    await nextWrite(bSync, before, 'its own account');
    await deliverUntil(bSync, aSync, 'B’s own account on A', async () => (await accountsIn(aPage)).includes(GAMMA.name()));

    const rows = [BETA.row('renamed on B'), GAMMA.row()];
    expect(await accountRows(a)).toEqual(rows);
    expect(await accountRows(b)).toEqual(rows);
    const aPopup = await a.openPopup();
    await expectCodeMatchesOathtool(aPopup, GAMMA.name(), GAMMA.secret);
    await aPopup.close();
  });

  it('leaves no seed on either profile’s disk, in any encoding', async () => {
    // What both profiles' storage.sync holds now, sealed: the scan must find it on disk.
    const sealed = sealedSample(await deliver(aSync, bSync));
    await Promise.all([a.close(), b.close()]);
    const needles = [ALPHA, BETA, GAMMA].flatMap(({ seed, secret }) => seedNeedles(seed, secret));
    for (const session of [a, b]) {
      expect(filesContaining(session.profileDir, needles)).toEqual([]);
      expect(filesContaining(session.profileDir, [sealed])).not.toEqual([]);
    }
  });
});
