import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, removeProfile, type ExtensionSession } from './support/browser';
import { createVaultFromPopup } from './support/codes';

const SECRET = 'JBSWY3DPEHPK3PXP';
/** Added in this order: the manual order. */
const ACCOUNTS = [
  ['Zeta', 'zoe'],
  ['Österreich Post', 'otto'],
  ['bank', 'carol'],
  ['Mail', 'dave'],
] as const;
const name = ([issuer, label]: readonly [string, string]) => `${issuer} (${label})`;

/** The account rows' names, top to bottom. */
const rowNames = (popup: Page) => popup.getByRole('list', { name: 'Accounts' }).getByRole('listitem').evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label')));

describe('popup: a calm header, pin to top, and the order of the list', () => {
  let session: ExtensionSession;
  let popup: Page;

  /** Opens the popup afresh, as a click on the toolbar icon does, and waits for its rows. */
  async function reopen(): Promise<Page> {
    await popup.close();
    popup = await session.openPopup();
    await popup.getByRole('listitem').first().waitFor();
    return popup;
  }

  beforeAll(async () => {
    session = await launchWithExtension();
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    popup = await session.openPopup();
    await createVaultFromPopup(popup, 'calm popup passphrase');
    for (const [issuer, label] of ACCOUNTS) {
      await popup.getByRole('button', { name: 'Add account' }).click();
      await popup.getByLabel('otpauth:// link').fill(`otpauth://totp/${encodeURIComponent(issuer)}:${label}?secret=${SECRET}&issuer=${encodeURIComponent(issuer)}`);
      await popup.getByRole('button', { name: 'Add', exact: true }).click();
      await popup.getByRole('listitem', { name: name([issuer, label]) }).waitFor();
    }
  });

  afterAll(async () => {
    await session?.close().catch(() => undefined);
    if (session) removeProfile(session);
  });

  it('names each header button, with a tooltip, and starts the codes near the top', async () => {
    for (const label of ['Add account', 'Scan QR code', 'Manage…', 'Lock']) {
      const button = popup.getByRole('button', { name: label, exact: true });
      expect(await button.getAttribute('title')).toBe(label);
      // An icon, no words: the name is for assistive technology, the tooltip for the mouse.
      expect((await button.textContent())?.trim()).toBe('');
    }
    const settings = popup.getByRole('link', { name: 'Settings', exact: true });
    expect(await settings.getAttribute('href')).toBe(`chrome-extension://${session.extensionId}/options.html#settings`);
    // "Codes" once on screen (the tab); the heading is there for the outline only.
    expect(await popup.getByText('Codes', { exact: true }).evaluateAll((all) => all.filter((el) => (el as HTMLElement).offsetWidth > 1).length)).toBe(1);
    expect(await popup.getByRole('heading', { name: 'Codes', level: 1 }).count()).toBe(1);
    const firstRow = await popup.getByRole('listitem').first().boundingBox();
    expect(firstRow?.y).toBeLessThan(140);
  });

  it('gives each account a face: its issuer’s monogram, hidden from screen readers', async () => {
    for (const [[issuer, label], letters] of [[ACCOUNTS[1], 'ÖP'], [ACCOUNTS[2], 'B']] as const) {
      const face = popup.getByRole('listitem', { name: name([issuer, label]) }).locator('.account-face');
      expect(await face.textContent()).toBe(letters);
      expect(await face.getAttribute('aria-hidden')).toBe('true');
    }
  });

  it('has no settings form of its own: Settings opens the management page there', async () => {
    expect(await popup.getByText('Lock after this many idle minutes').count()).toBe(0);
    const opened = session.context.waitForEvent('page');
    await popup.getByRole('link', { name: 'Settings', exact: true }).click();
    const page = await opened;
    await page.getByRole('heading', { name: 'Settings', level: 2 }).waitFor();
    await page.getByLabel('Auto-lock after (minutes)').waitFor();
    await page.close();
  });

  it('pins an account to the top, from the keyboard, and keeps it there after reopening', async () => {
    expect(await rowNames(popup)).toEqual(ACCOUNTS.map(name));
    const mail = name(ACCOUNTS[3]);
    await popup.getByRole('button', { name: `Pin ${mail}`, exact: true }).focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => rowNames(popup)).toEqual([mail, ...ACCOUNTS.slice(0, 3).map(name)]);
    await popup.getByRole('button', { name: `Unpin ${mail}`, exact: true }).waitFor();

    await reopen();
    expect(await rowNames(popup)).toEqual([mail, ...ACCOUNTS.slice(0, 3).map(name)]);
    expect(await popup.getByRole('combobox', { name: 'Order of the accounts' }).inputValue()).toBe('manual');
  });

  it('sorts A–Z in the UI language (case and umlauts with their letters), pinned still first', async () => {
    await popup.getByRole('combobox', { name: 'Order of the accounts' }).selectOption({ label: 'A–Z' });
    const alphabetical = ['Mail (dave)', 'bank (carol)', 'Österreich Post (otto)', 'Zeta (zoe)'];
    await expect.poll(() => rowNames(popup)).toEqual(alphabetical);

    // The choice is kept: the next opening's first screen is already in that order.
    await reopen();
    expect(await rowNames(popup)).toEqual(alphabetical);
    expect(await popup.getByRole('combobox', { name: 'Order of the accounts' }).inputValue()).toBe('name');

    await popup.getByRole('button', { name: 'Unpin Mail (dave)', exact: true }).click();
    await expect.poll(() => rowNames(popup)).toEqual(['bank (carol)', 'Mail (dave)', 'Österreich Post (otto)', 'Zeta (zoe)']);
  });

  it('puts the last copied account first when sorted by recent use', async () => {
    await popup.getByRole('combobox', { name: 'Order of the accounts' }).selectOption({ label: 'Recently used' });
    const zeta = name(ACCOUNTS[0]);
    const post = name(ACCOUNTS[1]);
    await popup.getByRole('button', { name: `Copy code for ${zeta}`, exact: true }).click();
    await expect.poll(() => popup.getByRole('status').filter({ hasText: 'Copied' }).count()).toBe(1);
    await popup.getByRole('button', { name: `Copy code for ${post}`, exact: true }).click();
    // The list does not move under the user's pointer: the new order is for the next opening.
    await popup.waitForTimeout(300);
    expect((await rowNames(popup))[0]).not.toBe(post);

    await reopen();
    expect(await rowNames(popup)).toEqual([post, zeta, 'bank (carol)', 'Mail (dave)']);
  });
});
