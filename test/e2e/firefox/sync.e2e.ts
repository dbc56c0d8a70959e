// Sync between two Firefox profiles, with the browser's sync service played by the test: it copies
// one profile's storage.sync into the other's (support/sync-service.ts), and each extension's own
// change listener, merge and vault update run for real, as in the Chromium suite (sync.e2e.ts):
// sync turned on in the management page's Settings, joined there by a browser without a vault,
// accounts added from the popup, deleted and renamed on the management page, the passphrase changed
// in Settings, sync turned off and joined again adding this browser's accounts; the codes are
// checked against oathtool, and neither profile keeps a seed on disk.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { encodeBase32 } from '../../../lib/otp';
import { filesContaining, seedNeedles } from '../support/profile-scan';
import { deliver, deliverUntil, nextWrite, sealedSample, SYNC_STEP_TIMEOUT, type ProfileSyncArea } from '../support/sync-service';
import { openExtensionPage, openOptionsPage, openPopup } from '../support/firefox/extension-pages';
import { launchFirefoxWithExtension, type FirefoxSession } from '../support/firefox/firefox-session';
import { byLabel, byRole, statusNotice } from '../support/firefox/page-elements';
import { addAccountFromLink, createVault, expectCodeMatchesOathtool } from '../support/firefox/popup-steps';
import { firefoxSyncArea } from '../support/firefox/sync-area';
import { waitUntil } from '../support/firefox/wait';

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

type Runtime = { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value?: unknown; error?: { message: string } }> } };

/** Asks the background from an extension page, as the extension's own pages do (to know when sync is done). */
async function send<T>(page: Page, type: string): Promise<T> {
  const reply = await page.evaluate(
    (type) => (globalThis as unknown as { browser: Runtime }).browser.runtime.sendMessage({ type, body: {} }),
    type,
  );
  if (!reply?.ok) throw new Error(`${type} failed: ${reply?.error?.message ?? 'no reply'}`);
  return reply.value as T;
}

describe('sync between two Firefox profiles', () => {
  let a: FirefoxSession;
  let b: FirefoxSession;
  /** An extension page of each profile, kept open: the sync service reads and writes there. */
  let aPage: Page;
  let bPage: Page;
  let aSync: ProfileSyncArea;
  let bSync: ProfileSyncArea;

  /** The accounts a profile's vault holds, as the popup names them. */
  const accountsIn = async (page: Page) =>
    (await send<{ issuer: string; label: string }[]>(page, 'accounts.list')).map(({ issuer, label }) => `${issuer} (${label})`);

  /** The management page's Accounts list, its rows' headers top to bottom ("Beta bob"). */
  const accountRows = async (session: FirefoxSession) => {
    const page = await openOptionsPage(session, 'accounts');
    const read = () => page.evaluate(() => [...document.querySelectorAll('tbody th[scope="row"] .names')].map((names) => names.textContent ?? ''));
    const rows = await waitUntil('the accounts list', read, (names) => names.length > 0);
    await page.close();
    return rows;
  };

  const rename = async (session: FirefoxSession, account: string, label: string) => {
    const page = await openOptionsPage(session, 'accounts');
    await byRole(page, 'button', `Edit ${account}`).click();
    await byRole(page, 'form', `Edit ${account}`).label('Account name').fill(label);
    await byRole(page, 'button', 'Save').click();
    await statusNotice(page, 'Saved ').waitFor();
    await page.close();
  };

  /** Adds an account from B's or A's popup, which is closed again. */
  const addFromPopup = async (session: FirefoxSession, uri: string) => {
    const popup = await openPopup(session);
    await addAccountFromLink(popup, uri);
    await popup.close();
  };

  beforeAll(async () => {
    [a, b] = await Promise.all([launchFirefoxWithExtension(), launchFirefoxWithExtension()]);
    [aPage, bPage] = await Promise.all([openExtensionPage(a, 'privacy-policy.html'), openExtensionPage(b, 'privacy-policy.html')]);
    aSync = firefoxSyncArea('A', aPage);
    bSync = firefoxSyncArea('B', bPage);
  });

  afterAll(async () => {
    await Promise.all([a?.dispose(), b?.dispose()]);
  });

  it('turns sync on in A’s Settings; B, without a vault, joins it with the passphrase and shows the same code', async () => {
    const popup = await openPopup(a);
    await createVault(popup, PASSPHRASE);
    await addAccountFromLink(popup, ALPHA.uri);
    await popup.close();
    const settings = await openOptionsPage(a, 'settings');
    await byRole(settings, 'button', 'Turn sync on').click();
    await statusNotice(settings, 'Sync is on. Other browsers can now join this vault.').waitFor();
    await byRole(settings, 'paragraph').withText(/^Sync is on\. Last synced /).waitFor();
    await settings.close();
    expect(Object.keys(await aSync.read()).length).toBeGreaterThan(1);

    await deliver(aSync, bSync);
    const page = await openOptionsPage(b, 'accounts');
    await byRole(page, 'heading', 'No vault yet').waitFor();
    const offer = byRole(page, 'region', 'A synced vault was found');
    await offer.waitFor();
    expect(await offer.role('radio').count()).toBe(0);
    await offer.label('Passphrase of the synced vault').fill('not the passphrase at all');
    await offer.role('button', 'Join').click();
    await waitUntil('the refusal', () => offer.role('alert').textContent(), (text) => text === 'That passphrase is not right.');
    await offer.label('Passphrase of the synced vault').fill(PASSPHRASE);
    await offer.role('button', 'Join').click();
    await byRole(page, 'heading', 'Accounts').waitFor();
    await page.close();
    expect(await accountRows(b)).toEqual([ALPHA.row()]);

    const bPopup = await openPopup(b);
    await expectCodeMatchesOathtool(bPopup, ALPHA.name(), ALPHA.secret);
    await bPopup.close();
  });

  it('an account added in A’s popup appears on B with the same code', async () => {
    const before = await aSync.read();
    await addFromPopup(a, BETA.uri);
    await nextWrite(aSync, before, 'the new account');
    await deliverUntil(aSync, bSync, 'the new account on B', async () => (await accountsIn(bPage)).includes(BETA.name()));

    const bPopup = await openPopup(b);
    await expectCodeMatchesOathtool(bPopup, BETA.name(), BETA.secret);
    await expectCodeMatchesOathtool(bPopup, ALPHA.name(), ALPHA.secret);
    await bPopup.close();
    expect(await accountRows(b)).toEqual([ALPHA.row(), BETA.row()]);
  });

  it('an account deleted on B’s management page is gone on A', async () => {
    const page = await openOptionsPage(b, 'accounts');
    await byRole(page, 'button', `More actions for ${ALPHA.name()}`).click();
    await byRole(page, 'menu', `More actions for ${ALPHA.name()}`).role('menuitem', 'Delete').click();
    await statusNotice(page, `Deleted ${ALPHA.name()}.`).waitFor();
    await page.close();
    await deliverUntil(bSync, aSync, 'the deletion on A', async () => !(await accountsIn(aPage)).includes(ALPHA.name()));

    expect(await accountRows(a)).toEqual([BETA.row()]);
    const popup = await openPopup(a);
    await expectCodeMatchesOathtool(popup, BETA.name(), BETA.secret);
    expect(await byRole(popup, 'listitem', ALPHA.name()).count()).toBe(0);
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
    expect(await accountsIn(bPage)).toEqual([BETA.name('renamed on B')]);
    expect(await accountRows(a)).toEqual([BETA.row('renamed on B')]);
    expect(await accountRows(b)).toEqual([BETA.row('renamed on B')]);
    const popup = await openPopup(a);
    await expectCodeMatchesOathtool(popup, BETA.name('renamed on B'), BETA.secret);
    await popup.close();
  });

  it('a passphrase changed in A’s Settings: once delivered, B’s unlock takes the new one and refuses the old', async () => {
    const before = await aSync.read();
    const settings = await openOptionsPage(a, 'settings');
    await byLabel(settings, 'Current passphrase').fill(PASSPHRASE);
    await byLabel(settings, 'New passphrase').fill(NEW_PASSPHRASE);
    await byLabel(settings, 'Repeat new passphrase').fill(NEW_PASSPHRASE);
    await byRole(settings, 'button', 'Change passphrase').click();
    await statusNotice(settings, 'Vault passphrase changed.').waitFor();
    await settings.close();
    await nextWrite(aSync, before, 'the new passphrase’s keyring');

    // B is unlocked when the change arrives: its next cycle takes the new keyring.
    const delivered = Date.now();
    await deliver(aSync, bSync);
    await waitUntil(
      'B to sync after the delivery',
      async () => (await send<{ syncedAt?: number }>(bPage, 'sync.get')).syncedAt ?? 0,
      (syncedAt) => syncedAt >= delivered,
      SYNC_STEP_TIMEOUT,
    );

    const popup = await openPopup(b);
    await byRole(popup, 'button', 'Lock').click();
    await byRole(popup, 'heading', 'Unlock your vault').waitFor();
    await byLabel(popup, 'Vault passphrase').fill(PASSPHRASE);
    await byRole(popup, 'button', 'Unlock').click();
    await waitUntil('the refusal', () => byRole(popup, 'alert').textContent(), (text) => text === 'That passphrase is not right.');
    await byLabel(popup, 'Vault passphrase').fill(NEW_PASSPHRASE);
    await byRole(popup, 'button', 'Unlock').click();
    await expectCodeMatchesOathtool(popup, BETA.name('renamed on B'), BETA.secret);
    await popup.close();
  });

  it('B turns sync off, adds an account of its own, and joins again adding it: A gets it, and nothing is doubled', async () => {
    const settings = await openOptionsPage(b, 'settings');
    await byRole(settings, 'button', 'Turn sync off').click();
    await statusNotice(settings, 'Sync is off in this browser. Every account stays here.').waitFor();
    await settings.close();
    await addFromPopup(b, GAMMA.uri);
    expect(await accountsIn(aPage)).toEqual([BETA.name('renamed on B')]);

    const before = await bSync.read();
    const page = await openOptionsPage(b, 'settings');
    const offer = byRole(page, 'region', 'A synced vault was found');
    // B has a vault of its own now: it is asked what becomes of its accounts, adding them by default.
    const checked = async (label: string) => {
      const radio = await offer.role('radio', label).handle();
      try {
        return await radio.evaluate((input) => (input as HTMLInputElement).checked);
      } finally {
        await radio.dispose();
      }
    };
    expect(await checked("Add this browser's accounts to the synced vault")).toBe(true);
    expect(await checked("Keep this browser's accounts in this browser only")).toBe(false);
    await offer.label('Passphrase of the synced vault').fill(NEW_PASSPHRASE);
    await offer.role('button', 'Join').click();
    await statusNotice(page, 'This browser now syncs the vault.').waitFor();
    await page.close();
    await nextWrite(bSync, before, 'its own account');
    await deliverUntil(bSync, aSync, 'B’s own account on A', async () => (await accountsIn(aPage)).includes(GAMMA.name()));

    const rows = [BETA.row('renamed on B'), GAMMA.row()];
    expect(await accountRows(a)).toEqual(rows);
    expect(await accountRows(b)).toEqual(rows);
    const aPopup = await openPopup(a);
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
