import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, removeProfile, type ExtensionSession } from './support/browser';
import { createVaultFromPopup, expectCodeMatchesOathtool } from './support/codes';
import {
  ACCOUNT_LINKS,
  ALICE,
  ALICE_SECRET,
  BACKUP_PASSPHRASE,
  BACKUP_SECRETS,
  CAROL,
  CAROL_OPTIONS,
  CAROL_SECRET,
  FIRST_PASSPHRASE,
  SECOND_PASSPHRASE,
} from './support/backup-journey';

/** Long enough that a slow machine still reads the copied code before it is cleared. */
const CLEAR_SECONDS = 6;
/** The pages' background in each theme (lib/ui/theme.css). */
const LIGHT_BACKGROUND = 'rgb(255, 255, 255)';
const DARK_BACKGROUND = 'rgb(23, 25, 29)';

describe('management page: encrypted backup, settings, erase and restore', () => {
  let session: ExtensionSession;
  let popup: Page;
  let page: Page;
  let backupPath: string;

  async function addAccount(uri: string) {
    await popup.getByRole('button', { name: 'Add account' }).click();
    await popup.getByLabel('otpauth:// link').fill(uri);
    await popup.getByRole('button', { name: 'Add', exact: true }).click();
    await popup.getByRole('heading', { name: 'Codes' }).waitFor();
  }

  async function openSection(section: 'backup' | 'settings') {
    await page.goto(`chrome-extension://${session.extensionId}/options.html#${section}`);
    await page.reload();
    await page.getByRole('heading', { name: section === 'backup' ? 'Backup' : 'Settings', level: 2 }).waitFor();
  }

  beforeAll(async () => {
    session = await launchWithExtension();
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    popup = await session.openPopup();
    await createVaultFromPopup(popup, FIRST_PASSPHRASE);
    for (const link of ACCOUNT_LINKS) await addAccount(link);
    page = await session.context.newPage();
  });

  afterAll(async () => {
    await session?.close().catch(() => undefined);
    if (session) removeProfile(session);
  });

  it('reminds of a backup, then downloads one that holds no secret in the clear', async () => {
    await openSection('backup');
    await page.getByText('You added accounts since your last backup.').waitFor();
    const exporting = page.getByRole('region', { name: 'Download an encrypted backup' });
    const fillPassphrases = async (vaultPassphrase: string) => {
      await exporting.getByLabel('Vault passphrase').fill(vaultPassphrase);
      await exporting.getByLabel('Backup passphrase', { exact: true }).fill(BACKUP_PASSPHRASE);
      await exporting.getByLabel('Repeat backup passphrase').fill(BACKUP_PASSPHRASE);
    };
    // Choosing the backup passphrase gives away every seed: the vault passphrase is asked first.
    await fillPassphrases('not the vault passphrase');
    await exporting.getByRole('button', { name: 'Download encrypted backup' }).click();
    await expect.poll(() => exporting.getByRole('alert').textContent()).toBe('That passphrase is not right.');
    expect(await exporting.getByLabel('Vault passphrase').inputValue()).toBe('');
    expect(await exporting.getByLabel('Backup passphrase', { exact: true }).inputValue()).toBe('');
    await page.getByText('You added accounts since your last backup.').waitFor();

    await fillPassphrases(FIRST_PASSPHRASE);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exporting.getByRole('button', { name: 'Download encrypted backup' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^otp-companion-backup-\d{4}-\d{2}-\d{2}\.json$/);
    backupPath = join(session.profileDir, download.suggestedFilename());
    await download.saveAs(backupPath);

    const text = readFileSync(backupPath, 'utf8');
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: 'otp-companion-backup', version: 1, kdf: { name: 'PBKDF2', hash: 'SHA-256' } });
    expect(file.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    for (const secret of BACKUP_SECRETS) expect(text).not.toContain(secret);

    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Backup saved as' }).count()).toBe(1);
    await expect.poll(() => page.getByText('You added accounts since your last backup.').count()).toBe(0);
    await page.getByText('Last encrypted backup:').waitFor();
    // The passphrases do not stay in the page.
    expect(await exporting.getByLabel('Vault passphrase').inputValue()).toBe('');
    expect(await exporting.getByLabel('Backup passphrase', { exact: true }).inputValue()).toBe('');
  });

  it('shows plain links only after the vault passphrase, and drops them with Hide', async () => {
    const plain = page.getByRole('region', { name: 'Export without encryption' });
    await plain.getByLabel('Vault passphrase').fill('not the vault passphrase');
    await plain.getByRole('button', { name: 'Show plain links' }).click();
    await expect.poll(() => plain.getByRole('alert').textContent()).toBe('That passphrase is not right.');
    await plain.getByLabel('Vault passphrase').fill(FIRST_PASSPHRASE);
    await plain.getByRole('button', { name: 'Show plain links' }).click();
    const links = plain.getByLabel('Plain otpauth links');
    await expect.poll(() => links.inputValue()).toContain(`secret=${ALICE_SECRET}`);
    // Ready to select and copy: the button that showed them is gone.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    expect((await links.inputValue()).split('\n')).toHaveLength(2);
    await plain.getByRole('button', { name: 'Hide' }).click();
    // The links that were on screen go: then no secret may be left anywhere in the page.
    await links.waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(ALICE_SECRET);
  });

  it('clears a copied code from the clipboard after the delay chosen in Settings', async () => {
    await openSection('settings');
    await page.getByLabel('Clear copied codes after (seconds)').fill(String(CLEAR_SECONDS));
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Settings saved.' }).count()).toBe(1);

    await popup.reload();
    await popup.getByRole('button', { name: `Copy code for ${ALICE}` }).click();
    await expect.poll(() => popup.getByRole('status').filter({ hasText: 'Copied' }).count()).toBe(1);
    const clipboard = () => popup.evaluate(() => navigator.clipboard.readText());
    const copiedAt = Date.now();
    expect(await clipboard()).toMatch(/^\d{6}$/);
    // Emptied by the background (through its offscreen document) once the delay is over, not before.
    await expect.poll(clipboard, { timeout: 20_000 }).toBe('');
    expect(Date.now() - copiedAt).toBeGreaterThan((CLEAR_SECONDS - 2) * 1000);
  });

  it('applies the chosen theme to every page of the extension, over the system preference', async () => {
    const background = (on: Page) => () => on.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const saveTheme = async (name: string) => {
      await page.getByRole('radio', { name }).check();
      await page.getByRole('button', { name: 'Save settings' }).click();
    };
    await page.emulateMedia({ colorScheme: 'light' });
    await saveTheme('Dark');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect.poll(background(page)).toBe(DARK_BACKGROUND);
    await popup.reload();
    await expect.poll(() => popup.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect.poll(background(popup)).toBe(DARK_BACKGROUND);

    // "System" follows the system's preference, whichever it is.
    await saveTheme('System');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    await expect.poll(background(page)).toBe(LIGHT_BACKGROUND);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(background(page)).toBe(DARK_BACKGROUND);

    // "Light" wins over a dark system.
    await saveTheme('Light');
    await expect.poll(background(page)).toBe(LIGHT_BACKGROUND);
    await saveTheme('System');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    await page.emulateMedia({ colorScheme: null });
  });

  it('erases everything only once "erase" is typed', async () => {
    const erase = page.getByRole('button', { name: 'Erase everything' });
    expect(await erase.isDisabled()).toBe(true);
    await page.getByLabel('Type erase to confirm').fill('Erase');
    expect(await erase.isDisabled()).toBe(true);
    await page.getByLabel('Type erase to confirm').fill('erase');
    await erase.click();
    await page.getByRole('heading', { name: 'No vault yet' }).waitFor();

    await popup.reload();
    await popup.getByRole('button', { name: 'Create vault' }).waitFor();
  });

  it('restores the backup into a new vault: the same accounts, the same codes', async () => {
    await createVaultFromPopup(popup, SECOND_PASSPHRASE);
    await openSection('backup');
    const restoring = page.getByRole('region', { name: 'Restore a backup' });
    await restoring.getByLabel('Backup file').setInputFiles(backupPath);

    await restoring.getByLabel('Backup passphrase').fill('not the backup passphrase');
    await restoring.getByRole('button', { name: 'Preview' }).click();
    await expect.poll(() => restoring.getByRole('alert').textContent(), { timeout: 10_000 }).toBe(
      'Wrong passphrase or altered file: the backup could not be decrypted.',
    );
    // The passphrase that failed does not stay in the page; the chosen file does.
    expect(await restoring.getByLabel('Backup passphrase').inputValue()).toBe('');

    await restoring.getByLabel('Backup passphrase').fill(BACKUP_PASSPHRASE);
    await restoring.getByRole('button', { name: 'Preview' }).click();
    await expect.poll(() => restoring.getByRole('status').textContent(), { timeout: 10_000 }).toBe(
      '2 new. Nothing has been restored yet.',
    );
    const rows = restoring.getByRole('row');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(3);
    expect(await rows.nth(1).textContent()).toContain('New: will be added');
    await restoring.getByRole('button', { name: 'Restore 2 accounts' }).click();
    await expect.poll(() => restoring.getByRole('status').textContent(), { timeout: 10_000 }).toBe('Restored 2 accounts.');
    // The button that was pressed went with the preview: the focus is on the part's title.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Restore a backup');

    await popup.reload();
    await popup.getByRole('listitem', { name: CAROL }).waitFor();
    await expectCodeMatchesOathtool(popup, ALICE, ALICE_SECRET);
    await expectCodeMatchesOathtool(popup, CAROL, CAROL_SECRET, CAROL_OPTIONS);
  });
});
