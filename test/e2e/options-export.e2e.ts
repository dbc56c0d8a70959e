// Taking the keys elsewhere from the management page: after the vault passphrase and behind the
// warning, the vault as a text file of otpauth:// links and as Google Authenticator transfer QR
// codes, shown one at a time. Each export is imported into a fresh vault (the QR codes as
// screenshots of the page's own pictures) and gives back the same accounts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, removeProfile, type ExtensionSession } from './support/browser';
import { createVaultFromPopup, expectCodeMatchesOathtool } from './support/codes';
import { openOptionsPage } from './support/options-page';

const PASSPHRASE = 'the vault that exports';

/** Twelve accounts the transfer codes carry (two codes: 10 and 2), and two they cannot. */
const CARRIED = [
  ...Array.from({ length: 10 }, (_, index) => `otpauth://totp/Shop%20${index}:user${index}%40example.org?secret=JBSWY3DPEHPK3PX${'ABCDEFGHIJ'[index]}&issuer=Shop%20${index}`),
  'otpauth://totp/Cloud:ops?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA&issuer=Cloud&algorithm=SHA256&digits=8',
  'otpauth://hotp/Token:counter?secret=KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TFOQ&issuer=Token&algorithm=SHA512&counter=1234567',
];
const NOT_CARRIED = [
  'otpauth://totp/Minute:slow?secret=MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U&issuer=Minute&period=60',
  'otpauth://totp/Seven:digits?secret=ONSWG4TFOQQGK6DQN5ZHIZLE&issuer=Seven&digits=7',
];

async function importLinks(page: Page, links: string[]): Promise<void> {
  await page.getByLabel('otpauth:// links, one per line').fill(links.join('\n'));
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByRole('button', { name: `Import ${links.length} accounts` }).click();
  // Waited for by its text: this runs in beforeAll, where a poll cannot.
  await page.getByRole('status').getByText(`Imported ${links.length} accounts.`, { exact: true }).waitFor();
}

/** A new profile with an empty vault, and its management page. */
async function freshVault(): Promise<{ session: ExtensionSession; page: Page }> {
  const session = await launchWithExtension();
  const popup = await session.openPopup();
  await createVaultFromPopup(popup, PASSPHRASE);
  await popup.close();
  return { session, page: await openOptionsPage(session, 'import') };
}

/** The vault's accounts as the plain export writes them: one canonical link per account. */
async function vaultLinks(session: ExtensionSession): Promise<string[]> {
  const page = await openOptionsPage(session, 'backup');
  const plain = page.getByRole('region', { name: 'Export without encryption' });
  await plain.getByLabel('Vault passphrase').fill(PASSPHRASE);
  await plain.getByRole('button', { name: 'Show plain links' }).click();
  const links = (await plain.getByLabel('Plain otpauth links').inputValue()).split('\n');
  await page.close();
  return links;
}

describe('management page: exports to another authenticator', () => {
  let session: ExtensionSession;
  let page: Page;
  let original: string[];
  let listPath: string;
  const codeShots: Buffer[] = [];
  const others: ExtensionSession[] = [];

  beforeAll(async () => {
    ({ session, page } = await freshVault());
    await importLinks(page, [...CARRIED, ...NOT_CARRIED]);
    original = await vaultLinks(session);
    expect(original).toHaveLength(14);
    await page.goto(`chrome-extension://${session.extensionId}/options.html#backup`);
    await page.reload();
    await page.getByRole('heading', { name: 'Backup', level: 2 }).waitFor();
  });

  afterAll(async () => {
    for (const each of [session, ...others]) {
      await each?.close().catch(() => undefined);
      if (each) removeProfile(each);
    }
  });

  const exporting = () => page.getByRole('region', { name: 'Export without encryption' });

  it('presents the encrypted backup first, and the exports without encryption behind a warning', async () => {
    const parts = await page.getByRole('heading', { level: 3 }).allTextContents();
    expect(parts.indexOf('Download an encrypted backup')).toBeLessThan(parts.indexOf('Export without encryption'));
    expect(await exporting().locator('.warning').textContent()).toMatch(/^These exports are not encrypted: anyone who sees/u);
  });

  it('downloads the links as a text file, one link a line, only with the vault passphrase', async () => {
    await exporting().getByLabel('A text file of otpauth:// links (.txt)').check();
    await exporting().getByLabel('Vault passphrase').fill('not the vault passphrase');
    await exporting().getByRole('button', { name: 'Download links file' }).click();
    await expect.poll(() => exporting().getByRole('alert').textContent()).toBe('That passphrase is not right.');

    await exporting().getByLabel('Vault passphrase').fill(PASSPHRASE);
    const [download] = await Promise.all([page.waitForEvent('download'), exporting().getByRole('button', { name: 'Download links file' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^otp-companion-links-\d{4}-\d{2}-\d{2}\.txt$/u);
    listPath = join(session.profileDir, download.suggestedFilename());
    await download.saveAs(listPath);
    expect(readFileSync(listPath, 'utf8').split('\n')).toEqual(original);
    await expect.poll(() => exporting().getByRole('status').textContent()).toBe(
      `Links saved as ${download.suggestedFilename()}. Delete the file once the other app has imported it.`,
    );
    expect(await exporting().getByLabel('Vault passphrase').inputValue()).toBe('');
  });

  it('shows the transfer QR codes one at a time, and lists the accounts they leave out', async () => {
    await exporting().getByLabel('QR codes for Google Authenticator').check();
    await exporting().getByLabel('Vault passphrase').fill(PASSPHRASE);
    await exporting().getByRole('button', { name: 'Show QR codes' }).click();

    const first = exporting().getByRole('img', { name: 'QR code 1 of 2' });
    await first.waitFor();
    expect(await exporting().getByRole('button', { name: 'Previous' }).isDisabled()).toBe(true);
    codeShots.push(await first.screenshot());
    await exporting().getByRole('button', { name: 'Next' }).click();
    const second = exporting().getByRole('img', { name: 'QR code 2 of 2' });
    await second.waitFor();
    expect(await exporting().getByRole('button', { name: 'Next' }).isDisabled()).toBe(true);
    codeShots.push(await second.screenshot());

    const leftOut = exporting().getByRole('table', { name: 'Not in the QR codes' });
    expect(await leftOut.locator('tbody tr').allInnerTexts()).toEqual([
      'Minute\tslow\tIts codes change every 60 seconds: transfer QR codes carry only 30-second accounts.',
      'Seven\tdigits\tIts codes have 7 digits: transfer QR codes carry only 6 or 8 digits.',
    ]);

    // Hide takes the codes, and their seeds, off the page.
    await exporting().getByRole('button', { name: 'Hide' }).click();
    await first.waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain('otpauth-migration');
  });

  it('the links file, imported into a fresh vault, gives the same accounts', async () => {
    const other = await freshVault();
    others.push(other.session);
    await other.page.getByLabel('Choose export or text files').setInputFiles(listPath);
    await other.page.getByRole('button', { name: 'Preview' }).click();
    await other.page.getByRole('button', { name: 'Import 14 accounts' }).click();
    await expect.poll(() => other.page.getByRole('status').textContent()).toBe('Imported 14 accounts.');
    expect(await vaultLinks(other.session)).toEqual(original);
  });

  it('the QR codes, as screenshots, imported into a fresh vault, give the same accounts but the two left out', async () => {
    const other = await freshVault();
    others.push(other.session);
    await other.page.getByLabel('Choose QR code images').setInputFiles(
      codeShots.map((buffer, index) => ({ name: `transfer-${index + 1}.png`, mimeType: 'image/png', buffer })),
    );
    await other.page.getByRole('button', { name: 'Preview' }).click();
    await expect.poll(() => other.page.getByRole('status').textContent()).toBe('12 new. Nothing has been added yet.');
    await other.page.getByRole('button', { name: 'Import 12 accounts' }).click();
    await expect.poll(() => other.page.getByRole('status').textContent()).toBe('Imported 12 accounts.');
    expect(await vaultLinks(other.session)).toEqual(original.slice(0, 12));

    const popup = await other.session.openPopup();
    await expectCodeMatchesOathtool(popup, 'Cloud (ops)', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA', { algorithm: 'SHA256', digits: 8 });
    await popup.close();
  });
});
