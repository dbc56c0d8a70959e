// axe, with its best-practice rules as well as WCAG A and AA, finds nothing on any popup screen or
// management section, in the light theme and in the dark one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addAccounts, send } from '../../scripts/bench/extension-driver';
import { axeViolations } from './support/axe';
import { launchWithExtension, removeProfile, type ExtensionSession } from './support/browser';
import { openOptionsPage } from './support/options-page';

const PASSPHRASE = 'an accessible passphrase for the checks';
const SCHEMES = ['light', 'dark'] as const;
const SECTIONS = ['accounts', 'devices', 'mfa-keys', 'other-users', 'import', 'backup', 'settings'];

describe.each(SCHEMES)('accessibility, %s theme', (scheme) => {
  let session: ExtensionSession;

  async function popup(): Promise<Page> {
    const page = await session.openPopup();
    await page.emulateMedia({ colorScheme: scheme });
    return page;
  }

  beforeAll(async () => {
    session = await launchWithExtension();
  });

  afterAll(async () => {
    await session?.close();
    if (session) removeProfile(session);
  });

  it('the first-run screen', async () => {
    const page = await popup();
    await page.locator('form').first().waitFor();
    const violations = await axeViolations(page);
    // The vault the next screens need, whatever this screen's verdict.
    await send(page, 'vault.create', { passphrase: PASSPHRASE });
    await addAccounts(page, [
      'otpauth://totp/Example:ada%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example',
      'otpauth://hotp/Bank:bob?secret=JBSWY3DPEHPK3PXP&counter=3&issuer=Bank',
    ]);
    await page.close();
    expect(violations).toEqual([]);
  });

  it('the codes, and each of the popup’s tabs', async () => {
    const page = await popup();
    await page.getByRole('tab').first().waitFor();
    await page.getByRole('list').first().waitFor();
    expect(await axeViolations(page), 'codes').toEqual([]);
    const tabs = page.getByRole('tab');
    for (let index = 1; index < (await tabs.count()); index++) {
      await tabs.nth(index).click();
      // The tab's screen loads on first use: wait for its heading.
      await page.getByRole('tabpanel').getByRole('heading').first().waitFor();
      expect(await axeViolations(page), `tab ${index + 1}`).toEqual([]);
    }
    await page.close();
  });

  it.each([
    ['EMnify', ['Activate account', 'Resend activation e-mail', 'Add server…']],
    ['Amadis', ['Register', 'Change password', 'Reset password']],
  ])('the server tab’s forms (%s profile)', async (kind, buttons) => {
    const page = await popup();
    for (const name of buttons) {
      await page.reload();
      await page.getByRole('tab').nth(1).click();
      const picker = page.getByRole('combobox', { name: 'Server', exact: true });
      await picker.waitFor();
      const option = (await picker.locator('option').allTextContents()).find((text) => text.includes(kind));
      if (!option) throw new Error(`No ${kind} server profile in the development build.`);
      await picker.selectOption({ label: option });
      await page.getByRole('button', { name, exact: true }).click();
      await page.getByRole('tabpanel').getByRole('heading', { level: 1 }).filter({ hasNotText: /^Server$/u }).first().waitFor();
      expect(await axeViolations(page), name).toEqual([]);
    }
    await page.close();
  });

  it('the add-account screen', async () => {
    const page = await popup();
    await page.getByRole('list').first().waitFor();
    await page.getByRole('button', { name: /add/iu }).first().click();
    await page.locator('form').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('the locked popup', async () => {
    const page = await popup();
    await send(page, 'vault.lock');
    await page.reload();
    await page.locator('input[type="password"]').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await send(page, 'vault.unlock', { passphrase: PASSPHRASE });
    await page.close();
  });

  it.each(SECTIONS)('the management page’s %s section', async (section) => {
    const page = await openOptionsPage(session, section);
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('main').getByRole('heading').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
