import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type ExtensionSession } from './support/browser';
import { expectCodeMatchesOathtool } from './support/codes';
import { migrationUri } from '../fixtures/import/migration-payload';
import { qrPng } from '../fixtures/import/qr-png';
import { endImportSession, startOnImportPage } from './support/import-page';

// 10 bytes (a common length) and RFC 6238's 32-byte SHA-256 secret.
const SHOP_SECRET = 'JBSWY3DPEHPK3PXP';
const CLOUD_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA';
const BANK_SECRET = 'KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TFOQ';
const EXPORT_SECRET = new TextEncoder().encode('an exported key 1234');

describe('management page: import', () => {
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    ({ session, page } = await startOnImportPage('import test passphrase'));
  });

  afterAll(() => endImportSession(session));

  function row(entry: string) {
    return page.getByRole('table', { name: 'Preview' }).getByRole('row', { name: entry });
  }

  async function rowCells(entry: string): Promise<string[]> {
    return row(entry).getByRole('cell').allTextContents();
  }

  it('previews pasted links, imports only the valid ones, and the popup shows their codes', async () => {
    await page.getByLabel('otpauth:// links, one per line').fill(
      [
        `otpauth://totp/Shop:ann?secret=${SHOP_SECRET}&issuer=Shop`,
        'this line is garbage',
        `otpauth://totp/Cloud%20%C3%9Cber:ops?secret=${CLOUD_SECRET}&algorithm=SHA256&digits=8&period=60`,
      ].join('\n'),
    );
    await page.getByRole('button', { name: 'Preview' }).click();
    await row('Line 1').waitFor();
    // The status region writes its sentence just after the table is drawn, not with it.
    await expect.poll(() => page.getByRole('status').textContent()).toBe('2 new, 1 invalid. Nothing has been added yet.');
    expect(await rowCells('Line 1')).toEqual(['New', 'Shop', 'ann', '']);
    expect(await rowCells('Line 2')).toEqual(['Invalid', '', '', 'This is not an otpauth:// link.']);
    expect(await rowCells('Line 3')).toEqual(['New', 'Cloud Über', 'ops', '']);

    await page.getByRole('button', { name: 'Import 2 accounts' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Imported 2 accounts (1 skipped).');
    expect(await page.getByRole('table', { name: 'Preview' }).count()).toBe(0);
    // The button that was pressed went with the preview: the focus is on the section's title.
    expect(await page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent}`)).toBe('H2 Import');

    const popup = await session.openPopup();
    await popup.getByRole('listitem', { name: 'Shop (ann)' }).waitFor();
    await expectCodeMatchesOathtool(popup, 'Shop (ann)', SHOP_SECRET);
    await expectCodeMatchesOathtool(popup, 'Cloud Über (ops)', CLOUD_SECRET, { algorithm: 'SHA256', digits: 8, period: 60 });
    await popup.close();
  });

  it('reads QR code images, an incomplete export among them, and skips what the vault has', async () => {
    const exportPart = migrationUri({
      parameters: [
        { secret: EXPORT_SECRET, name: 'Forge:dev@example.org', digits: 1, type: 2 },
        { secret: EXPORT_SECRET, name: 'legacy', issuer: 'Old', algorithm: 4 },
      ],
      batchSize: 2,
      batchIndex: 0,
      batchId: 1234,
    });
    await page.getByLabel('Choose QR code images').setInputFiles([
      { name: 'bank.png', mimeType: 'image/png', buffer: qrPng(`otpauth://totp/Bank:carol?secret=${BANK_SECRET}`) },
      { name: 'shop-again.png', mimeType: 'image/png', buffer: qrPng(`otpauth://totp/Shop:ann?secret=${SHOP_SECRET}`) },
      { name: 'export-1.png', mimeType: 'image/png', buffer: qrPng(exportPart, 4) },
      { name: 'not-a-picture.png', mimeType: 'image/png', buffer: Buffer.from('plain text') },
    ]);
    await page.getByRole('button', { name: 'Preview' }).click();
    await row('bank.png').waitFor();
    expect(await rowCells('bank.png')).toEqual(['New', 'Bank', 'carol', '']);
    expect(await rowCells('shop-again.png')).toEqual(['Duplicate', 'Shop', 'ann', 'Already in the vault as Shop (ann).']);
    expect(await rowCells('export-1.png, account 1')).toEqual(['New', 'Forge', 'dev@example.org', '']);
    expect(await rowCells('export-1.png, account 2')).toEqual([
      'Invalid', 'Old', 'legacy', 'This account uses MD5, which is not supported: it cannot be imported.',
    ]);
    expect(await rowCells('not-a-picture.png')).toEqual(['Invalid', '', '', 'This file is not an image that can be read (PNG, JPEG, GIF, WebP or BMP).']);
    expect(await rowCells('Google Authenticator export (with export-1.png)')).toEqual([
      'Invalid', '', '', 'Batch 2 of 2 missing: add that QR code too.',
    ]);

    await page.getByRole('button', { name: 'Import 2 accounts' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Imported 2 accounts (4 skipped).');

    const popup = await session.openPopup();
    await popup.getByRole('listitem', { name: 'Bank (carol)' }).waitFor();
    await expectCodeMatchesOathtool(popup, 'Bank (carol)', BANK_SECRET);
    await expectCodeMatchesOathtool(popup, 'Forge (dev@example.org)', Buffer.from(EXPORT_SECRET).toString('hex'), { encoding: 'hex' });
    expect(await popup.getByRole('listitem').count()).toBe(4);
    await popup.close();
  });

  it('reads a text file of links, with comments, and names entries by file and line', async () => {
    const file = ['# exported by another app', '', `otpauth://totp/Mail:dora?secret=${SHOP_SECRET}&digits=7`].join('\r\n');
    await page.getByLabel('Choose export or text files').setInputFiles({ name: 'links.txt', mimeType: 'text/plain', buffer: Buffer.from(file) });
    await page.getByRole('button', { name: 'Preview' }).click();
    await row('links.txt, line 3').waitFor();
    expect(await rowCells('links.txt, line 3')).toEqual(['New', 'Mail', 'dora', '']);
    expect(await page.getByRole('table', { name: 'Preview' }).locator('tbody tr').count()).toBe(1);
  });

  it('says so when there is nothing to import, and writes nothing', async () => {
    await page.getByLabel('Choose export or text files').setInputFiles([]);
    await page.getByLabel('otpauth:// links, one per line').fill('# only a comment\n\n');
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe(
      'Nothing to import: paste otpauth:// links, or choose or drop files or QR code images.',
    );
    const popup = await session.openPopup();
    await popup.getByRole('listitem', { name: 'Bank (carol)' }).waitFor();
    expect(await popup.getByRole('listitem').count()).toBe(4);
    await popup.close();
  });
});
