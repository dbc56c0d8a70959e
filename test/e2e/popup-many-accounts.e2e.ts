import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { encodeBase32 } from '../../lib/otp';
import { launchWithExtension, removeProfile, type ExtensionSession } from './support/browser';
import { createVaultFromPopup, expectCodeMatchesOathtool } from './support/codes';

const COUNT = 150;
const secrets = Array.from({ length: COUNT }, () => encodeBase32(randomBytes(20)));
const name = (i: number) => `Service ${i} (user${i}@example.com)`;

/** Adds accounts through the extension's own messages, from one of its pages. */
async function addThroughMessages(page: Page): Promise<void> {
  const uris = secrets.map((secret, i) => `otpauth://totp/Service%20${i}:user${i}%40example.com?secret=${secret}&issuer=Service%20${i}`);
  await page.evaluate(async (uris) => {
    const { runtime } = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome;
    for (const uri of uris) {
      const reply = await runtime.sendMessage({ type: 'accounts.addUri', body: { uri } });
      if (!reply.ok) throw new Error('adding failed');
    }
  }, uris);
}

describe('popup with many accounts: only what is on screen is rendered', () => {
  let session: ExtensionSession;
  let popup: Page;

  beforeAll(async () => {
    session = await launchWithExtension();
    const setup = await session.openPopup();
    await createVaultFromPopup(setup, 'many accounts passphrase');
    await addThroughMessages(setup);
    await setup.close();
    popup = await session.openPopup();
    await popup.getByRole('listitem', { name: name(0) }).waitFor();
  });

  afterAll(async () => {
    await session?.close().catch(() => undefined);
    if (session) removeProfile(session);
  });

  it('renders a screenful of rows, each telling its place in the whole list', async () => {
    const rows = popup.getByRole('listitem');
    // The popup opens with the first screen's accounts and asks for the whole list after it is
    // drawn: the rows tell the full size once that list is in, and only then is a screenful news.
    await expect.poll(() => rows.first().getAttribute('aria-setsize')).toBe(String(COUNT));
    expect(await rows.count()).toBeLessThan(20);
    await expectCodeMatchesOathtool(popup, name(0), secrets[0]!);
  });

  it('shows the right code for the last account after scrolling to the end', async () => {
    const list = popup.getByRole('list', { name: 'Accounts' });
    await list.evaluate((ul) => ul.parentElement!.scrollTo({ top: ul.scrollHeight }));
    await popup.getByRole('listitem', { name: name(COUNT - 1) }).waitFor();
    expect(await popup.getByRole('listitem', { name: name(0) }).count()).toBe(0);
    await expectCodeMatchesOathtool(popup, name(COUNT - 1), secrets[COUNT - 1]!);
  });

  it('finds an account deep in the list by search', async () => {
    await popup.getByRole('searchbox', { name: 'Search accounts' }).fill('service 97 ');
    await expect.poll(() => popup.getByRole('listitem').count()).toBe(1);
    await expectCodeMatchesOathtool(popup, name(97), secrets[97]!);
  });

  it('reaches rows below and above the screen from the keyboard, one button per key', async () => {
    await popup.getByRole('searchbox', { name: 'Search accounts' }).fill('');
    await popup.getByRole('button', { name: `Copy code for ${name(0)}` }).focus();
    // Two buttons a row (Copy, Pin), so 40 presses walk well past the first screen; each pair must
    // land on the next row, drawn in time for the focus to reach it, never leave the list.
    const focusedRow = () => popup.evaluate(() => Number(document.activeElement?.closest('li')?.getAttribute('aria-posinset')));
    for (let row = 2; row <= 21; row++) {
      await popup.keyboard.press('Tab');
      await expect.poll(focusedRow).toBe(row - 1);
      await popup.keyboard.press('Tab');
      await expect.poll(focusedRow).toBe(row);
    }
    // And back up to the first row, through rows that were no longer drawn above the screen.
    for (let row = 20; row >= 1; row--) {
      await popup.keyboard.press('Shift+Tab');
      await expect.poll(focusedRow).toBe(row);
      await popup.keyboard.press('Shift+Tab');
      await expect.poll(focusedRow).toBe(row);
    }
  });
});
