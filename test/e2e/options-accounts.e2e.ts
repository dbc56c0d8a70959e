import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, removeProfile, type ExtensionSession } from './support/browser';
import { createVaultFromPopup } from './support/codes';
import { openOptionsPage } from './support/options-page';

const PASSPHRASE = 'management page passphrase';
const BANK_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const MAIL_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('management page: accounts', () => {
  let session: ExtensionSession;
  let popup: Page;
  let page: Page;

  beforeAll(async () => {
    session = await launchWithExtension();
    popup = await session.openPopup();
    await createVaultFromPopup(popup, PASSPHRASE);
    for (const uri of [
      `otpauth://totp/Bank:carol?secret=${BANK_SECRET}&issuer=Bank`,
      `otpauth://totp/Mail:dave?secret=${MAIL_SECRET}&issuer=Mail`,
    ]) {
      await popup.getByRole('button', { name: 'Add account' }).click();
      await popup.getByLabel('otpauth:// link').fill(uri);
      await popup.getByRole('button', { name: 'Add', exact: true }).click();
      await popup.getByRole('heading', { name: 'Codes' }).waitFor();
    }
    page = await openOptionsPage(session, 'accounts');
    await page.getByRole('heading', { name: 'Accounts' }).waitFor();
  });

  afterAll(async () => {
    await session?.close().catch(() => undefined);
    if (session) removeProfile(session);
  });

  const rowNames = () => page.getByRole('rowheader').allTextContents();

  it('lists the accounts in the vault', async () => {
    await page.getByRole('rowheader').first().waitFor();
    expect(await rowNames()).toEqual(['Bank carol', 'Mail dave']);
  });

  it('edits an account name and its sites', async () => {
    await page.getByRole('button', { name: 'Edit Bank (carol)' }).click();
    const form = page.getByRole('form', { name: 'Edit Bank (carol)' });
    await form.getByLabel('Account name').fill('carol@bank.example');
    await form.getByRole('textbox', { name: 'Sites where the code may be filled' }).fill('bank.example\nhttps://login.bank.example/sign-in?next=1\n');
    await form.getByRole('button', { name: 'Save' }).click();

    await expect.poll(() => page.getByRole('status').textContent()).toBe('Saved Bank (carol@bank.example).');
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Bank carol@bank.example' }) });
    expect(await row.getByRole('listitem').allTextContents()).toEqual(['https://bank.example', 'https://login.bank.example']);
    // Saved in the vault, not just on the page.
    await page.reload();
    await page.getByRole('button', { name: 'Edit Bank (carol@bank.example)' }).click();
    expect(await page.getByRole('textbox', { name: 'Sites where the code may be filled' }).inputValue()).toBe(
      'https://bank.example\nhttps://login.bank.example',
    );
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('refuses a site that is not a web address, in one sentence', async () => {
    await page.getByRole('button', { name: 'Edit Mail (dave)' }).click();
    await page.getByRole('textbox', { name: 'Sites where the code may be filled' }).fill('ftp://mail.example');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('"ftp://mail.example" is not a website address such as https://example.com.');
    // What was typed stays, to be corrected; Cancel gives the focus back to the button that opened the form.
    expect(await page.getByRole('textbox', { name: 'Sites where the code may be filled' }).inputValue()).toBe('ftp://mail.example');
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Edit Mail (dave)');
  });

  it('reorders from the keyboard, and the order is kept', async () => {
    await page.getByRole('button', { name: 'Move down Bank (carol@bank.example)' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(rowNames).toEqual(['Mail dave', 'Bank carol@bank.example']);
    // At the bottom "Move down" has nowhere to go: the focus is on "Move up" of the same account.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Move up Bank (carol@bank.example)',
    );
    await page.reload();
    await expect.poll(rowNames).toEqual(['Mail dave', 'Bank carol@bank.example']);
    const reopened = await session.openPopup();
    await expect.poll(() => reopened.getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('Mail'),
      expect.stringContaining('Bank'),
    ]);
    await reopened.close();
  });

  it('deletes an account and puts it back with Undo', async () => {
    await page.getByRole('button', { name: 'Delete Mail (dave)' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Deleted Mail (dave).');
    await expect.poll(rowNames).toEqual(['Bank carol@bank.example']);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Restored Mail (dave).');
    await expect.poll(rowNames).toEqual(['Mail dave', 'Bank carol@bank.example']);
  });

  it('reveals the secret only with the vault passphrase, and hides it again', async () => {
    await page.getByRole('button', { name: 'Reveal secret of Bank (carol@bank.example)' }).click();
    await page.getByLabel('Vault passphrase').fill('not the passphrase');
    await page.getByRole('button', { name: 'Reveal', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('That passphrase is not right.');
    expect(await page.getByLabel('Secret key').count()).toBe(0);

    await page.getByLabel('Vault passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Reveal', exact: true }).click();
    const secret = page.getByLabel('Secret key');
    await secret.waitFor();
    expect((await secret.textContent())?.replace(/\s/g, '')).toBe(BANK_SECRET);
    await page.getByRole('img', { name: 'QR code for Bank (carol@bank.example)' }).waitFor();

    await page.getByRole('button', { name: 'Hide' }).click();
    // The secret that was on screen goes: then nothing of it may be left anywhere in the page.
    await secret.waitFor({ state: 'detached' });
    expect(await page.getByRole('img', { name: /QR code/ }).count()).toBe(0);
    expect(await page.content()).not.toContain(BANK_SECRET.slice(0, 8));
  });

  it('moves the focus to the title of the section picked in the navigation', async () => {
    await page.getByRole('link', { name: 'Import' }).click();
    await page.getByRole('heading', { name: 'Import', level: 2 }).waitFor();
    // The heading, not the link of the same name the user pressed.
    expect(await page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent}`)).toBe('H2 Import');
    expect(await page.getByRole('link', { name: 'Import' }).getAttribute('aria-current')).toBe('page');
    expect(await page.getByRole('link', { name: 'Accounts' }).getAttribute('aria-current')).toBeNull();
  });
});
