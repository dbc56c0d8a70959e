// Other apps' export files and pictures through the management page's Import: chosen with the file
// picker or dropped on the form, told apart by their content, previewed, then imported; the
// popup's codes are then checked against oathtool. A picture far too large is refused by its size.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type ExtensionSession } from './support/browser';
import { expectCodeMatchesOathtool } from './support/codes';
import { dropFiles, type FileToDrop } from './support/drop-files';
import { ACCOUNTS } from '../fixtures/import/formats/accounts';
import { fixtureFiles } from '../fixtures/import/formats/generate';
import { blankPng } from '../fixtures/import/image-headers';
import { qrPng } from '../fixtures/import/qr-png';
import { endImportSession, startOnImportPage } from './support/import-page';

const { bank, cloud, mail, forge } = ACCOUNTS;
const FILES = fixtureFiles();
const name = (account: { issuer: string; label: string }) => `${account.issuer} (${account.label})`;

describe('management page: importing export files and dropped files', () => {
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    ({ session, page } = await startOnImportPage('import files test passphrase'));
  });

  afterAll(() => endImportSession(session));

  const preview = () => page.getByRole('table', { name: 'Preview' });
  /** The row whose entry is exactly `entry` ("item 1" is not "item 11"). */
  const row = (entry: string) => preview().getByRole('row').filter({ has: page.getByRole('rowheader', { name: entry, exact: true }) });
  const rowCells = (entry: string) => row(entry).getByRole('cell').allTextContents();

  it('imports a Bitwarden export chosen with the file picker; the codes are oathtool\'s', async () => {
    await page.getByLabel('Choose export or text files').setInputFiles({
      name: 'bitwarden.json',
      mimeType: 'application/json',
      buffer: Buffer.from(FILES['bitwarden.json']!),
    });
    await page.getByRole('button', { name: 'Preview' }).click();
    await row('bitwarden.json, item 1').waitFor();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('5 new, 2 invalid, 1 skipped. Nothing has been added yet.');
    expect(await rowCells('bitwarden.json, item 1')).toEqual(['New', bank.issuer, bank.label, '']);
    expect(await rowCells('bitwarden.json, item 3')).toEqual(['New', cloud.issuer, cloud.label, '']);
    expect(await rowCells('bitwarden.json, item 5')).toEqual([
      'Skipped', 'Steam', 'gamer', 'Steam Guard codes are not supported, so this account is skipped.',
    ]);
    expect(await rowCells('bitwarden.json, item 11')).toEqual(['Invalid', 'Five digits', 'five', 'Digits must be 6, 7 or 8.']);
    // Items without a code (a note, a card, a login without TOTP) are no rows.
    expect(await preview().locator('tbody tr').count()).toBe(8);

    await page.getByRole('button', { name: 'Import 5 accounts' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Imported 5 accounts (3 skipped).');

    const popup = await session.openPopup();
    await popup.getByRole('listitem', { name: name(bank) }).waitFor();
    await expectCodeMatchesOathtool(popup, name(bank), bank.secret);
    await expectCodeMatchesOathtool(popup, name(cloud), cloud.secret, { algorithm: 'SHA256', digits: 8, period: 60 });
    await expectCodeMatchesOathtool(popup, name(mail), mail.secret, { algorithm: 'SHA512', digits: 7 });
    await expectCodeMatchesOathtool(popup, name(forge), forge.secret);
    await popup.close();
  });

  it('takes files dropped on the form, an export and QR pictures (PNG, and JPEG and WebP made by the browser)', async () => {
    const zone = page.getByRole('group', { name: 'Import: drop files here' });
    const qr = (text: string) => qrPng(text).toString('base64');
    const files: FileToDrop[] = [
      { name: 'freeotp-plus.json', type: 'application/json', base64: Buffer.from(FILES['freeotp-plus.json']!).toString('base64') },
      { name: 'shop.png', type: 'image/png', base64: qr('otpauth://totp/Shop:ann?secret=JBSWY3DPEHPK3PXP') },
      { name: 'photo.jpg', type: 'image/jpeg', base64: qr('otpauth://totp/Photo:jpeg?secret=KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TFOQ'), reencode: 'image/jpeg' },
      { name: 'shot.webp', type: 'image/webp', base64: qr('otpauth://totp/Shot:webp?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'), reencode: 'image/webp' },
    ];
    await dropFiles(page, zone, files);
    await page.getByText('Dropped files: freeotp-plus.json, shop.png, photo.jpg, shot.webp').waitFor();
    await page.getByRole('button', { name: 'Preview' }).click();
    await row('shot.webp').waitFor();
    // FreeOTP+ holds the bank, the cloud and the mail accounts too: the vault has them from Bitwarden.
    expect(await rowCells('freeotp-plus.json, token 1')).toEqual(['Duplicate', bank.issuer, bank.label, `Already in the vault as ${name(bank)}.`]);
    expect(await rowCells('freeotp-plus.json, token 8')).toEqual(['New', 'Fresh', 'hotp', '']);
    expect(await rowCells('shop.png')).toEqual(['New', 'Shop', 'ann', '']);
    expect(await rowCells('photo.jpg')).toEqual(['New', 'Photo', 'jpeg', '']);
    expect(await rowCells('shot.webp')).toEqual(['New', 'Shot', 'webp', '']);

    // "Remove dropped files" takes them all back, and the preview with them.
    await page.getByRole('button', { name: 'Remove dropped files' }).click();
    expect(await preview().count()).toBe(0);
    await page.getByText('Or drop files anywhere on this form.').waitFor();
  });

  it('refuses a 20,000 × 20,000 picture of 0.4 MB by its size, without decoding it', async () => {
    await page.getByLabel('Choose QR code images').setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: blankPng(20_000, 20_000) });
    await page.getByRole('button', { name: 'Preview' }).click();
    await row('huge.png').waitFor();
    expect(await rowCells('huge.png')).toEqual([
      'Invalid', '', '', 'This picture is too large to search for a QR code (20,000 × 20,000 pixels; at most 50 million).',
    ]);
  });

  it('refuses an encrypted Bitwarden export with what to do instead', async () => {
    await page.getByLabel('Choose QR code images').setInputFiles([]);
    await page.getByLabel('Choose export or text files').setInputFiles({
      name: 'bitwarden_encrypted_export.json',
      mimeType: 'application/json',
      buffer: Buffer.from(FILES['bitwarden-password-protected.json']!),
    });
    await page.getByRole('button', { name: 'Preview' }).click();
    await row('bitwarden_encrypted_export.json').waitFor();
    expect((await rowCells('bitwarden_encrypted_export.json'))[3]).toBe(
      'This Bitwarden export is protected by a password: export it again unencrypted (.json or .csv), import that file, then delete it.',
    );
    await page.getByText('Nothing to import: every entry is in the vault already or cannot be used.').waitFor();
  });
});

