// Firefox, management page: an encrypted backup is downloaded, everything is erased, and the
// backup restored into a new vault gives the same accounts with the same codes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { openOptionsPage, openPopup, reloadExtensionPage } from '../support/firefox/extension-pages';
import { launchFirefoxWithExtension, type FirefoxSession } from '../support/firefox/firefox-session';
import { byLabel, byRole, statusNotice } from '../support/firefox/page-elements';
import { addAccountFromLink, createVault, expectCodeMatchesOathtool } from '../support/firefox/popup-steps';
import { waitUntil } from '../support/firefox/wait';
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
} from '../support/backup-journey';

const BACKUP_NAME = /^otp-companion-backup-\d{4}-\d{2}-\d{2}\.json$/;

describe('Firefox management page: encrypted backup, erase and restore', () => {
  let session: FirefoxSession;
  let popup: Page;
  let backupPath: string;

  beforeAll(async () => {
    session = await launchFirefoxWithExtension();
    popup = await openPopup(session);
    await createVault(popup, FIRST_PASSPHRASE);
    for (const link of ACCOUNT_LINKS) await addAccountFromLink(popup, link);
  });

  afterAll(() => session?.dispose());

  /** The finished download: Firefox writes it under another name first, then renames it. */
  function savedBackup(): Promise<string> {
    const finished = () => readdirSync(session.downloadDir).filter((name) => BACKUP_NAME.test(name));
    return waitUntil('the backup file', async () => finished(), (names) => names.length === 1).then((names) => names[0]!);
  }

  it('downloads a backup that holds no secret in the clear', async () => {
    const page = await openOptionsPage(session, 'backup');
    const exporting = byRole(page, 'region', 'Download an encrypted backup');
    await exporting.label('Vault passphrase').fill(FIRST_PASSPHRASE);
    await exporting.label('Backup passphrase').fill(BACKUP_PASSPHRASE);
    await exporting.label('Repeat backup passphrase').fill(BACKUP_PASSPHRASE);
    await exporting.role('button', 'Download encrypted backup').click();

    const fileName = await savedBackup();
    await statusNotice(page, `Backup saved as ${fileName}.`).waitFor();
    backupPath = join(session.downloadDir, fileName);
    const text = readFileSync(backupPath, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'otp-companion-backup', version: 1, kdf: { name: 'PBKDF2' } });
    for (const secret of BACKUP_SECRETS) expect(text).not.toContain(secret);
    await page.close();
  });

  it('erases everything once "erase" is typed', async () => {
    const page = await openOptionsPage(session, 'settings');
    const erase = byRole(page, 'button', 'Erase everything');
    expect(await erase.isDisabled()).toBe(true);
    await byLabel(page, 'Type erase to confirm').fill('erase');
    await erase.click();
    await byRole(page, 'heading', 'No vault yet').waitFor();
    await page.close();

    await reloadExtensionPage(popup);
    await byRole(popup, 'heading', 'Create your vault').waitFor();
    expect(existsSync(backupPath)).toBe(true);
  });

  it('restores the backup into a new vault: the same accounts, the same codes', async () => {
    await createVault(popup, SECOND_PASSPHRASE);
    const page = await openOptionsPage(session, 'backup');
    const restoring = byRole(page, 'region', 'Restore a backup');
    await restoring.label('Backup file').setFiles([backupPath]);

    await restoring.label('Backup passphrase').fill('not the backup passphrase');
    await restoring.role('button', 'Preview').click();
    await waitUntil('the refusal', () => restoring.role('alert').textContent(), (text) =>
      text === 'Wrong passphrase or altered file: the backup could not be decrypted.',
    );

    await restoring.label('Backup passphrase').fill(BACKUP_PASSPHRASE);
    await restoring.role('button', 'Preview').click();
    await waitUntil('the preview', () => restoring.role('status').textContent(), (text) => text === '2 new. Nothing has been restored yet.');
    await restoring.role('button', 'Restore 2 accounts').click();
    await waitUntil('the restore', () => restoring.role('status').textContent(), (text) => text === 'Restored 2 accounts.');
    await page.close();

    await reloadExtensionPage(popup);
    await byRole(popup, 'listitem', CAROL).waitFor();
    await expectCodeMatchesOathtool(popup, ALICE, ALICE_SECRET);
    await expectCodeMatchesOathtool(popup, CAROL, CAROL_SECRET, CAROL_OPTIONS);
  });
});
