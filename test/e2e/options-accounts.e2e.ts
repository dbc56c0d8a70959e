import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, removeProfile, type ExtensionSession } from './support/browser';
import { createVaultFromPopup } from './support/codes';
import { accountRow, accountRowNames, chooseFromMenu, moreActions, reorderAnnouncement } from './support/accounts-page';
import { openOptionsPage } from './support/options-page';

const PASSPHRASE = 'management page passphrase';
const BANK_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const MAIL_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const CODE_SECRET = 'MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U';

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
      `otpauth://totp/GitHub:erin?secret=${CODE_SECRET}&issuer=GitHub`,
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

  const rowNames = () => accountRowNames(page);
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent);

  it('lists the accounts in the vault, each with its face, name, type and sites', async () => {
    await page.getByRole('rowheader').first().waitFor();
    expect(await rowNames()).toEqual(['Bank carol', 'Mail dave', 'GitHub erin']);
    // The face is decorative: the row is named by the account alone.
    await page.getByRole('rowheader', { name: 'Bank carol', exact: true }).waitFor();
    const bankFace = accountRow(page, 'Bank carol').locator('.account-face');
    expect(await bankFace.getAttribute('aria-hidden')).toBe('true');
    expect(await bankFace.textContent()).toBe('B');
    // A well-known issuer gets its built-in mark, loaded after the monogram.
    await accountRow(page, 'GitHub erin').locator('.account-face svg path').waitFor();
    // "30 s" is never broken across lines.
    expect(await accountRow(page, 'Bank carol').getByRole('cell', { name: /^TOTP/ }).textContent()).toBe('TOTP, 6 digits, 30\u00a0s');
    // One primary action on the row, the rest behind one button.
    const buttons = await accountRow(page, 'Bank carol').getByRole('button').evaluateAll((all) => all.map((b) => b.textContent || b.getAttribute('aria-label')));
    expect(buttons).toEqual(['Reorder Bank (carol)', 'Edit', 'More actions']);
  });

  it('edits an account name and its sites', async () => {
    await page.getByRole('button', { name: 'Edit Bank (carol)' }).click();
    const form = page.getByRole('form', { name: 'Edit Bank (carol)' });
    await form.getByLabel('Account name').fill('carol@bank.example');
    await form.getByRole('textbox', { name: 'Sites where the code may be filled' }).fill('bank.example\nhttps://login.bank.example/sign-in?next=1\n');
    await form.getByRole('button', { name: 'Save' }).click();

    await expect.poll(() => page.getByRole('status').textContent()).toBe('Saved Bank (carol@bank.example).');
    const row = accountRow(page, 'Bank carol@bank.example');
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

  it('reorders with the keyboard handle: pick up, carry with the arrows, drop; the order is kept', async () => {
    const handle = page.getByRole('button', { name: 'Reorder Bank (carol@bank.example)', exact: true });
    await handle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => reorderAnnouncement(page)).toBe('Picked up Bank (carol@bank.example), at position 1 of 3.');
    expect(await handle.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => reorderAnnouncement(page)).toBe('Moved to position 2 of 3');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => reorderAnnouncement(page)).toBe('Moved to position 3 of 3');
    await expect.poll(rowNames).toEqual(['Mail dave', 'GitHub erin', 'Bank carol@bank.example']);
    // The handle is carried along with its row, focus and all.
    expect(await focused()).toBe('Reorder Bank (carol@bank.example)');
    await page.keyboard.press('Space');
    await expect.poll(() => reorderAnnouncement(page)).toBe('Dropped Bank (carol@bank.example) at position 3 of 3.');
    expect(await handle.getAttribute('aria-pressed')).toBe('false');

    await page.reload();
    await expect.poll(rowNames).toEqual(['Mail dave', 'GitHub erin', 'Bank carol@bank.example']);
    const reopened = await session.openPopup();
    await expect.poll(() => reopened.getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('Mail'),
      expect.stringContaining('GitHub'),
      expect.stringContaining('Bank'),
    ]);
    await reopened.close();
  });

  it('puts a carried account back where it was on Escape, and saves nothing', async () => {
    await page.getByRole('button', { name: 'Reorder Mail (dave)', exact: true }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await expect.poll(rowNames).toEqual(['GitHub erin', 'Mail dave', 'Bank carol@bank.example']);
    await page.keyboard.press('Escape');
    await expect.poll(rowNames).toEqual(['Mail dave', 'GitHub erin', 'Bank carol@bank.example']);
    await expect.poll(() => reorderAnnouncement(page)).toBe('Mail (dave) is back at position 1 of 3.');
    await page.reload();
    await expect.poll(rowNames).toEqual(['Mail dave', 'GitHub erin', 'Bank carol@bank.example']);
  });

  it('reorders by dragging a row’s handle onto another row, and the order is kept', async () => {
    // The pointer drags the handle's cell (the button inside is for the keyboard).
    const bankHandle = accountRow(page, 'Bank carol@bank.example').getByRole('cell').first();
    // Onto the upper half of the first row: the account lands above it.
    await bankHandle.dragTo(accountRow(page, 'Mail dave'), { targetPosition: { x: 40, y: 3 } });
    await expect.poll(rowNames).toEqual(['Bank carol@bank.example', 'Mail dave', 'GitHub erin']);
    await expect.poll(() => page.locator('tr.drop-before, tr.drop-after').count()).toBe(0);
    await page.reload();
    await expect.poll(rowNames).toEqual(['Bank carol@bank.example', 'Mail dave', 'GitHub erin']);
  });

  it('moves an account from its menu, to the top or one place, and the focus stays on the menu button', async () => {
    await chooseFromMenu(page, 'GitHub (erin)', 'Move to top');
    await expect.poll(rowNames).toEqual(['GitHub erin', 'Bank carol@bank.example', 'Mail dave']);
    await expect.poll(focused).toBe('More actions for GitHub (erin)');
    await expect.poll(() => reorderAnnouncement(page)).toBe('Moved to position 1 of 3');
    // At the top there is nowhere further up.
    await moreActions(page, 'GitHub (erin)').click();
    const items = await page.getByRole('menuitem').allTextContents();
    expect(items).not.toContain('Move up');
    expect(items).not.toContain('Move to top');
    await page.getByRole('menuitem', { name: 'Move down', exact: true }).click();
    await expect.poll(rowNames).toEqual(['Bank carol@bank.example', 'GitHub erin', 'Mail dave']);
  });

  it('runs the menu from the keyboard: open with Enter, arrows, Escape back to the button; Delete looks dangerous and can be undone', async () => {
    const button = moreActions(page, 'Mail (dave)');
    await button.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'More actions for Mail (dave)' });
    await menu.waitFor();
    expect(await button.getAttribute('aria-haspopup')).toBe('menu');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await focused()).toBe('Reveal secret key…');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await focused()).toBe('More actions for Mail (dave)');

    await page.keyboard.press('Enter');
    for (let presses = 0; presses < 8 && (await focused()) !== 'Delete'; presses++) await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Delete');
    // A destructive action looks like one: the danger colour, not the text colour of its neighbours.
    const deleteItem = menu.getByRole('menuitem', { name: 'Delete', exact: true });
    expect(await deleteItem.getAttribute('class')).toContain('danger');
    const colours = await menu.getByRole('menuitem').evaluateAll((all) => all.map((item) => getComputedStyle(item).color));
    expect(colours.at(-1)).toBe('rgb(179, 38, 30)');
    expect(colours[0]).not.toBe(colours.at(-1));

    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Deleted Mail (dave).');
    await expect.poll(rowNames).toEqual(['Bank carol@bank.example', 'GitHub erin']);
    // The focus is on Undo, which Enter presses.
    await expect.poll(focused).toBe('Undo');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Restored Mail (dave).');
    await expect.poll(rowNames).toEqual(['Bank carol@bank.example', 'GitHub erin', 'Mail dave']);
  });

  it('reveals the secret only with the vault passphrase, and hides it again', async () => {
    await chooseFromMenu(page, 'Bank (carol@bank.example)', 'Reveal secret key…');
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

  it('logged out, the server sections say how to log in and offer no "Try again" that cannot succeed', async () => {
    const sentences = {
      'Trusted devices': "Log in from the toolbar popup to see this account's trusted devices.",
      'MFA keys': "Log in from the toolbar popup to see this account's MFA keys.",
    };
    const canOpenPopup = await page.evaluate(
      () => typeof (globalThis as { chrome?: { action?: { openPopup?: unknown } } }).chrome?.action?.openPopup === 'function',
    );
    for (const [section, sentence] of Object.entries(sentences)) {
      await page.getByRole('link', { name: section, exact: true }).click();
      await page.getByText(sentence, { exact: true }).waitFor();
      expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Open the toolbar popup', exact: true }).count()).toBe(canOpenPopup ? 1 : 0);
    }
    await page.getByRole('link', { name: 'Other users', exact: true }).click();
    await page.getByRole('textbox', { name: 'User id', exact: true }).fill('5');
    await page.getByRole('button', { name: 'Open user', exact: true }).click();
    await page.getByText('Log in with your e-mail address and password from the toolbar popup to manage other users.', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
  });
});
